package io.newsclaims.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags as past participles the participles between a number and its plural noun that the tagger
 * read as past-tense verbs, before the parse: in "recorded nine deaths and more than 650 confirmed
 * cases of mpox", "confirmed/VBD" makes the number the subject of "confirmed" and the cases its
 * object, so the figure loses its noun. Only a few participles that qualify a count ("confirmed",
 * "suspected", "reported", "registered", "recorded"), right after a number, right before a plural
 * noun. Stateless and thread-safe.
 */
final class CountedParticiples {
  private static final Set<String> QUALIFYING = Set.of("confirmed", "suspected", "reported", "registered", "recorded");

  private CountedParticiples() {}

  /** Retags, in place, such participles in one sentence's tokens. */
  static void retag(List<CoreLabel> tokens) {
    for (int k = 1; k + 1 < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      if ("VBD".equals(t.tag()) && QUALIFYING.contains(t.word().toLowerCase(Locale.ROOT))
          && "CD".equals(tokens.get(k - 1).tag()) && "NNS".equals(tokens.get(k + 1).tag())) {
        t.setTag("VBN");
      }
    }
  }
}
