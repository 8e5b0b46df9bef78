package io.newsclaims.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a year written with two digits ("in '94", "the class of ’08") its century, which
 * SUTime leaves out ("XX94") or always puts in the 1900s ("'36" in 2024 is 1936): the century
 * that puts the year nearer the document's year ("'93" in 2005 is 1993, "'28" in 2024 is
 * 2028); a document with no date takes POSIX strptime's pivot (69–99 are 19xx, 00–68 20xx).
 */
final class TwoDigitYear {
  private static final Pattern WRITTEN = Pattern.compile("['’‘](\\d{2})");
  /** SUTime's value: "XX94" in an undated document, a year it picked itself ("1936") in a dated one. */
  private static final Pattern VALUE = Pattern.compile("(?:XX|\\d{2})(\\d{2})");

  private TwoDigitYear() {}

  /** The year with its century, or {@code value} when the mention is no apostrophe year. */
  static String resolve(String value, String mentionText, LocalDate documentDate) {
    Matcher v = VALUE.matcher(value);
    Matcher w = WRITTEN.matcher(mentionText.strip());
    if (!v.matches() || !w.matches() || !v.group(1).equals(w.group(1))) {
      return value;
    }
    int yy = Integer.parseInt(v.group(1));
    if (documentDate == null) {
      return String.valueOf((yy >= 69 ? 1900 : 2000) + yy);
    }
    int year = documentDate.getYear();
    int candidate = year - Math.floorMod(year - yy, 100); // the latest year ending in yy, not after the document's
    return String.valueOf(year - candidate <= 50 ? candidate : candidate + 100);
  }
}
