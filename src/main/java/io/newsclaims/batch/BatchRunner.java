package io.newsclaims.batch;

import io.newsclaims.NewsClaims;
import io.newsclaims.io.InputItem;
import io.newsclaims.model.DocumentResult;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs documents through the core on a pool of threads and hands the results to one consumer
 * in input order, whatever the thread count, so output is identical with 1 or 16 threads. At
 * most {@code 4 × threads} documents are in flight, so memory stays bounded on any input size
 * (the iterator is read only as results are consumed).
 */
public final class BatchRunner {
  /** A read failure or a pipeline result, in input order. */
  public record Outcome(InputItem item, DocumentResult result) {}

  private final NewsClaims core;
  private final int threads;

  public BatchRunner(NewsClaims core, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be ≥ 1, not " + threads);
    }
    this.core = core;
    this.threads = threads;
  }

  public void run(Iterator<InputItem> inputs, Consumer<Outcome> consumer) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "newsclaims-worker");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    int max = threads * 4;
    try {
      while (inputs.hasNext()) {
        InputItem item = inputs.next();
        window.add(pool.submit(() -> new Outcome(item, item.isOk() ? core.process(item.document()) : null)));
        if (window.size() >= max) {
          consumer.accept(take(window));
        }
      }
      while (!window.isEmpty()) {
        consumer.accept(take(window));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome take(Deque<Future<Outcome>> window) throws InterruptedException {
    try {
      return window.poll().get();
    } catch (ExecutionException e) {
      // process() turns every failure into a result; reaching here is a bug in the runner
      throw new IllegalStateException("worker failed", e.getCause());
    }
  }
}
