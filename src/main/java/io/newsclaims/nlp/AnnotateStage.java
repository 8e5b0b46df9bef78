package io.newsclaims.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs CoreNLP over the working text: tokens, sentences, POS, lemmas, coarse NER with SUTime
 * dates normalized against the document date, then the dependency parser on only the sentences
 * that can hold a claim (a quotation mark, a number, a cue word). Parsing is most of CoreNLP's
 * cost and most news sentences hold no claim. Thread-safe.
 */
public final class AnnotateStage implements Stage {
  private final CoreNlpModels models;
  private final Set<String> triggers;
  private final boolean parseAll;

  /**
   * @param triggers lower-cased words and lemmas that make a sentence worth parsing (cue verbs,
   *     harm words, vague amounts), besides numbers and quotation marks
   * @param parseAll parse every sentence (slower; the output must not change, which a test checks)
   */
  public AnnotateStage(CoreNlpModels models, Set<String> triggers, boolean parseAll) {
    this.models = models;
    this.triggers = Set.copyOf(triggers);
    this.parseAll = parseAll;
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.DATE, Keys.NORMALIZED);
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.PARSE);
  }

  @Override
  public Document apply(Document doc) {
    Annotation annotation = new Annotation(doc.text());
    if (doc.date() != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, doc.date().toString());
    }
    models.tagger().annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    boolean[] parsed = new boolean[sentences.size()];
    List<CoreMap> toParse = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (parseAll || mayHoldClaim(sentences.get(i))) {
        parsed[i] = true;
        toParse.add(sentences.get(i));
      }
    }
    if (!toParse.isEmpty()) {
      Annotation subset = new Annotation(doc.text());
      subset.set(CoreAnnotations.SentencesAnnotation.class, toParse);
      models.parser().annotate(subset);
    }
    return doc.withParsed(new Parsed(annotation, parsed));
  }

  /** A sentence is worth parsing when it holds a quotation mark, a number or a cue word. */
  boolean mayHoldClaim(CoreMap sentence) {
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      String tag = t.tag();
      if ("CD".equals(tag) || "``".equals(tag) || "''".equals(tag)) {
        return true;
      }
      if (triggers.contains(t.lemma().toLowerCase()) || triggers.contains(t.word().toLowerCase())) {
        return true;
      }
    }
    return false;
  }
}
