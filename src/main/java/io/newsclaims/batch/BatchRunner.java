package io.newsclaims.batch;

import io.newsclaims.io.InputItem;
import io.newsclaims.model.DocumentError;
import io.newsclaims.model.DocumentResult;
import io.newsclaims.model.InputDocument;
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
 * <p>Per-document time limit: CoreNLP cannot be stopped from outside, so a document still
 * running after the limit is <em>abandoned</em>: its outcome becomes a failure at stage
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

  private static final int RUNNING = 0;
  private static final int DONE = 1;
  private static final int TIMED_OUT = 2;

  private final Function<InputDocument, DocumentResult> process;
  private final int threads;
  private final Duration timeout;
  private final AtomicInteger abandoned = new AtomicInteger();

  /**
   * @param process the core's {@code process} (thread-safe)
   * @param timeout the per-document time limit; {@link Duration#ZERO} for none
   */
  public BatchRunner(Function<InputDocument, DocumentResult> process, int threads, Duration timeout) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be ≥ 1, not " + threads);
    }
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be ≥ 0, not " + timeout);
    }
    this.process = process;
    this.threads = threads;
    this.timeout = timeout;
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
      var alarm = timeout.isZero() ? null : alarms.schedule(() -> {
        if (task.timeOut()) {
          abandoned.incrementAndGet();
          slots.release();
          outcome.complete(new Outcome(item, failure(item.document(), TIMEOUT_STAGE,
              "processing took longer than the time limit of " + seconds(timeout) + " (--doc-timeout); abandoned")));
        }
      }, timeout.toNanos(), TimeUnit.NANOSECONDS);
      DocumentResult r;
      try {
        r = process.apply(item.document());
      } catch (Throwable t) {
        r = failure(item.document(), INTERNAL_STAGE, t.getClass().getSimpleName() + ": " + t.getMessage());
      }
      if (alarm != null) {
        alarm.cancel(false);
      }
      if (task.finish()) {
        slots.release();
        outcome.complete(new Outcome(item, r));
      }
    });
    return outcome;
  }

  /** Who ends a task first, the worker or the alarm; an interrupt can only hit the task it was meant for. */
  private static final class Task {
    private final Thread worker;
    private int state = RUNNING;

    Task(Thread worker) {
      this.worker = worker;
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
