package io.newsclaims.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "a week on Monday", "a fortnight on Friday", "two weeks on Saturday": the week day that many
 * weeks after its coming one. SUTime reads only the week day ("Monday", the coming one), so a
 * week too early; the words before the mention give the weeks.
 */
final class WeeksOnDay {
  /** Weeks that a word before "week(s)" counts, and "fortnight" on its own. */
  private static final Map<String, Integer> COUNTS = Map.of("a", 1, "one", 1, "two", 2, "three", 3);

  private WeeksOnDay() {}

  /**
   * The weeks added to the week day that the mention at {@code mentionBegin} names, read from
   * "N week(s) on" (or "N week(s)" when the mention starts with "on") right before it; 0 when none.
   */
  static int weeks(List<CoreLabel> tokens, int mentionBegin, String mentionText) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).endPosition() <= mentionBegin) {
      i++;
    }
    int at = i - 1; // the last token before the mention
    if (!mentionText.toLowerCase(Locale.ROOT).startsWith("on")) {
      if (at < 0 || !word(tokens, at).equals("on")) {
        return 0;
      }
      at--;
    }
    String unit = at < 0 ? "" : word(tokens, at);
    if (unit.equals("fortnight")) {
      return at >= 1 && COUNTS.getOrDefault(word(tokens, at - 1), 0) == 1 ? 2 : 0;
    }
    if (!unit.equals("week") && !unit.equals("weeks") || at < 1) {
      return 0;
    }
    return COUNTS.getOrDefault(word(tokens, at - 1), 0);
  }

  /** The week day of {@code date} moved to its first one after {@code docDate}, then {@code weeks} on. */
  static LocalDate after(LocalDate date, LocalDate docDate, int weeks) {
    LocalDate d = date;
    while (!d.isAfter(docDate)) {
      d = d.plusWeeks(1);
    }
    while (d.minusWeeks(1).isAfter(docDate)) {
      d = d.minusWeeks(1);
    }
    return d.plusWeeks(weeks);
  }

  private static String word(List<CoreLabel> tokens, int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }
}
