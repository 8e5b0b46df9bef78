package io.newsclaims.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The calendar's words that the date classes' patterns share, written once: each a lower-case
 * regex alternation ("january|february|…"), for patterns compiled with {@code (?i)}.
 */
final class CalendarWords {
  /** "january|february|…|december", from {@link Month}. */
  static final String MONTHS = names(Month.values());
  /** "monday|tuesday|…|sunday", from {@link DayOfWeek}. */
  static final String WEEKDAYS = names(DayOfWeek.values());
  /** The parts a day falls into: "Friday morning", "last night". */
  static final String PARTS_OF_DAY = "morning|afternoon|evening|night";
  /** Points of the day that SUTime reads as times: "at dawn", "midnight on Sunday". */
  static final String POINTS_OF_DAY = "dawn|dusk|midday|noon|midnight";

  private CalendarWords() {}

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
  }
}
