package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the main clause of a sentence that opens with a subordinate clause: "Even as he accused
 * the department of bias, Giuliani would not speculate …". Read from the tokens, since the
 * parser often makes the fronted clause's verb the root of such a sentence. A cue inside the
 * fronted clause reports no further than its comma, and a "he" there may stand for the main
 * clause's subject. Thread-safe.
 */
final class FrontedClause {
  private static final Set<String> SUBORDINATORS = Set.of("as", "while", "when", "after", "before", "since", "because",
      "although", "though", "once", "until", "whereas");
  /** Tags of the words of a main clause's subject: "Giuliani", "the former mayor", "he". */
  private static final String SUBJECT = "DT|PRP|PRP\\$|JJ.?|NNP?S?|CD|POS";
  private static final int MAX_SUBJECT = 6;

  private FrontedClause() {}

  /** Whether {@code word} opens a subordinate clause of time, cause or contrast ("after", "because", "although"). */
  static boolean isSubordinator(String word) {
    return SUBORDINATORS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The 0-based index of the first token of the main clause, after the comma that ends a
   * subordinate clause opening the sentence, when a subject of at most six words and a finite
   * verb follow that comma; -1 if the sentence does not open with a subordinator or no such
   * clause follows its first comma.
   */
  static int mainClause(List<CoreLabel> tokens) {
    int i = !tokens.isEmpty() && tokens.get(0).word().equalsIgnoreCase("even") ? 1 : 0;
    if (i >= tokens.size() || !SUBORDINATORS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    return clauseAfterComma(tokens, i + 1);
  }

  /**
   * As {@link #mainClause(List)}, for the subordinate clause that holds 0-based token {@code cue}
   * wherever it stands: at the sentence's start or after a comma or a conjunction ("…, and
   * though she has said she'll accept it, the decision is hers").
   */
  static int mainClause(List<CoreLabel> tokens, int cue) {
    int k = cue - 1;
    while (k >= 0 && !SUBORDINATORS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
      if (tokens.get(k).word().equals(",") || tokens.get(k).word().equals(";")) {
        return -1;
      }
      k--;
    }
    int before = k > 0 && tokens.get(k - 1).word().equalsIgnoreCase("even") ? k - 2 : k - 1;
    if (k < 0 || (before >= 0 && !tokens.get(before).word().equals(",") && !tokens.get(before).tag().equals("CC"))) {
      return -1;
    }
    return clauseAfterComma(tokens, cue + 1);
  }

  /** The index after the first comma at or after {@code from}, when a clause with a subject follows it; -1 if none. */
  private static int clauseAfterComma(List<CoreLabel> tokens, int from) {
    for (int k = from; k < tokens.size(); k++) {
      if (tokens.get(k).word().equals(",")) {
        return verbAfterSubject(tokens, k + 1) > 0 ? k + 1 : -1;
      }
    }
    return -1;
  }

  /** The 0-based index of the finite verb after a subject that starts at {@code from}; -1 if none. */
  static int verbAfterSubject(List<CoreLabel> tokens, int from) {
    int j = from;
    while (j < tokens.size() && j - from < MAX_SUBJECT && tokens.get(j).tag().matches(SUBJECT)) {
      j++;
    }
    return j > from && j < tokens.size() && TokenCues.isFinite(tokens.get(j)) ? j : -1;
  }
}
