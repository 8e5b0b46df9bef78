package io.newsclaims.bench;

import io.newsclaims.model.InputDocument;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a plain-CoreNLP baseline over documents with the parallelism
 * {@link io.newsclaims.batch.BatchRunner} gives newsclaims: {@code threads} workers, at most
 * {@code 4 × threads} documents in flight, results consumed in input order on the calling
 * thread (without BatchRunner's per-document time limit, which costs newsclaims a timer per
 * document). So the comparison is fair.
 */
final class ParallelDocs {
  private ParallelDocs() {}

  static <R> void run(List<InputDocument> docs, int threads, Function<InputDocument, R> work, Consumer<R> sink)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bench-worker");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<R>> window = new ArrayDeque<>();
    int max = threads * 4;
    try {
      for (InputDocument d : docs) {
        window.add(pool.submit(() -> work.apply(d)));
        if (window.size() >= max) {
          sink.accept(take(window));
        }
      }
      while (!window.isEmpty()) {
        sink.accept(take(window));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R take(Deque<Future<R>> window) throws InterruptedException {
    try {
      return window.poll().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark worker failed", e.getCause());
    }
  }
}
