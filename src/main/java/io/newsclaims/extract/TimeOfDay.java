package io.newsclaims.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A time of day with no day of its own ("at dawn", "overnight", "2 a.m.", "three in the
 * morning", "noon"): SUTime pins it to the document date, but the text gives a clock time, not
 * a calendar point, so it is no date claim. A mention that names its day stays: a week day or a
 * month ("Monday night", "shortly after midnight on Sunday"), a day counted from the document's
 * or the story's ("tonight", "this morning", "last night", "the previous evening", "later that
 * night", "the night of the election", "the morning after the vote") or a year. Stateless and
 * thread-safe.
 */
final class TimeOfDay {
  private static final Pattern DAY = Pattern.compile(
      "(?i).*\\b(" + CalendarWords.WEEKDAYS + "|" + CalendarWords.MONTHS + "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
          + "|today|tonight|tomorrow|yesterday|this|last|next|previous|following|same|christmas|eve|[0-9]{4})\\b.*");

  /** Parts of the day, which SUTime types as a DATE when they stand alone ("at dawn"). */
  private static final Pattern PART_OF_DAY = Pattern.compile(
      "(?i).*\\b(" + CalendarWords.PARTS_OF_DAY + "|overnight|" + CalendarWords.POINTS_OF_DAY + "|daybreak)\\b.*");

  /** Words before a part of the day that tie it to a day the story tells of: "later that night", "the same evening". */
  private static final Set<String> STORY_DAY = Set.of("that", "same", "following", "next", "previous");
  /** Words after it that name its day: "the night of the election", "the morning after the vote". */
  private static final Set<String> DAY_PHRASE = Set.of("of", "after", "before");

  private TimeOfDay() {}

  /** True when SUTime's time or part of the day in {@code sentence} holds no word that names its day, nor has one beside it. */
  static boolean dayless(CoreMap sentence, CoreMap mention, String timexType) {
    String text = mention.get(CoreAnnotations.TextAnnotation.class);
    if (!("TIME".equals(timexType) || PART_OF_DAY.matcher(text).matches()) || DAY.matcher(text).matches()) {
      return false;
    }
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    String before = "";
    String after = "";
    for (CoreLabel t : tokens) {
      if (t.endPosition() <= Spans.begin(mention)) {
        before = t.word().toLowerCase(Locale.ROOT);
      } else if (t.beginPosition() >= Spans.end(mention) && after.isEmpty()) {
        after = t.word().toLowerCase(Locale.ROOT);
      }
    }
    return !STORY_DAY.contains(before) && !DAY_PHRASE.contains(after);
  }
}
