package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.text.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a document tells of people made ill and of no one hurt: a disease
 * (models/disease-words.txt), "fell ill", a poisoning, and no word of a wound or injury. In such
 * a story the people in hospital or "in critical condition" are the illness's, `affected` like
 * its cases ("about 40 others are being treated in hospitals after drinking bootleg liquor"),
 * not `injured`, and so are its patients treated or admitted ({@link #caredFor}). Immutable and
 * thread-safe.
 */
final class IllnessStory {
  /** Words of falling ill besides the diseases' names. */
  private static final Set<String> ILL = Set.of("ill", "sick", "sickness", "poisoning", "poison", "poisoned", "infected");
  /** Words of a wound or injury: a story with any of them keeps its hospitalised `injured`. */
  private static final Set<String> HURT = Set.of("injure", "injured", "injury", "wound", "wounded", "hurt", "maim", "burn",
      "fracture", "casualty");

  /** Verbs of caring for the sick: their patients are an illness's cases. */
  private static final Set<String> CARE = Set.of("treat", "admit", "hospitalise", "hospitalize", "isolate");

  private final Lexicon diseases = Lexicon.load("disease-words.txt");

  /** Whether {@code sentences} name an illness and no injury. */
  boolean of(List<CoreMap> sentences) {
    boolean ill = false;
    for (CoreMap sentence : sentences) {
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        String word = t.word().toLowerCase(Locale.ROOT);
        if (HURT.contains(lemma) || HURT.contains(word)) {
          return false;
        }
        ill |= ILL.contains(lemma) || ILL.contains(word) || diseases.contains(lemma);
      }
    }
    return ill;
  }

  /**
   * Whether {@code counted} is patients cared for ("31 patients were being treated in hospital",
   * "the centre admitted 430 patients"): the passive subject or the object of a verb of care.
   * Read only in a story of an illness, where they are its cases.
   */
  static boolean caredFor(Deps deps, IndexedWord counted) {
    IndexedWord verb = deps.parent(counted);
    String rel = deps.rel(counted);
    boolean patients = "patient".equals(Deps.lemma(counted));
    boolean cared = verb != null && CARE.contains(Deps.lemma(verb)) && !deps.negated(verb)
        && (rel.equals("nsubj:pass") || rel.equals("obj") || rel.equals("nsubj") && deps.child(verb, "aux:pass") != null);
    return patients && cared;
  }
}
