package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsclaims.model.Qualifier;
import io.newsclaims.text.Lexicon;
import java.util.List;

/**
 * Reads "more than" into an amount that a level goes past: "the toll has passed 40,000", "the
 * number of detainees had exceeded 3,400" (verbs of {@code models/excess-verbs.txt}). Immutable
 * and thread-safe.
 */
final class ExcessVerbs {
  private final Lexicon verbs;

  ExcessVerbs() {
    this.verbs = Lexicon.load("excess-verbs.txt");
  }

  /**
   * The qualifier of an amount whose phrase starts at token {@code start} and whose own words
   * give {@code qualifier}: {@code more_than} when it is exact and a verb of excess comes right
   * before it, else {@code qualifier} unchanged.
   */
  String qualifier(List<CoreLabel> tokens, int start, String qualifier) {
    if (!Qualifier.EXACT.equals(qualifier) || start == 0) {
      return qualifier;
    }
    CoreLabel verb = tokens.get(start - 1);
    boolean excess = verb.tag() != null && verb.tag().startsWith("VB") && verb.lemma() != null && verbs.contains(verb.lemma());
    return excess ? Qualifier.MORE_THAN : qualifier;
  }
}
