package io.newsclaims.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Locale;

/**
 * Tags as past-tense verbs the "-ed" words that the tagger read as adjectives right before a
 * number, before the parse: in "the outbreak, in November 2014, infected 375 people and killed
 * 12", "infected/JJ" makes it an adjective of the people and the clause loses its verb, so the
 * figure loses the harm that names it. An adjective stands after a number ("375 infected
 * people"), never before it, unless an article or possessive opens the phrase ("an estimated
 * 300 people", "the injured 12"). Stateless and thread-safe.
 */
final class VerbsBeforeAmounts {
  private VerbsBeforeAmounts() {}

  /** Retags, in place, such adjectives in one sentence's tokens. */
  static void retag(List<CoreLabel> tokens) {
    for (int k = 1; k + 1 < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      String before = tokens.get(k - 1).tag();
      if ("JJ".equals(t.tag()) && t.word().toLowerCase(Locale.ROOT).endsWith("ed") && "CD".equals(tokens.get(k + 1).tag())
          && !before.matches("DT|PRP\\$|POS|JJ.*|RB.*|IN|TO|CD")) {
        t.setTag("VBD");
        t.setLemma(Morphology.lemmaStatic(t.word(), "VBD")); // "infect", which the harm lexicon knows, not "infected"
      }
    }
  }
}
