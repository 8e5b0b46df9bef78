package io.newsclaims.spark;

import io.newsclaims.NewsClaims;
import io.newsclaims.nlp.CoreNlpModels;
import io.newsclaims.pipeline.Settings;
import java.util.HashMap;
import java.util.Map;

/**
 * The newsclaims core of this JVM, built on first use and kept for the life of the JVM: CoreNLP's
 * pipelines cannot be serialized and take seconds to load, so each Spark executor builds one and
 * every task thread of that executor shares it (the core is thread-safe; stages keep per-thread
 * state in ThreadLocals). In local mode the driver JVM is the executor and builds it once.
 */
final class ExecutorCore {
  private static final Map<Settings, NewsClaims> CORES = new HashMap<>();

  private ExecutorCore() {}

  /**
   * The core for {@code settings}; the first task of a JVM loads it, models included (as the CLI
   * does before the clock of the first document's time limit starts), while the others wait.
   */
  static synchronized NewsClaims get(Settings settings) {
    return CORES.computeIfAbsent(settings, s -> {
      NewsClaims core = NewsClaims.create(s);
      CoreNlpModels.shared(s.sentenceBreak()).await(s.parseAll());
      return core;
    });
  }
}
