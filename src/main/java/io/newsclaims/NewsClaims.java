package io.newsclaims;

import io.newsclaims.extract.DateExtractor;
import io.newsclaims.extract.FinalizeStage;
import io.newsclaims.extract.numeric.FigureExtractor;
import io.newsclaims.extract.numeric.QuantityExtractor;
import io.newsclaims.extract.quote.CueLexicon;
import io.newsclaims.extract.quote.Hedges;
import io.newsclaims.extract.quote.QuoteStage;
import io.newsclaims.extract.quote.SourcedFactStage;
import io.newsclaims.lang.LanguageGate;
import io.newsclaims.model.DocumentResult;
import io.newsclaims.model.InputDocument;
import io.newsclaims.nlp.AnnotateStage;
import io.newsclaims.nlp.CoreNlpModels;
import io.newsclaims.pipeline.Pipeline;
import io.newsclaims.pipeline.Settings;
import io.newsclaims.pipeline.Stage;
import io.newsclaims.text.DatelineStage;
import io.newsclaims.text.HeaderDateStage;
import io.newsclaims.text.Lexicon;
import io.newsclaims.text.NormalizeStage;
import io.newsclaims.text.SizeLimitStage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The newsclaims core: a document in, its claims out. Knows nothing of files or threads and is
 * thread-safe: build one per JVM (models are shared per JVM anyway) and call
 * {@link #process(InputDocument)} from as many threads as you like.
 *
 * <pre>{@code
 * NewsClaims nc = NewsClaims.create(Settings.defaults());
 * DocumentResult r = nc.process(InputDocument.of("a1", "The ministry said 12 people were killed.", "2024-05-01"));
 * }</pre>
 */
public final class NewsClaims {
  public static final String VERSION = "0.1.0";
  public static final String SCHEMA = "newsclaims/1";

  private final Settings settings;
  private final Pipeline pipeline;

  private NewsClaims(Settings settings, Pipeline pipeline) {
    this.settings = settings;
    this.pipeline = pipeline;
  }

  public static NewsClaims create(Settings settings) {
    CoreNlpModels models = CoreNlpModels.shared(settings.sentenceBreak());
    CueLexicon cues = CueLexicon.load(settings.attitudes());
    Set<String> triggers = new HashSet<>(cues.triggers());
    triggers.addAll(Lexicon.load("parse-triggers.txt").entries());
    // a source noun anywhere ("Hamas and Fatah representatives convened") can be the antecedent of
    // a later "the representatives said": quote.Sources reads it from the sentence's parse
    triggers.addAll(Lexicon.load("source-nouns.txt").entries());
    Hedges hedges = settings.attitudes() ? Hedges.load(cues) : null; // "is expected to": PolNeAR's attributions with no source
    if (hedges != null) {
      triggers.addAll(hedges.triggers());
    }
    List<Stage> stages = new ArrayList<>();
    stages.add(new SizeLimitStage(settings.maxChars()));
    stages.add(new HeaderDateStage(settings.defaultDate()));
    stages.add(new NormalizeStage());
    stages.add(new DatelineStage());
    if (settings.languageGate()) {
      stages.add(new LanguageGate());
    }
    stages.add(new AnnotateStage(models, triggers, Lexicon.load("time-triggers.txt").entries(), settings.parseAll()));
    // quotes first: they publish the attributed spans that figures and dates inside them inherit
    stages.add(new QuoteStage(cues, settings.quoteUnit().equals(Settings.PASSAGE)));
    if (hedges != null) {
      stages.add(hedges);
    }
    // dates before figures: a casualty claim links to the date of its sentence
    stages.add(new DateExtractor());
    stages.add(new FigureExtractor());
    stages.add(new QuantityExtractor());
    stages.add(new SourcedFactStage(settings.attitudes()));
    stages.add(new FinalizeStage());
    return new NewsClaims(settings, new Pipeline(stages));
  }

  public DocumentResult process(InputDocument input) {
    return pipeline.process(input);
  }

  public Settings settings() {
    return settings;
  }

  public Pipeline pipeline() {
    return pipeline;
  }
}
