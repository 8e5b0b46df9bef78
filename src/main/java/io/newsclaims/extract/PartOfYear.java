package io.newsclaims.extract;

import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.pipeline.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter or half of a year, which SUTime leaves without a value or rounds to the year: "the
 * last quarter of 2004" is 2004-Q4, "the first half of the year" in an article of 2026 is
 * 2026-H1, "the second half of last year" 2025-H2. Stateless and thread-safe.
 */
final class PartOfYear {
  private static final String PART_TEXT =
      "(?:the\\s+)?(first|second|third|fourth|final|last)\\s+(quarter|half)\\s+of\\s+(?:(\\d{4})|(the|this|last|next)\\s+year)";
  private static final Pattern PART = Pattern.compile("(?i)" + PART_TEXT);
  /** The same words inside a sentence, whole words only. */
  private static final Pattern IN_TEXT = Pattern.compile("(?i)\\b" + PART_TEXT + "\\b");

  private PartOfYear() {}

  /** The value of a mention that is such a part ("2004-Q4", "2026-H1"); null for any other text, or "the year" with no document date. */
  static String value(String text, LocalDate docDate) {
    Matcher m = PART.matcher(text.strip());
    return m.matches() ? value(m, docDate) : null;
  }

  private static String value(Matcher m, LocalDate docDate) {
    String year = m.group(3) != null ? m.group(3) : docDate == null ? null : String.valueOf(docDate.getYear() + offset(m.group(4)));
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

  private static int offset(String which) {
    return switch (which.toLowerCase(Locale.ROOT)) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
  }

  /**
   * The parts of a year in sentence {@code s} that no SUTime mention covers whole: SUTime reads
   * "the second half of the year" as the ordinal "second" and a bare "the year", "the final quarter
   * of the year" as two dates. Each is one claim; the mentions inside it are left to the caller.
   */
  static List<Claim> uncovered(Document doc, CoreMap sentence, int s, List<CoreMap> mentions) {
    int begin = Spans.begin(sentence);
    Matcher m = IN_TEXT.matcher(doc.original().substring(begin, Spans.end(sentence)));
    List<Claim> claims = new ArrayList<>();
    while (m.find()) {
      int from = begin + m.start();
      int to = begin + m.end();
      boolean covered = mentions != null && mentions.stream().anyMatch(x -> Spans.begin(x) <= from && to <= Spans.end(x));
      String value = covered ? null : value(m, doc.date());
      if (value != null) {
        claims.add(Spans.claim(doc, ClaimType.DATE, from, to, s).withValue(value, null));
      }
    }
    return claims;
  }
}
