package io.newsclaims.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * The CoreNLP analysis of a document: sentences with tokens, lemmas, POS, coarse NER with
 * SUTime values, and a basic dependency graph on the sentences that may hold a claim
 * ({@link #isParsed(int)}). Read-only once the annotation stage has built it.
 */
public final class Parsed {
  private final Annotation annotation;
  private final List<CoreMap> sentences;
  private final boolean[] parsed;

  Parsed(Annotation annotation, boolean[] parsed) {
    this.annotation = annotation;
    this.sentences = List.copyOf(annotation.get(CoreAnnotations.SentencesAnnotation.class));
    this.parsed = parsed.clone();
  }

  public List<CoreMap> sentences() {
    return sentences;
  }

  /** True when sentence {@code i} has a dependency graph. */
  public boolean isParsed(int i) {
    return parsed[i];
  }

  public int parsedCount() {
    int n = 0;
    for (boolean p : parsed) {
      n += p ? 1 : 0;
    }
    return n;
  }

  public int tokenCount() {
    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  public Annotation annotation() {
    return annotation;
  }
}
