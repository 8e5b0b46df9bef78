package io.newsclaims.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark run measures.
 *
 * @param input a directory of sections (the BBC corpus), a directory, or a JSON-lines file
 * @param docs how many documents every system but the coref baseline processes
 * @param threads thread counts newsclaims runs at; the baselines run at the largest
 * @param baselineDocs how many of those documents the slow coref baseline processes
 * @param runs systems to measure, by name (see {@link Bench#SYSTEMS}, plus {@code corenlp-tag[KEY=VALUE]})
 * @param rounds the documents are cut into this many chunks; each round runs one chunk through
 *     every system, in rotating order, so that load from other processes hits all systems alike
 * @param warmup documents run through each system before measuring (not counted)
 * @param solo first run newsclaims alone over all documents, before any baseline is loaded, for
 *     its own peak memory
 */
public record BenchOptions(
    Path input, int docs, List<Integer> threads, int baselineDocs, List<String> runs, int rounds, int warmup, boolean solo) {
  public BenchOptions {
    if (docs < 1 || baselineDocs < 1 || rounds < 1 || warmup < 0) {
      throw new IllegalArgumentException("docs, baseline docs and rounds must be ≥ 1, warm-up ≥ 0");
    }
    if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
      throw new IllegalArgumentException("thread counts must be ≥ 1: " + threads);
    }
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("nothing to run");
    }
    threads = threads.stream().distinct().sorted().toList();
    runs = List.copyOf(runs);
  }

  public int maxThreads() {
    return threads.get(threads.size() - 1);
  }
}
