package io.newsclaims.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.model.InputDocument;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Stage;
import io.newsclaims.pipeline.StageException;
import io.newsclaims.testing.Corpus;
import io.newsclaims.testing.Shared;
import io.newsclaims.text.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Running SUTime only on sentences with a number or a time word, and the parser only on
 * sentences that can hold a claim, leaves every annotation the later stages read exactly as
 * running everything on every sentence would: tokens' NER tags, normalized values and TIMEX
 * values, each sentence's entity mentions, and the dependency graph of every parsed sentence.
 */
class SelectiveAnnotationTest {
  private static final CoreNlpModels MODELS = CoreNlpModels.shared("two");

  private static AnnotateStage stage(boolean all) {
    Set<String> triggers = new HashSet<>(Lexicon.load("cue-verbs.txt").entries());
    triggers.addAll(Lexicon.load("parse-triggers.txt").entries());
    return new AnnotateStage(MODELS, triggers, Lexicon.load("time-triggers.txt").entries(), all);
  }

  /** The document as it reaches the annotation stage (size limit, header date, normalization, language). */
  private static Document beforeAnnotation(InputDocument input) throws StageException {
    Document d = Document.of(input);
    for (Stage s : Shared.core().pipeline().stages()) {
      if (s.name().equals("annotate")) {
        return d;
      }
      d = s.apply(d);
    }
    throw new AssertionError("no annotate stage");
  }

  /** One line per token and per mention, and the graph of each sentence parsed in both runs. */
  private static List<String> describe(Parsed p, Parsed parsedIn) {
    List<String> lines = new ArrayList<>();
    List<CoreMap> sentences = p.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        Timex tx = t.get(TimeAnnotations.TimexAnnotation.class);
        lines.add(i + " " + t.beginPosition() + " " + t.word() + " " + t.ner() + " "
            + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class) + " " + (tx == null ? "-" : tx.value()));
      }
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
        Timex tx = m.get(TimeAnnotations.TimexAnnotation.class);
        lines.add(i + " mention " + m.get(CoreAnnotations.TextAnnotation.class) + " "
            + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + " "
            + m.get(CoreAnnotations.NamedEntityTagAnnotation.class) + " "
            + m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class) + " " + (tx == null ? "-" : tx.timexType() + ":" + tx.value()));
      }
      if (parsedIn.isParsed(i)) {
        lines.add(i + " graph " + s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toCompactString());
      }
    }
    return lines;
  }

  /** The lines where two descriptions differ, as "full | selective" (at most 10). */
  private static List<String> differences(List<String> full, List<String> selective) {
    List<String> diff = new ArrayList<>();
    for (int i = 0; i < Math.max(full.size(), selective.size()) && diff.size() < 10; i++) {
      String f = i < full.size() ? full.get(i) : "(none)";
      String s = i < selective.size() ? selective.get(i) : "(none)";
      if (!f.equals(s)) {
        diff.add(f + " | " + s);
      }
    }
    return diff;
  }

  @Test
  void selectiveAnnotationEqualsFullAnnotationOnSeedsAndBbc() throws StageException {
    AnnotateStage selective = stage(false);
    AnnotateStage full = stage(true);
    int timeless = 0;
    Map<String, List<String>> differing = new LinkedHashMap<>();
    for (InputDocument input : Corpus.seedsAndBbc(24)) {
      Document d = beforeAnnotation(input);
      Parsed sel = selective.apply(d).parsed();
      Parsed all = full.apply(d).parsed();
      List<String> diff = differences(describe(all, sel), describe(sel, sel));
      if (!diff.isEmpty()) {
        differing.put(input.id(), diff);
      }
      for (CoreMap s : sel.sentences()) {
        timeless += selective.mayHoldTime(s) ? 0 : 1;
      }
    }
    assertEquals(Map.of(), differing);
    // the optimisation is not idle: some sentences do skip SUTime
    assertTrue(timeless > 20, "sentences without SUTime: " + timeless);
  }

  @Test
  void timeWordsNumbersAndDigitsSendASentenceToSutime() throws StageException {
    AnnotateStage selective = stage(false);
    Document d = selective.apply(beforeAnnotation(InputDocument.of("t",
        "The talks ended on Monday. Nobody came. It took three years. Flight BA2 left. Shares rose sharply.")));
    List<Boolean> time = d.parsed().sentences().stream().map(selective::mayHoldTime).toList();
    assertEquals(List.of(true, false, true, true, false), time);
  }

  @Test
  void aSpelledNumberOpeningASentenceSendsItToTheParser() throws StageException {
    AnnotateStage selective = stage(false);
    Document d = selective.apply(beforeAnnotation(InputDocument.of("t",
        "Eleven of them were treated for burns. Nobody came.")));
    List<Boolean> claim = d.parsed().sentences().stream().map(selective::mayHoldClaim).toList();
    assertEquals(List.of(true, false), claim);
  }
}
