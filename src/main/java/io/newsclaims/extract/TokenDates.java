package io.newsclaims.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.pipeline.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates the tokenizer keeps in one word, which SUTime does not read. "since mid-July", "in
 * mid-2005": the month (its year chosen by tense like any month without one, {@link
 * BareDateTense}; none without a document date) or the year. "in 2004/05", "since 1998/9", "the
 * period 2007-2013": a financial year or a span of years, a period with no single calendar
 * value. Thread-safe.
 */
final class TokenDates {
  private static final Pattern MID = Pattern.compile("(?i)mid-?(" + CalendarWords.MONTHS + "|(1[89]|20)[0-9]{2})");
  private static final List<String> MONTHS = List.of(CalendarWords.MONTHS.split("\\|"));

  /** A span of years: "2004/05", "1998/9", "2007-2013"; the second year after the first. */
  private static final Pattern YEARS = Pattern.compile("((19|20)[0-9]{2})[/-]([0-9]{1,2}|(19|20)[0-9]{2})");

  private TokenDates() {}

  /** The date claims of the one-word dates of sentence {@code s} that no SUTime mention covers. */
  static List<Claim> claims(Document doc, CoreMap sentence, int s, List<CoreMap> mentions) {
    List<Claim> claims = new ArrayList<>();
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreLabel t : tokens) {
      Matcher m = MID.matcher(t.word());
      if (mentions != null && mentions.stream().anyMatch(x -> Spans.begin(x) < t.endPosition() && t.beginPosition() < Spans.end(x))) {
        continue;
      }
      if (m.matches()) {
        String value = value(doc, sentence, s, tokens, t, m.group(1).toLowerCase(Locale.ROOT));
        claims.add(Spans.claim(doc, ClaimType.DATE, t.beginPosition(), t.endPosition(), s).withValue(value, null));
      } else if (yearSpan(t.word())) {
        claims.add(Spans.claim(doc, ClaimType.DATE, t.beginPosition(), t.endPosition(), s).withValue(null, null));
      }
    }
    return claims;
  }

  /**
   * A span of years that SUTime read as a duration or a month ("2007-2013", "2003-04", which
   * it takes for April 2003): a period with no single calendar value.
   */
  static boolean yearSpan(String text) {
    Matcher years = YEARS.matcher(text.replace(" ", ""));
    return years.matches() && later(years.group(1), years.group(3));
  }

  /** Whether the second year, written whole or by its last digits, follows the first: not a score "2004-1". */
  private static boolean later(String first, String second) {
    String whole = first.substring(0, 4 - second.length()) + second;
    int gap = Integer.parseInt(whole) - Integer.parseInt(first);
    return gap > 0 && gap <= 20;
  }

  private static String value(Document doc, CoreMap sentence, int s, List<CoreLabel> tokens, CoreLabel t, String what) {
    int month = MONTHS.indexOf(what);
    if (month < 0) {
      return what; // a year
    }
    if (doc.date() == null) {
      return null; // no year of its own
    }
    String value = String.format(Locale.ROOT, "%04d-%02d", doc.date().getYear(), month + 1);
    SemanticGraph graph = doc.parsed().isParsed(s)
        ? sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null;
    return BareDateTense.adjust(value, t.word(), tokens, graph, t.beginPosition(), t.endPosition(), doc.date());
  }
}
