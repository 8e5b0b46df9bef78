package io.newsclaims.batch;

import io.newsclaims.io.InputItem;
import io.newsclaims.model.DocumentError;
import io.newsclaims.model.DocumentResult;
import io.newsclaims.model.InputDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs documents through the core on worker threads and hands one outcome per input item to
 * one consumer, in input order, whatever the thread count, so output is identical with 1 or 16
 * threads. At most {@code 4 × threads} documents are in flight, so memory stays bounded on any
 * input size (the iterator is read only as outcomes are consumed).
 *
 * <p>Per-document time limit, in CPU time of the worker (see {@link #arm}): CoreNLP cannot be
 * stopped from outside, so a document still running after the limit is <em>abandoned</em>: its outcome becomes a failure at stage
 * {@value #TIMEOUT_STAGE}, its thread is interrupted (CoreNLP checks between annotators and in
 * NER), and its slot is handed to a fresh worker, so the batch goes on at full width whatever
 * the abandoned thread does. Any throwable from the core becomes a failed outcome too: every
 * item gets exactly one outcome. Not reentrant: one {@link #run} at a time.
 */
public final class BatchRunner {
  /** The stage named in the errors file for a document that ran out of time. */
  public static final String TIMEOUT_STAGE = "timeout";
  /** The stage named for a throwable that escaped the core (a bug). */
  public static final String INTERNAL_STAGE = "internal";

  /** A read failure ({@code result} null) or a pipeline result, in input order. */
  public record Outcome(InputItem item, DocumentResult result) {}

  /** A task using no CPU is stopped after this many times the limit in wall time. */
  static final int WALL_FACTOR = 10;
  private static final long MIN_RECHECK_NANOS = 10_000_000L;
  private static final int RUNNING = 0;
  private static final int DONE = 1;
  private static final int TIMED_OUT = 2;

  private final Function<InputDocument, DocumentResult> process;
  private final int threads;
  private final Duration timeout;
  private final int wallFactor;
  private final AtomicInteger abandoned = new AtomicInteger();

  /**
   * @param process the core's {@code process} (thread-safe)
   * @param timeout the per-document time limit; {@link Duration#ZERO} for none
   */
  public BatchRunner(Function<InputDocument, DocumentResult> process, int threads, Duration timeout) {
    this(process, threads, timeout, WALL_FACTOR);
  }

  /** @param wallFactor a task using no CPU is stopped after this many times the limit in wall time */
  BatchRunner(Function<InputDocument, DocumentResult> process, int threads, Duration timeout, int wallFactor) {
    if (wallFactor < 1) {
      throw new IllegalArgumentException("wallFactor must be ≥ 1, not " + wallFactor);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be ≥ 1, not " + threads);
    }
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be ≥ 0, not " + timeout);
    }
    this.process = process;
    this.threads = threads;
    this.timeout = timeout;
    this.wallFactor = wallFactor;
  }

  /** How many documents were abandoned at the time limit so far. */
  public int abandoned() {
    return abandoned.get();
  }

  public void run(Iterator<InputItem> inputs, Consumer<Outcome> consumer) throws InterruptedException {
    AtomicInteger serial = new AtomicInteger();
    ExecutorService pool = Executors.newCachedThreadPool(r -> daemon(r, "newsclaims-worker-" + serial.incrementAndGet()));
    ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "newsclaims-timer"));
    Semaphore slots = new Semaphore(threads);
    Deque<CompletableFuture<Outcome>> window = new ArrayDeque<>();
    int max = threads * 4;
    try {
      while (inputs.hasNext()) {
        InputItem item = inputs.next();
        window.add(item.isOk() ? submit(item, pool, alarms, slots) : CompletableFuture.completedFuture(new Outcome(item, null)));
        if (window.size() >= max) {
          consumer.accept(take(window));
        }
      }
      while (!window.isEmpty()) {
        consumer.accept(take(window));
      }
    } finally {
      alarms.shutdownNow();
      pool.shutdownNow();
    }
  }

  private CompletableFuture<Outcome> submit(InputItem item, ExecutorService pool, ScheduledExecutorService alarms,
      Semaphore slots) {
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    pool.execute(() -> {
      try {
        slots.acquire();
      } catch (InterruptedException e) {
        return; // the run is over
      }
      Task task = new Task(Thread.currentThread());
      if (!timeout.isZero()) {
        arm(task, item, outcome, alarms, slots, System.nanoTime(), cpuNanos(Thread.currentThread()));
      }
      DocumentResult r;
      try {
        r = process.apply(item.document());
      } catch (Throwable t) {
        r = failure(item.document(), INTERNAL_STAGE, t.getClass().getSimpleName() + ": " + t.getMessage());
      }
      if (task.finish()) {
        slots.release();
        outcome.complete(new Outcome(item, r));
      }
    });
    return outcome;
  }

  /**
   * Checks the task when its time may be up, and again later when it is not yet: the limit is
   * on the worker thread's CPU time, so that a loaded machine does not fail documents that a
   * quiet one would finish (and a resumed run fails the same documents as an uninterrupted
   * one); a task that uses no CPU (blocked) is stopped after {@code wallFactor} (default
   * {@value #WALL_FACTOR}) times the limit in wall time.
   */
  private void arm(Task task, InputItem item, CompletableFuture<Outcome> outcome, ScheduledExecutorService alarms,
      Semaphore slots, long wallStart, long cpuStart) {
    long limit = timeout.toNanos();
    Runnable check = new Runnable() {
      @Override
      public void run() {
        if (!task.running()) {
          return;
        }
        long wall = System.nanoTime() - wallStart;
        long cpu = cpuStart < 0 ? -1 : cpuNanos(task.worker) - cpuStart;
        String reason = null;
        if (cpu >= 0 ? cpu >= limit : wall >= limit) {
          reason = "processing took more than " + seconds(timeout) + (cpu >= 0 ? " of CPU time" : "")
              + " (--doc-timeout); abandoned";
        } else if (wall >= wallFactor * limit) {
          reason = "processing took more than " + seconds(timeout.multipliedBy(wallFactor))
              + " of wall time (" + wallFactor + " × --doc-timeout); abandoned";
        }
        if (reason == null) {
          long next = cpu >= 0 ? Math.min(limit - cpu, wallFactor * limit - wall) : limit - wall;
          alarms.schedule(this, Math.max(next, MIN_RECHECK_NANOS), TimeUnit.NANOSECONDS);
        } else if (task.timeOut()) {
          abandoned.incrementAndGet();
          slots.release();
          outcome.complete(new Outcome(item, failure(item.document(), TIMEOUT_STAGE, reason)));
        }
      }
    };
    alarms.schedule(check, limit, TimeUnit.NANOSECONDS);
  }

  /** CPU time of a thread in nanoseconds, or -1 where the JVM cannot tell. */
  private static long cpuNanos(Thread t) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    if (!mx.isThreadCpuTimeSupported() || !mx.isThreadCpuTimeEnabled()) {
      return -1;
    }
    return mx.getThreadCpuTime(t.getId());
  }

  /** Who ends a task first, the worker or the alarm; an interrupt can only hit the task it was meant for. */
  private static final class Task {
    private final Thread worker;
    private int state = RUNNING;

    Task(Thread worker) {
      this.worker = worker;
    }

    synchronized boolean running() {
      return state == RUNNING;
    }

    synchronized boolean timeOut() {
      if (state != RUNNING) {
        return false;
      }
      state = TIMED_OUT;
      worker.interrupt();
      return true;
    }

    /** True when the worker finished first; clears an interrupt meant for this task either way. */
    synchronized boolean finish() {
      boolean first = state == RUNNING;
      state = first ? DONE : state;
      Thread.interrupted();
      return first;
    }
  }

  static DocumentResult failure(InputDocument doc, String stage, String reason) {
    return new DocumentResult(doc, null, List.of(), new DocumentError(stage, reason), Map.of());
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private static Outcome take(Deque<CompletableFuture<Outcome>> window) throws InterruptedException {
    try {
      return window.poll().get();
    } catch (ExecutionException e) {
      // every task completes its outcome; reaching here is a bug in the runner
      throw new IllegalStateException("worker failed", e.getCause());
    }
  }
}
