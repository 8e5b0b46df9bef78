package io.newsclaims.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter or half of a year, which SUTime leaves without a value or rounds to the year: "the
 * last quarter of 2004" is 2004-Q4, "the first half of the year" in an article of 2026 is
 * 2026-H1. Stateless and thread-safe.
 */
final class PartOfYear {
  private static final Pattern PART = Pattern.compile(
      "(?i)(?:the\\s+)?(first|second|third|fourth|final|last)\\s+(quarter|half)\\s+of\\s+(?:(\\d{4})|(?:the|this)\\s+year)");

  private PartOfYear() {}

  /** The value of a mention that is such a part ("2004-Q4", "2026-H1"); null for any other text, or "the year" with no document date. */
  static String value(String text, LocalDate docDate) {
    Matcher m = PART.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    String year = m.group(3) != null ? m.group(3) : docDate == null ? null : String.valueOf(docDate.getYear());
    String which = m.group(1).toLowerCase(Locale.ROOT);
    boolean half = m.group(2).equalsIgnoreCase("half");
    int n = switch (which) {
      case "first" -> 1;
      case "second" -> 2;
      case "third" -> 3;
      default -> half ? 2 : 4; // "fourth", "final", "last"
    };
    return year == null || half && n > 2 ? null : year + (half ? "-H" : "-Q") + n;
  }
}
