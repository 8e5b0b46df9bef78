package io.newsclaims.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP's NER split in two passes around one loaded CRF (the CRF, then the rules with SUTime
 * starting from its tags) gives what CoreNLP's one-pass NER gives: every token's tag, its
 * probability, normalized value and TIMEX, every entity mention with its probabilities; and the
 * rule passes load no statistical model of their own.
 */
class NerPassesTest {
  private static final CoreNlpModels MODELS = CoreNlpModels.shared("two");

  private static final String TEXT = "Jean-Pierre Raffarin met Hewlett-Packard's chief in New York-based offices on "
      + "Monday, 3 May 2004, and said 1,200 jobs worth $5m would go by next year. "
      + "The UN's Kofi Annan left at 10pm; 45% of the 30 people there were from Al-Qaeda-linked groups.";

  private static Annotation prepared() {
    Annotation a = new Annotation(TEXT);
    a.set(CoreAnnotations.DocDateAnnotation.class, "2004-05-01");
    MODELS.preparer().annotate(a);
    return a;
  }

  private static List<String> describe(Annotation a) {
    List<String> lines = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        Timex tx = t.get(TimeAnnotations.TimexAnnotation.class);
        lines.add(t.word() + " " + t.ner() + " " + t.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class) + " "
            + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class) + " " + (tx == null ? "-" : tx.value()));
      }
      for (CoreMap m : s.get(CoreAnnotations.MentionsAnnotation.class)) {
        lines.add("mention " + m.get(CoreAnnotations.TextAnnotation.class) + " "
            + m.get(CoreAnnotations.NamedEntityTagAnnotation.class) + " "
            + m.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class) + " "
            + m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
      }
    }
    return lines;
  }

  @Test
  void twoPassesGiveWhatOnePassGives() {
    Annotation onePass = new Annotation(TEXT);
    onePass.set(CoreAnnotations.DocDateAnnotation.class, "2004-05-01");
    MODELS.tagger().annotate(onePass);

    Annotation twoPasses = prepared();
    MODELS.statisticalNer().annotate(twoPasses);
    MODELS.timeNer().annotate(twoPasses);

    List<String> expected = describe(onePass);
    assertEquals(expected, describe(twoPasses));
    // the comparison is not idle: the CRF's names (hyphenated ones read as one word, as CoreNLP's
    // NER tokenization does), the rules' numbers and SUTime's dates are all there
    List<String> words = List.of("Pierre", "Hewlett", "Monday", "1,200", "pm", "45");
    assertEquals(List.of("Pierre PERSON {PERSON=0.9999314287732793}", "Hewlett ORGANIZATION {ORGANIZATION=0.993667559001751}",
            "Monday DATE {DATE=-1.0}", "1,200 NUMBER {NUMBER=-1.0}", "pm TIME {TIME=-1.0}", "45 PERCENT {PERCENT=-1.0}"),
        expected.stream().map(l -> l.split(" ")).filter(f -> words.contains(f[0]))
            .map(f -> f[0] + " " + f[1] + " " + f[2]).toList());
  }

  @Test
  void handOverLeavesNoAnnotationBehind() {
    Annotation a = prepared();
    MODELS.statisticalNer().annotate(a);
    MODELS.plainNer().annotate(a);
    for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
      assertEquals(List.of(false, false), List.of(t.containsKey(CoreAnnotations.PresetAnswerAnnotation.class),
          t.containsKey(CoreAnnotations.AnswerProbAnnotation.class)), t.word());
    }
  }

  @Test
  void theRulePassTakesItsNamesFromThePresetTagsNotFromAModelOfItsOwn() {
    Annotation a = prepared();
    for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
      t.set(CoreAnnotations.PresetAnswerAnnotation.class, t.word().equals("Raffarin") ? "ORGANIZATION" : "O");
    }
    MODELS.plainNer().annotate(a);
    List<String> tags = new ArrayList<>();
    for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
      if (List.of("Raffarin", "Kofi", "Annan", "1,200").contains(t.word())) {
        tags.add(t.word() + " " + t.ner());
      }
    }
    assertEquals(List.of("Raffarin ORGANIZATION", "1,200 NUMBER", "Kofi O", "Annan O"), tags);
  }
}
