package io.newsclaims.nlp;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The loaded CoreNLP pipelines, one set per JVM and per settings: CoreNLP takes seconds to load
 * and its annotators are thread-safe, so every document, thread, test and Spark task of a JVM
 * shares them. The pieces load in parallel in the background as soon as the set is asked for:
 * the tokenizer, tagger and lemmatizer; the NER CRF; the NER rules with SUTime; the same rules
 * without SUTime (for sentences that hold no time word, where SUTime costs most of NER's time and
 * finds nothing); the dependency parser. CoreNLP's coarse NER is split in two passes so that its
 * CRF is loaded once: the CRF tags every sentence ({@link #statisticalNer()}), then one of the two
 * rule passes ({@link #timeNer()}, {@link #plainNer()}) adds numbers, dates and entity mentions,
 * starting from the CRF's tags as CoreNLP's preset tags ({@link PresetTags}). The all-in-one
 * tagging pipeline ({@link #tagger()}: plain CoreNLP, every sentence through SUTime, its own CRF)
 * loads only when asked for, for {@code --parse-all}.
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
  private final CompletableFuture<Annotator> preparer;
  private final CompletableFuture<Annotator> statisticalNer;
  private final CompletableFuture<Annotator> timeNer;
  private final CompletableFuture<Annotator> plainNer;
  private final CompletableFuture<Annotator> parser;
  private volatile StanfordCoreNLP tagger;

  private CoreNlpModels(String newlineIsSentenceBreak) {
    this.sentenceBreak = newlineIsSentenceBreak;
    Properties tagging = taggingProperties(newlineIsSentenceBreak);
    Properties prepare = taggingProperties(newlineIsSentenceBreak);
    prepare.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    this.preparer = load(() -> new StanfordCoreNLP(prepare));
    this.statisticalNer = load(() -> pipeline(only("ner", crfPass(tagging)), PresetTags.HAND_OVER));
    this.timeNer = load(() -> pipeline(only("ner", rulePass(tagging, true)), PresetTags.CLEAN_UP));
    this.plainNer = load(() -> pipeline(only("ner", rulePass(tagging, false)), PresetTags.CLEAN_UP));
    Properties dep = new Properties();
    dep.setProperty("annotators", "depparse");
    this.parser = load(() -> new StanfordCoreNLP(dep, false));
  }

  /** The CRF alone: no numbers, no SUTime, no entity mentions (CoreNLP's {@code ner.statisticalOnly}). */
  static Properties crfPass(Properties tagging) {
    Properties p = new Properties();
    p.putAll(tagging);
    p.setProperty("ner.statisticalOnly", "true");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  /**
   * The NER rules alone, starting from preset tags ({@code ner.rulesOnly},
   * {@code ner.usePresetNERTags}): numbers, SUTime if {@code sutime}, entity mentions.
   */
  static Properties rulePass(Properties tagging, boolean sutime) {
    Properties p = new Properties();
    p.putAll(tagging);
    p.setProperty("ner.rulesOnly", "true");
    p.setProperty("ner.usePresetNERTags", "true");
    p.setProperty("ner.useSUTime", String.valueOf(sutime));
    return p;
  }

  private static Annotator pipeline(Properties ner, Annotator after) {
    return new AnnotationPipeline(List.of(new StanfordCoreNLP(ner, false), after));
  }

  private static CompletableFuture<Annotator> load(Supplier<Annotator> build) {
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
    // no range on a timex: the range of "Sunday night", which runs into the next week, made SUTime drop the mention
    p.setProperty("sutime.includeRange", "false");
    // CoreNLP's rules, with our copy of the English ones: a week day is a new value on every
    // match, so that a tense tag on one document's "Tuesday" cannot leak into the next (models/sutime)
    p.setProperty("sutime.rules", "edu/stanford/nlp/models/sutime/defs.sutime.txt,newsclaims/models/sutime/english.sutime.txt,"
        + "edu/stanford/nlp/models/sutime/english.holidays.sutime.txt");
    p.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    p.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    return p;
  }

  /**
   * Plain CoreNLP tokenize, ssplit, pos, lemma and ner (with SUTime on every sentence) in one
   * pipeline, for whole documents ({@code --parse-all}); loads on first use.
   */
  public StanfordCoreNLP tagger() {
    if (tagger == null) {
      synchronized (this) {
        if (tagger == null) {
          preparer.join(); // CoreNLP's cached tokenize..lemma: wait for it rather than load it twice
          tagger = new StanfordCoreNLP(taggingProperties(sentenceBreak));
        }
      }
    }
    return tagger;
  }

  /** Waits until every model the annotation needs is loaded: with {@code all}, the {@link #tagger()} too. */
  public void await(boolean all) {
    CompletableFuture.allOf(preparer, statisticalNer, timeNer, plainNer, parser).join();
    if (all) {
      tagger();
    }
  }

  /** tokenize, ssplit, pos and lemma. */
  public Annotator preparer() {
    return preparer.join();
  }

  /** The NER CRF on tagged sentences, its tags handed over to a rule pass; enforces no requirements. */
  public Annotator statisticalNer() {
    return statisticalNer.join();
  }

  /** The NER rules with SUTime, after {@link #statisticalNer()}; enforces no requirements. */
  public Annotator timeNer() {
    return timeNer.join();
  }

  /** The same rules with SUTime off. */
  public Annotator plainNer() {
    return plainNer.join();
  }

  /** The dependency parser, for sentences already tagged. */
  public Annotator parser() {
    return parser.join();
  }
}
