package io.newsclaims.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Passes the statistical NER tags from the CRF pass to the rule passes (numbers, SUTime, entity
 * mentions) through CoreNLP's preset tags ({@code ner.usePresetNERTags}), so that one loaded CRF
 * serves both the SUTime and the plain rule pass. {@link #HAND_OVER} runs after the CRF pass: each
 * token's tag and its probability become the preset answer the rule pass starts from, exactly
 * where CoreNLP's own NER would have the CRF's answer, and the CRF pass's tags are removed so
 * the rule pass sees the tokens as CoreNLP's one-pass NER sees them. {@link #CLEAN_UP} runs after
 * the rule pass and removes the hand-over annotations. Stateless and thread-safe.
 */
final class PresetTags implements Annotator {
  /** After the CRF pass: tag and probability to the preset answer, the CRF pass's tags removed. */
  static final PresetTags HAND_OVER = new PresetTags(true);

  /** After the rule pass: the preset answer and probability removed. */
  static final PresetTags CLEAN_UP = new PresetTags(false);

  private final boolean handOver;

  private PresetTags(boolean handOver) {
    this.handOver = handOver;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreLabel t : tokens == null ? List.<CoreLabel>of() : tokens) {
      if (handOver) {
        String tag = t.ner();
        Map<String, Double> probs = t.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
        t.set(CoreAnnotations.PresetAnswerAnnotation.class, tag);
        Double p = probs == null ? null : probs.get(tag);
        if (p != null) {
          t.set(CoreAnnotations.AnswerProbAnnotation.class, p);
        }
        t.remove(CoreAnnotations.NamedEntityTagAnnotation.class);
        t.remove(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
        t.remove(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
      } else {
        t.remove(CoreAnnotations.PresetAnswerAnnotation.class);
        t.remove(CoreAnnotations.AnswerProbAnnotation.class);
      }
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return handOver ? Set.of(CoreAnnotations.PresetAnswerAnnotation.class) : Set.of();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.NamedEntityTagAnnotation.class);
  }
}
