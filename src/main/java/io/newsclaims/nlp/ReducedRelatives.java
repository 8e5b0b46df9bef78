package io.newsclaims.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags as past participles the reduced relatives that the tagger read as past-tense verbs, before
 * the parse: in "Seven of the patients brought to us are in critical condition", "brought/VBD"
 * makes the patients' phrase a clause of its own and the sentence loses its subject. Only a past
 * form right after a plural noun, followed by a prepositional phrase with no number or plural noun
 * and then "be", "have" or "remain" ("… are in critical condition", "… were still missing"). Stateless and
 * thread-safe.
 */
final class ReducedRelatives {
  /**
   * Tags a prepositional phrase may hold before the clause's own verb: no number or plural noun,
   * which could be that verb's subject ("officials said about 6,500 residents had been moved").
   */
  private static final Set<String> PHRASE = Set.of("IN", "TO", "DT", "PRP", "PRP$", "JJ", "NN", "NNP", "RB");
  /** Tags of the word right after the past form that open its prepositional phrase. */
  private static final Set<String> PREPOSITIONS = Set.of("IN", "TO");
  /** Finite forms of "be", "have" and "remain" that can be the clause's own verb. */
  private static final Set<String> AUXILIARIES = Set.of("are", "were", "is", "was", "have", "had", "has", "remain", "remained");

  private ReducedRelatives() {}

  /** Retags, in place, such past forms in one sentence's tokens. */
  static void retag(List<CoreLabel> tokens) {
    for (int k = 1; k + 2 < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      if (!"VBD".equals(t.tag()) || !"NNS".equals(tokens.get(k - 1).tag()) || !PREPOSITIONS.contains(tokens.get(k + 1).tag())) {
        continue;
      }
      int j = k + 1;
      while (j < tokens.size() && PHRASE.contains(tokens.get(j).tag())) {
        j++;
      }
      if (j < tokens.size() && j > k + 2 && AUXILIARIES.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        t.setTag("VBN");
      }
    }
  }
}
