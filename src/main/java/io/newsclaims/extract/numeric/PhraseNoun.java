package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * The noun an amount counts, read from the tags after it when the parse has lost it: a
 * coordination inside the noun phrase makes the parser hang the number on its first word and
 * the head noun elsewhere ("11 aid agencies" after "The government and", "14 environmental and
 * citizens' groups"). The phrase runs over adjectives, nouns, "and" and possessive marks; its
 * head is the first plural noun that no noun or possessive mark follows. Stateless and thread-safe.
 */
final class PhraseNoun {
  /** Tags that may stand inside the noun phrase before its head. */
  private static final Set<String> INSIDE = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "CC", "POS", "VBN");
  /** Tags after a plural noun that keep the phrase going: another noun, or a possessive mark. */
  private static final Set<String> GOING_ON = Set.of("NN", "NNS", "POS");
  /** How many words the phrase may hold before its head. */
  private static final int REACH = 6;

  private PhraseNoun() {}

  /** The token index of the phrase's head noun after tokens [.., {@code from}), or -1 when there is none. */
  static int head(List<CoreLabel> tokens, int from) {
    for (int i = from; i < tokens.size() && i < from + REACH; i++) {
      String tag = tokens.get(i).tag();
      if (!INSIDE.contains(tag) || i == from && tag.equals("CC")) {
        return -1;
      }
      boolean last = i + 1 == tokens.size() || !GOING_ON.contains(tokens.get(i + 1).tag());
      if (tag.equals("NNS") && last) {
        return i;
      }
    }
    return -1;
  }
}
