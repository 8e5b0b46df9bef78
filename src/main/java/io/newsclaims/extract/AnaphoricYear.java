package io.newsclaims.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.pipeline.Document;
import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month whose year the text gives by pointing back to a year it has named: "began in 2021 …
 * in October of that year" is October 2021, "began in 2014 and escalated the following March"
 * March 2015; "seized power in 2020 … the following year" is 2021, "in 2024 … the same year"
 * 2024; "in 2024, when … after the June election" June 2024. SUTime counts the first from the
 * document date and gives the second no value; the year pointed back to is that of the latest
 * date before the mention that speaks of a year, written ("in 2014") or counted ("last year"); a
 * year that names a thing ("Vision 2030") or a target ("by 2030") is skipped, and a counted year
 * with no value ("three years later") leaves the mention with none. Stateless and thread-safe.
 */
final class AnaphoricYear {
  private static final Pattern MONTH = Pattern.compile("(?i)(" + CalendarWords.MONTHS + ")");
  private static final Pattern FOLLOWING = Pattern.compile("(?i)the\\s+following\\s+" + MONTH.pattern());
  /** A year told by its place after the one named before it. */
  private static final Pattern YEAR_AFTER = Pattern.compile("(?i)the\\s+(following|same)\\s+year");
  /** A date whose text writes its year: "2014", "April 2014", "June 3, 2021". */
  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");
  /** A date counted in years from another: "last year", "three years later", "this year". */
  private static final Pattern COUNTED_YEAR = Pattern.compile("(?i)\\byears?\\b");
  /** Words before a year that make it a target, not a time something happened: "by 2030". */
  private static final Pattern TARGET = Pattern.compile("(?i)by|until|till");
  private static final Pattern BARE_YEAR = Pattern.compile("(1[89]|20)\\d{2}");
  /** The opening of a clause that tells what happened in the year before it: ", when …". */
  private static final Pattern WHEN_CLAUSE = Pattern.compile(",?\\s+when\\s");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s");
  private static final Pattern YEAR_VALUE = Pattern.compile("^((1[89]|20)\\d{2})(-(\\d{2}))?");

  /**
   * "that year" with no month before it: "by the end of that year", "later that year", "that
   * year's harvest" ("October of that year" is the month's, {@link #resolve}).
   */
  private static final Pattern THAT_YEAR = Pattern.compile(
      "(?i)\\b(?:the\\s+(?:end|start|beginning|middle|rest|close)\\s+of\\s+|later\\s+|earlier\\s+)?that\\s+year\\b(?!-)");
  private static final Pattern OF_BEFORE = Pattern.compile("(?i).*\\bof\\s+$");

  private AnaphoricYear() {}

  /**
   * The dates of sentence {@code s} that are "that year" standing alone, each valued by the year
   * named last before it ({@code earlier}, the document's date claims so far); none where no year
   * was named, or where a date already covers the words (SUTime's duration "year" inside is the
   * caller's to drop).
   */
  static List<Claim> thatYear(Document doc, CoreMap sentence, int s, List<Claim> earlier) {
    int begin = Spans.begin(sentence);
    String text = doc.original().substring(begin, Spans.end(sentence));
    Matcher m = THAT_YEAR.matcher(text);
    List<Claim> claims = new ArrayList<>();
    while (m.find()) {
      if (OF_BEFORE.matcher(text.substring(0, m.start())).matches()) {
        continue; // "in October of that year"
      }
      Claim c = Spans.claim(doc, ClaimType.DATE, begin + m.start(), begin + m.end(), s);
      List<Claim> before = earlier.stream().filter(e -> e.span().start() < c.span().start()).toList();
      boolean covered = earlier.stream().anyMatch(e -> ClaimType.DATE.equals(e.type()) && e.span().overlaps(c.span()));
      Matcher year = covered ? null : latestYear(doc, before);
      if (year != null) {
        claims.add(c.withValue(year.group(1), null));
      }
    }
    return claims;
  }

  /**
   * The month's value in the year pointed back to ("2021-10"), or the year itself for "the
   * following/same year" ("2021"); null when the mention does not point back ("October" alone,
   * "October of that year" with no year named before) or the year pointed back to has no value.
   */
  static String resolve(Document doc, String mentionText, List<CoreLabel> tokens, int mentionEnd, List<Claim> earlier) {
    String text = mentionText.strip();
    Matcher yearAfter = YEAR_AFTER.matcher(text);
    if (yearAfter.matches()) {
      Matcher anchor = latestYear(doc, earlier);
      return anchor == null ? null
          : String.valueOf(Integer.parseInt(anchor.group(1)) + (yearAfter.group(1).equalsIgnoreCase("following") ? 1 : 0));
    }
    Matcher following = FOLLOWING.matcher(text);
    boolean bareMonth = MONTH.matcher(text).matches();
    boolean thatYear = bareMonth && followedBy(tokens, mentionEnd, "of", "that", "year");
    if (!following.matches() && !thatYear) {
      return bareMonth ? yearOfWhenClause(doc, text, mentionEnd - mentionText.length(), earlier) : null;
    }
    Matcher anchor = latestYear(doc, earlier);
    if (anchor == null) {
      return null;
    }
    int year = Integer.parseInt(anchor.group(1));
    Month month = Month.valueOf((thatYear ? text : following.group(1)).toUpperCase(Locale.ROOT));
    if (following.matches() && (anchor.group(4) == null || Integer.parseInt(anchor.group(4)) >= month.getValue())) {
      year++; // "in 2014 … the following March": the next March after that year or month
    }
    return String.format(Locale.ROOT, "%04d-%02d", year, month.getValue());
  }

  /**
   * A bare month inside the "when" clause that follows a written year in its sentence: "as it did
   * in 2024, when the currency lost 10% after the June election" is June 2024; null for any other
   * shape.
   */
  private static String yearOfWhenClause(Document doc, String month, int mentionBegin, List<Claim> earlier) {
    Claim year = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    if (doc == null || year == null || !ClaimType.DATE.equals(year.type()) || year.text() == null
        || !BARE_YEAR.matcher(year.text()).matches() || !(year.value() instanceof String v) || !v.equals(year.text())) {
      return null;
    }
    int yearEnd = doc.codePoints().toIndex(year.span().end());
    String between = yearEnd <= mentionBegin ? doc.text().substring(yearEnd, mentionBegin) : "";
    if (!WHEN_CLAUSE.matcher(between).lookingAt() || between.contains("\n") || SENTENCE_END.matcher(between).find()) {
      return null;
    }
    return String.format(Locale.ROOT, "%s-%02d", v, Month.valueOf(month.toUpperCase(Locale.ROOT)).getValue());
  }

  /** The value of the latest earlier date that speaks of a year, or null when there is none or it has no year. */
  private static Matcher latestYear(Document doc, List<Claim> earlier) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Claim c = earlier.get(i);
      if (!ClaimType.DATE.equals(c.type()) || c.text() == null
          || !WRITTEN_YEAR.matcher(c.text()).find() && !COUNTED_YEAR.matcher(c.text()).find() || nameOrTarget(doc, c)) {
        continue;
      }
      Matcher m = c.value() instanceof String v ? YEAR_VALUE.matcher(v) : null;
      return m != null && m.find() ? m : null;
    }
    return null;
  }

  /** "the Vision 2030 plan", "cut emissions by 2030": a bare year after a proper noun or a target word. */
  private static boolean nameOrTarget(Document doc, Claim c) {
    if (!BARE_YEAR.matcher(c.text()).matches() || doc == null || c.sentence() < 0
        || c.sentence() >= doc.parsed().sentences().size()) {
      return false;
    }
    int begin = doc.codePoints().toIndex(c.span().start());
    CoreLabel before = null;
    for (CoreLabel t : doc.parsed().sentences().get(c.sentence()).get(CoreAnnotations.TokensAnnotation.class)) {
      if (t.endPosition() <= begin) {
        before = t;
      }
    }
    return before != null && (TARGET.matcher(before.word()).matches()
        || "NNP".equals(before.tag()) && !MONTH.matcher(before.word()).matches());
  }

  /** Whether the words right after the mention are {@code words}, case aside. */
  private static boolean followedBy(List<CoreLabel> tokens, int mentionEnd, String... words) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).beginPosition() < mentionEnd) {
      i++;
    }
    for (String w : words) {
      if (i >= tokens.size() || !tokens.get(i).word().equalsIgnoreCase(w)) {
        return false;
      }
      i++;
    }
    return true;
  }
}
