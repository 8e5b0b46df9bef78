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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Emits a {@code date} claim for each calendar point or period that SUTime found and could
 * normalize to an ISO-8601/TIMEX3 value ("2024-07-22", "2024-04", "XXXX-10"), and a
 * {@code duration} claim for each duration ("two-day", "for years"). Vague references with no
 * calendar value ("recently", "the past": PAST_REF) and a bare "the year" are left out. A date
 * inside a quotation or an attributed clause carries that attribution. Thread-safe.
 */
public final class DateExtractor implements Stage {
  /** A calendar value: a year (or XXXX) optionally followed by month, week, day, season or quarter. */
  private static final Pattern CALENDAR =
      Pattern.compile("^[0-9X]{4}(-[0-9X]{2}|-W[0-9X]{2}(-[1-7])?|-[A-Z]{2}|-Q[1-4])?(-[0-9X]{2})?");

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
      if (mentions == null) {
        continue;
      }
      for (CoreMap m : mentions) {
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (timex == null || timex.value() == null) {
          continue;
        }
        if (isSurname(sentences.get(s), m) || notADate(sentences.get(s), m)) {
          continue;
        }
        Claim c = toClaim(doc, m, timex, s, sentences.get(s).get(CoreAnnotations.TokensAnnotation.class));
        if (c != null) {
          claims.add(doc.attributed(c));
        }
      }
    }
    return doc.plusClaims(claims);
  }

  /**
   * A month name right after a capitalized proper noun is a surname ("Theresa May", "Brian
   * May"), not a date, whether SUTime took the first name into the mention or not; "in May",
   * "Friday, May 3" and "May 2024" stay dates.
   */
  static boolean isSurname(CoreMap sentence, CoreMap mention) {
    CoreLabel before = null;
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      if (t.beginPosition() >= Spans.end(mention)) {
        break;
      }
      if (t.beginPosition() >= Spans.begin(mention) && MONTH.matcher(t.word()).matches()) {
        return before != null && "NNP".equals(before.tag()) && Character.isUpperCase(before.word().charAt(0))
            && !MONTH.matcher(before.word()).matches() && !WEEKDAY.matcher(before.word()).matches();
      }
      before = t;
    }
    return false;
  }

  /** Words that SUTime reads as a date but that, written so, are not one. */
  private static final Pattern LOWERCASE_MONTH = Pattern.compile("march|may");
  private static final Pattern DEICTIC = Pattern.compile("(?i)today|tonight|tomorrow|yesterday");
  private static final Pattern PLURAL_PERIOD = Pattern.compile("(?i)mornings|afternoons|evenings|nights|weekends");

  /**
   * A mention that only looks like a date: a lower-case month name that is the common word
   * ("along the march route", "it may rain"); a capitalized day word right after another word,
   * which is part of a name ("USA TODAY", "the Today programme"; a sentence or a quotation
   * opening with "Today" stays a date); a plural part of the day, which counts nights rather
   * than naming one ("two nights of violence").
   */
  static boolean notADate(CoreMap sentence, CoreMap mention) {
    String text = mention.get(CoreAnnotations.TextAnnotation.class);
    if (LOWERCASE_MONTH.matcher(text).matches() || PLURAL_PERIOD.matcher(text).matches()) {
      return true;
    }
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      boolean inside = t.beginPosition() >= Spans.begin(mention) && t.endPosition() <= Spans.end(mention);
      boolean afterWord = Character.isLetterOrDigit(tokens.get(i - 1).word().charAt(0));
      if (inside && afterWord && DEICTIC.matcher(t.word()).matches() && Character.isUpperCase(t.word().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern WEEKDAY = Pattern.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
  private static final Pattern MONTH = Pattern.compile(
      "January|February|March|April|May|June|July|August|September|October|November|December");

  private static Claim toClaim(Document doc, CoreMap m, Timex timex, int sentence, List<CoreLabel> tokens) {
    String type = timex.timexType();
    String value = timex.value();
    if ("DURATION".equals(type)) {
      return Spans.claim(doc, ClaimType.DURATION, Spans.begin(m), Spans.end(m), sentence).withValue(value, null);
    }
    if (!"DATE".equals(type) && !"TIME".equals(type)) {
      return null; // SET ("every week") is not a point in time
    }
    var calendar = CALENDAR.matcher(value);
    if (!calendar.find() || BARE_UNIT.matcher(m.get(CoreAnnotations.TextAnnotation.class)).matches()) {
      return null;
    }
    // a TIME ("Monday morning") keeps its calendar day
    String date = "TIME".equals(type) ? calendar.group() : value;
    date = WeekdayTense.adjust(date, m.get(CoreAnnotations.TextAnnotation.class), tokens,
        doc.parsed().isParsed(sentence) ? doc.parsed().sentences().get(sentence).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null,
        Spans.begin(m), Spans.end(m), doc.date());
    return Spans.claim(doc, ClaimType.DATE, Spans.begin(m), Spans.end(m), sentence).withValue(date, null);
  }
}
