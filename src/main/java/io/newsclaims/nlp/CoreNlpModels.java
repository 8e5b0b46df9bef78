package io.newsclaims.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The loaded CoreNLP pipelines, one set per JVM and per settings: CoreNLP takes seconds to load
 * and its annotators are thread-safe, so every document, thread, test and Spark task of a JVM
 * shares them. The pieces load in parallel in the background as soon as the set is asked for:
 * the tokenizer, tagger and lemmatizer; coarse NER with SUTime; the same NER without SUTime (for
 * sentences that hold no time word, where SUTime costs most of NER's time and finds nothing);
 * the dependency parser. The all-in-one tagging pipeline ({@link #tagger()}, every sentence
 * through SUTime) loads only when asked for, from the same cached annotators.
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

  private final String sentenceBreak;
  private final CompletableFuture<StanfordCoreNLP> preparer;
  private final CompletableFuture<StanfordCoreNLP> timeNer;
  private final CompletableFuture<StanfordCoreNLP> plainNer;
  private final CompletableFuture<StanfordCoreNLP> parser;
  private volatile CompletableFuture<StanfordCoreNLP> tagger;

  private CoreNlpModels(String newlineIsSentenceBreak) {
    this.sentenceBreak = newlineIsSentenceBreak;
    Properties tagging = taggingProperties(newlineIsSentenceBreak);
    Properties prepare = taggingProperties(newlineIsSentenceBreak);
    prepare.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    this.preparer = load(() -> new StanfordCoreNLP(prepare));
    this.timeNer = load(() -> new StanfordCoreNLP(only("ner", tagging), false));
    Properties noTime = only("ner", tagging);
    noTime.setProperty("ner.useSUTime", "false");
    this.plainNer = load(() -> new StanfordCoreNLP(noTime, false));
    Properties dep = new Properties();
    dep.setProperty("annotators", "depparse");
    this.parser = load(() -> new StanfordCoreNLP(dep, false));
  }

  private static CompletableFuture<StanfordCoreNLP> load(Supplier<StanfordCoreNLP> build) {
    return CompletableFuture.supplyAsync(build, r -> {
      Thread t = new Thread(r, "newsclaims-model-loader");
      t.setDaemon(true);
      t.start();
    });
  }

  private static Properties only(String annotator, Properties base) {
    Properties p = new Properties();
    p.putAll(base);
    p.setProperty("annotators", annotator);
    p.setProperty("enforceRequirements", "false");
    return p;
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

  /** tokenize, ssplit, pos, lemma and ner (with SUTime) in one pipeline, for whole documents. */
  public StanfordCoreNLP tagger() {
    if (tagger == null) {
      synchronized (this) {
        if (tagger == null) {
          Properties p = taggingProperties(sentenceBreak);
          // the pieces are CoreNLP's cached annotators: wait for them rather than load them twice
          preparer.join();
          timeNer.join();
          tagger = CompletableFuture.completedFuture(new StanfordCoreNLP(p));
        }
      }
    }
    return tagger.join();
  }

  /** tokenize, ssplit, pos and lemma. */
  public StanfordCoreNLP preparer() {
    return preparer.join();
  }

  /** Coarse NER with SUTime, for sentences already tagged; enforces no requirements. */
  public StanfordCoreNLP timeNer() {
    return timeNer.join();
  }

  /** The same NER with SUTime off. */
  public StanfordCoreNLP plainNer() {
    return plainNer.join();
  }

  /** The dependency parser, for sentences already tagged. */
  public StanfordCoreNLP parser() {
    return parser.join();
  }
}
