package io.newsclaims.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.regex.Pattern;

/**
 * A time of day with no day of its own ("at dawn", "overnight", "2 a.m.", "three in the
 * morning", "noon"): SUTime pins it to the document date, but the text gives a clock time, not
 * a calendar point, so it is no date claim. A mention that names its day stays: a week day or a
 * month ("Monday night", "shortly after midnight on Sunday"), a day counted from the document's
 * or the story's ("tonight", "this morning", "last night", "the previous evening") or a year.
 * Stateless and thread-safe.
 */
final class TimeOfDay {
  private static final Pattern DAY = Pattern.compile(
      "(?i).*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
          + "|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
          + "|today|tonight|tomorrow|yesterday|this|last|next|previous|following|same|christmas|eve|[0-9]{4})\\b.*");

  /** Parts of the day, which SUTime types as a DATE when they stand alone ("at dawn"). */
  private static final Pattern PART_OF_DAY = Pattern.compile(
      "(?i).*\\b(morning|afternoon|evening|night|overnight|dawn|dusk|daybreak|midday|noon|midnight)\\b.*");

  private TimeOfDay() {}

  /** True when SUTime's time or part of the day holds no word that names its day. */
  static boolean dayless(CoreMap mention, String timexType) {
    String text = mention.get(CoreAnnotations.TextAnnotation.class);
    return ("TIME".equals(timexType) || PART_OF_DAY.matcher(text).matches()) && !DAY.matcher(text).matches();
  }
}
