package io.newsclaims.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Emits a {@code date} claim for each calendar point or period that SUTime found and could
 * normalize to an ISO-8601/TIMEX3 value ("2024-07-22", "2024-04", "XXXX-10"), and a
 * {@code duration} claim for each duration ("two-day", "for years"). Vague references with no
 * calendar value ("recently", "the past": PAST_REF), a bare "the year" and the words that only
 * look like dates ({@link DateLookalikes}: "Theresa May", "USA TODAY") are left out; an offset
 * from the story's own time ("eight months later") has no value, and so has a date counted from
 * the document date in a document that gives none ("next week"). A date
 * inside a quotation or an attributed clause carries that attribution. Thread-safe.
 */
public final class DateExtractor implements Stage {
  /** A count of years or months back: "two years ago", "a month ago". */
  private static final Pattern AGO = Pattern.compile("(?i).*\\b(years?|months?)\\s+ago");
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** A calendar value: a year (or XXXX) optionally followed by month, week, day, season or quarter. */
  private static final Pattern CALENDAR =
      Pattern.compile("^[0-9X]{4}(-[0-9X]{2}|-W[0-9X]{2}(-[1-7])?|-[A-Z]{2}|-Q[1-4])?(-[0-9X]{2})?");

  /**
   * An offset from a time the story has reached ("eight months later", "a decade earlier",
   * "the following morning", "the same day"): its point is counted from that time, not from the
   * document date as SUTime does, so the claim keeps its span and gets no value.
   */
  private static final Pattern STORY_OFFSET = Pattern.compile(
      "(?i)(.*\\s)?(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\\s+(later|earlier)"
          + "|(?i)the\\s+(same|following|previous)\\s+\\w+");

  /** An offset of minutes or hours from the story's time ("three hours later"): within its day, no date. */
  private static final Pattern WITHIN_DAY_OFFSET = Pattern.compile("(?i)(.*\\s)?(seconds?|minutes?|hours?)\\s+(later|earlier)");

  /**
   * A duration counted from a year ("for three years from 1987"): SUTime adds them up (1990), but
   * after "for" the duration runs from that year, which is the date the text gives.
   */
  private static final Pattern SPAN_FROM_YEAR = Pattern.compile("(?i).+\\s+(from\\s+((1[89]|20)[0-9]{2}))");

  /**
   * A year and the apposition after it, which SUTime joins and cannot value ("in 2003, the last
   * full year for which figures are available"): the year is the date.
   */
  private static final Pattern YEAR_APPOSITION = Pattern.compile("(?i)((1[89]|20)[0-9]{2}),\\s+the\\s.+");

  /**
   * A recurrence counted from a year ("every year since 2019", "by about 10% a year since 2020"),
   * which SUTime reads as a set with no value or counts on from the year: the year it runs from is
   * the date the text gives.
   */
  private static final Pattern SET_SINCE_YEAR = Pattern.compile("(?i)(every|each|a|an|per)\\s+.+\\s+(since\\s+((1[89]|20)[0-9]{2}))");

  /** A decade or century value ("196X", "19XX"). */
  private static final Pattern DECADE = Pattern.compile("[0-9]{2}[0-9X]X");

  /** The modal "may" that SUTime reads as the month in "This may …". */
  private static final Pattern MODAL_MAY = Pattern.compile(".*\\bmay\\b.*");

  /** A bare "the year", "the week": anaphoric ("in the year to June"), not a date the text gives. */
  private static final Pattern BARE_UNIT = Pattern.compile("(?i)the (year|month|week|day)");

  @Override
  public String name() {
    return "dates";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.PARSE, Keys.ATTRIBUTION);
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.DATES);
  }

  @Override
  public Document apply(Document doc) {
    List<Claim> claims = new ArrayList<>();
    List<CoreMap> sentences = doc.parsed().sentences();
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreMap> mentions = sentences.get(s).get(CoreAnnotations.MentionsAnnotation.class);
      TokenDates.claims(doc, sentences.get(s), s, mentions).forEach(c -> claims.add(doc.attributed(c)));
      List<Claim> parts = PartOfYear.uncovered(doc, sentences.get(s), s, mentions);
      parts.forEach(c -> claims.add(doc.attributed(c)));
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
        String text = m.get(CoreAnnotations.TextAnnotation.class);
        if (DateLookalikes.matches(sentences.get(s), m) || inside(doc, m, parts)) {
          continue;
        }
        if (TokenDates.yearSpan(text)) {
          claims.add(doc.attributed(Spans.claim(doc, ClaimType.DATE, Spans.begin(m), Spans.end(m), s).withValue(null, null)));
          continue;
        }
        var apposition = YEAR_APPOSITION.matcher(text);
        if (apposition.matches()) {
          int begin = Spans.begin(m);
          claims.add(doc.attributed(Spans.claim(doc, ClaimType.DATE, begin, begin + 4, s).withValue(apposition.group(1), null)));
          continue;
        }
        var setSince = SET_SINCE_YEAR.matcher(text);
        if (setSince.matches()) {
          int begin = Spans.begin(m) + setSince.start(2);
          claims.add(doc.attributed(Spans.claim(doc, ClaimType.DATE, begin, begin + setSince.group(2).length(), s)
              .withValue(setSince.group(3), null)));
          continue;
        }
        String part = PartOfYear.value(text, doc.date());
        if (part != null) {
          claims.add(doc.attributed(Spans.claim(doc, ClaimType.DATE, Spans.begin(m), Spans.end(m), s).withValue(part, null)));
          continue; // "the last quarter of 2004": 2004-Q4
        }
        if (WITHIN_DAY_OFFSET.matcher(text).matches()) {
          continue; // "two hours later", "minutes later": a time within the story's day, no date of the calendar
        }
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (timex == null || timex.value() == null && !relativeWithoutDate(doc, m, timex)
            || TimeOfDay.dayless(sentences.get(s), m, timex.timexType())) {
          continue;
        }
        Claim c = timex.value() == null
            ? Spans.claim(doc, ClaimType.DATE, Spans.begin(m), Spans.end(m), s).withValue(null, null)
            : toClaim(doc, m, timex, s, tokens);
        String pointedBack = c == null ? null : AnaphoricYear.resolve(doc, text, tokens, Spans.end(m), claims);
        if (pointedBack != null) {
          c = c.withValue(pointedBack, null); // "in October of that year", "the following March"
        }
        if (c != null) {
          claims.add(doc.attributed(c));
        }
      }
      for (Claim year : AnaphoricYear.thatYear(doc, sentences.get(s), s, claims)) {
        claims.removeIf(c -> ClaimType.DURATION.equals(c.type()) && year.span().contains(c.span())); // "year" of "later that year"
        claims.add(doc.attributed(year));
      }
    }
    return doc.plusClaims(claims);
  }

  /**
   * A date counted from the document's own date ("next week", "today", "last summer") in a
   * document that gives none: SUTime has only a relative value for it, so the claim keeps its
   * span with no value. Not "the year", an ordinal ("the fifth month"), nor the modal in "This may …".
   */
  private static boolean relativeWithoutDate(Document doc, CoreMap m, Timex timex) {
    String text = m.get(CoreAnnotations.TextAnnotation.class);
    return doc.date() == null && "DATE".equals(timex.timexType()) && timex.altVal() != null
        && !timex.altVal().contains("#") && !BARE_UNIT.matcher(text).matches() && !MODAL_MAY.matcher(text).matches();
  }

  private static Claim toClaim(Document doc, CoreMap m, Timex timex, int sentence, List<CoreLabel> tokens) {
    String type = timex.timexType();
    String value = timex.value();
    if ("DURATION".equals(type)) {
      return Spans.claim(doc, ClaimType.DURATION, Spans.begin(m), Spans.end(m), sentence).withValue(value, null);
    }
    boolean decade = "SET".equals(type) && DECADE.matcher(value).matches();
    if (!"DATE".equals(type) && !"TIME".equals(type) && !decade) {
      return null; // SET ("every week") is not a point in time, but SUTime gives "2000s", "1960s photograph" as SETs
    }
    var calendar = CALENDAR.matcher(value);
    if (!calendar.find() || BARE_UNIT.matcher(m.get(CoreAnnotations.TextAnnotation.class)).matches()) {
      return null;
    }
    if (STORY_OFFSET.matcher(m.get(CoreAnnotations.TextAnnotation.class)).matches()) {
      return Spans.claim(doc, ClaimType.DATE, Spans.begin(m), Spans.end(m), sentence).withValue(null, null);
    }
    int begin = Spans.begin(m);
    var from = SPAN_FROM_YEAR.matcher(m.get(CoreAnnotations.TextAnnotation.class));
    if (from.matches() && "for".equals(BareDateTense.wordBefore(tokens, begin))) {
      int start = Spans.end(m) - from.group(1).length(); // "from 1987": the year the duration runs from
      return Spans.claim(doc, ClaimType.DATE, start, Spans.end(m), sentence).withValue(from.group(2), null);
    }
    CoreLabel verb = firstToken(tokens, begin);
    if (verb != null && DateLookalikes.seasonVerb(verb) && value.matches("[0-9]{4}-(SP|SU|FA|WI)")) {
      // "expected to fall in 2005": the verb is no season, the date is the year after it
      value = value.substring(0, 4);
      begin = tokens.stream().filter(t -> t.beginPosition() > verb.beginPosition() && "CD".equals(t.tag()))
          .findFirst().map(CoreLabel::beginPosition).orElse(begin);
    }
    // a TIME ("Monday morning") keeps its calendar day
    String date = TwoDigitYear.resolve("TIME".equals(type) ? calendar.group() : value,
        m.get(CoreAnnotations.TextAnnotation.class), doc.date());
    date = BareDateTense.adjust(date, m.get(CoreAnnotations.TextAnnotation.class), tokens,
        doc.parsed().isParsed(sentence) ? doc.parsed().sentences().get(sentence).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null,
        Spans.begin(m), Spans.end(m), doc.date());
    return Spans.claim(doc, ClaimType.DATE, begin, Spans.end(m), sentence).withValue(agoPrecision(date, m.get(CoreAnnotations.TextAnnotation.class)), null);
  }

  /**
   * "two years ago" is a year, "two months ago" a month: the day SUTime counts back to from the
   * document date is more than the text says, so the value keeps only the unit's precision.
   */
  private static String agoPrecision(String date, String text) {
    var ago = AGO.matcher(text);
    if (date == null || !ago.matches() || !FULL_DATE.matcher(date).matches()) {
      return date;
    }
    return ago.group(1).toLowerCase(Locale.ROOT).startsWith("year") ? date.substring(0, 4) : date.substring(0, 7);
  }

  /** The token that opens the mention at {@code begin}, or null. */
  private static CoreLabel firstToken(List<CoreLabel> tokens, int begin) {
    return tokens.stream().filter(t -> t.beginPosition() == begin).findFirst().orElse(null);
  }

  /** Whether mention {@code m} lies inside one of {@code parts} ("second" in "the second half of the year"). */
  private static boolean inside(Document doc, CoreMap m, List<Claim> parts) {
    var span = Spans.span(doc, Spans.begin(m), Spans.end(m));
    return parts.stream().anyMatch(c -> c.span().contains(span));
  }
}
