package io.newsclaims.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loaded CoreNLP pipelines, one set per JVM and per settings: CoreNLP takes seconds to load
 * and its annotators are thread-safe, so every document, thread, test and Spark task of a JVM
 * shares them. The tagging pipeline and the dependency parser load in parallel.
 */
public final class CoreNlpModels {
  /** The coarse 3-class CRF: the 7-class and MISC models and fine-grained NER cost ~2x and add nothing we read. */
  public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /**
   * Sentences longer than this many tokens get no POS tags and no NER (CoreNLP's {@code pos.maxlen},
   * {@code ner.maxlen}): news sentences are far shorter, and NER's cost grows faster than the
   * sentence (a 3,500-token run-on "sentence" of scraped text took 25 s), so one such line must
   * not stall a batch.
   */
  public static final int MAX_SENTENCE_TOKENS = 400;

  private static final Map<String, CoreNlpModels> SHARED = new ConcurrentHashMap<>();

  private final CompletableFuture<StanfordCoreNLP> tagger;
  private final CompletableFuture<StanfordCoreNLP> parser;

  private CoreNlpModels(String newlineIsSentenceBreak) {
    Properties tag = taggingProperties(newlineIsSentenceBreak);
    this.tagger = CompletableFuture.supplyAsync(() -> new StanfordCoreNLP(tag));
    Properties dep = new Properties();
    dep.setProperty("annotators", "depparse");
    dep.setProperty("enforceRequirements", "false");
    this.parser = CompletableFuture.supplyAsync(() -> new StanfordCoreNLP(dep, false));
  }

  /** The models for these settings, loading them (in the background) on first use. */
  public static CoreNlpModels shared(String newlineIsSentenceBreak) {
    return SHARED.computeIfAbsent(newlineIsSentenceBreak, CoreNlpModels::new);
  }

  /** The tagging pipeline's settings, also what the benchmark's plain-CoreNLP baseline uses. */
  public static Properties taggingProperties(String newlineIsSentenceBreak) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", newlineIsSentenceBreak);
    p.setProperty("ner.model", NER_MODEL);
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.buildEntityMentions", "true");
    // never resolve dates against the clock: the same input must give the same output
    p.setProperty("ner.docdate.usePresent", "false");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    p.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    return p;
  }

  public StanfordCoreNLP tagger() {
    return tagger.join();
  }

  public StanfordCoreNLP parser() {
    return parser.join();
  }
}
