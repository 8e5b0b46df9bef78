package io.newsclaims.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a bare week day ("on Friday", "Sunday night") in the week its verb's tense points to, and
 * a month or day without a year ("in November", "on October 7") in the year.
 * SUTime resolves a week day to a date near the document date but does not read the tense
 * reliably: in an article of Wednesday 15 May, "announced on Sunday" is Sunday 12 May, not 19
 * May, and "is expected on Friday" is Friday 17 May, not 10 May. The tense is that of the verb
 * group nearest the mention in its sentence (the one before it, else the one after it):
 * past ("said", "has agreed", "was killed") moves a date after the document date back a week;
 * future ("will meet", "is expected", "is due") moves a date before it forward a week; anything
 * else keeps SUTime's date. A day the parser hangs on a name ("will appear before the
 * Committee on Tuesday") takes the tense of the verb the name depends on, and a participle with
 * an active subject and no auxiliary ("Smith bused down on Friday") is a simple past. An
 * expectation looks ahead in any tense ("more rain was expected from Thursday"), and so does an
 * infinitive after it ("is expected to be sworn in on Sunday"); a participle on a noun is past
 * ("an aid worker kidnapped in April"); "would" puts a month or a week day ahead ("said he would
 * take charge for Saturday's game"); a day after
 * "until" that is not past is a deadline ahead ("has until Monday"), and so is one after a past
 * verb that warns, orders or puts off ("warned of rain until Saturday", "adjourned it until Monday"). "last Monday" is the latest
 * Monday at least two days back; other week days with a modifier ("next Friday", "Friday, May
 * 3") are SUTime's alone.
 */
final class BareDateTense {
  private static final Pattern BARE_WEEKDAY = Pattern.compile(
      "(?i)(((about|around|approximately|shortly\\s+(after|before)|just\\s+(after|before))\\s+)?\\d{1,2}([:.]\\d{2})?\\s*([ap]\\.m\\.|[ap]m)\\s+)?((late|early)\\s+)?((" + CalendarWords.POINTS_OF_DAY + "|daybreak)\\s+)?(on\\s+)?(" + CalendarWords.WEEKDAYS + ")(\\s+("
          + CalendarWords.PARTS_OF_DAY + "))?");
  /** "last Tuesday", "last Friday night": the latest such day at least two days back ({@link #lastWeekday}). */
  private static final Pattern LAST_WEEKDAY = Pattern.compile(
      "(?i)last\\s+(" + CalendarWords.WEEKDAYS + ")(\\s+(" + CalendarWords.PARTS_OF_DAY + "))?");
  /** "next Sunday", "next Tuesday morning": the first such day after the document date ({@link #nextWeekday}). */
  private static final Pattern NEXT_WEEKDAY = Pattern.compile(
      "(?i)next\\s+(" + CalendarWords.WEEKDAYS + ")(\\s+(" + CalendarWords.PARTS_OF_DAY + "))?");
  /** Words before a bare week day that make it a deadline: "has until Monday", "rain until Saturday". */
  private static final Set<String> UNTIL = Set.of("until", "till", "til");
  /**
   * Verbs that warn, order, forbid or put off, whose "until" day belongs to what they tell or set,
   * not to their own past: "warned of heavy rain until Saturday", "adjourned the hearing until
   * Monday", "a curfew was imposed until Sunday", "has issued a red alert … until Wednesday"; not
   * "the pool stayed open until Monday".
   */
  private static final Set<String> TOLD_AHEAD = Set.of("warn", "advise", "order", "urge", "forecast", "predict",
      "extend", "postpone", "adjourn", "delay", "issue", "impose", "ban", "suspend", "declare");
  /** Words before a month or day that make it an end or a deadline: "closed until Nov. 20", "to report by June 19". */
  private static final Set<String> DEADLINE_WORDS = Set.of("until", "till", "til", "by");
  /** How many days after the document date an end or a deadline set by a past act still counts as ahead. */
  private static final int SOON_DAYS = 92;
  /** Words before a month that put it in the past: "have fled since October". */
  private static final Set<String> SINCE = Set.of("since");
  /**
   * A month with or without its day, and no year: "in November", "on October 7", "7 October",
   * "on Dec. 3"; also after a clock time ("11 p.m. on Dec. 3").
   */
  private static final Pattern BARE_MONTH = Pattern.compile("(?i)(\\d{1,2}([:.]\\d{2})?\\s*([ap]\\.m\\.|[ap]m)\\s+)?((in|on)\\s+)?(early\\s+|mid-?|late\\s+)?("
      + "(\\d{1,2}(st|nd|rd|th)?\\s+)?(" + CalendarWords.MONTHS
      + "|(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.)"
      + "(\\s+\\d{1,2}(st|nd|rd|th)?)?)");
  /** SUTime's value of a month or a day in a given year: 2024-11, 2024-10-07. */
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2}(T[\\d:]+)?)?");
  /** Christmas, a feast on a fixed day, which SUTime puts in the document's year or the one before, whatever the tense. */
  private static final Pattern CHRISTMAS = Pattern.compile("(?i)((by|at|over|before|after|until)\\s+)?christmas(\\s+(day|eve))?");
  private static final Pattern CHRISTMAS_VALUE = Pattern.compile("\\d{4}-12-2[45]");
  private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "’ll", "shall");
  /** Lemmas of the verbs that can be auxiliaries besides the modals. */
  private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "do", "get");
  /** Adverbs after "would" that tell a past in order ("would later resign"), not what was to come. */
  private static final Set<String> NARRATED = Set.of("later", "eventually", "subsequently");
  /** Participles that point ahead with "be": "is expected on Friday", "is scheduled for Monday". */
  private static final Set<String> FUTURE_PARTICIPLES = Set.of("expect", "schedule", "slate", "set", "plan", "due");
  /** Those that still look ahead after a past "be": "more rain was expected from Thursday" (not "was set alight"). */
  private static final Set<String> EXPECTED = Set.of("expect", "schedule", "slate", "due");
  /** Relations by which a name carries a prepositional phrase: "before the Committee on Tuesday". */
  private static final Set<String> NAME_LINKS = Set.of("nmod", "obl", "compound", "flat");
  /** Relations by which a common noun carries a verb's time: the verb's object or oblique. */
  private static final Set<String> NOUN_LINKS = Set.of("obj", "obl", "nmod");
  /** Case words that put a noun's event ahead of its verb: "polls tightened ahead of the November 5 election". */
  private static final Set<String> AHEAD = Set.of("before", "ahead", "until", "till", "to", "towards", "toward");
  /**
   * Nouns of events that a month alone can name ("the November poll", "the June election"), whose
   * month is in the past when their clause is; a month before another noun ("the March states")
   * modifies it with no tense.
   */
  private static final Set<String> EVENTS = Set.of("election", "poll", "vote", "ballot", "referendum", "runoff", "primary",
      "summit", "meeting", "talks", "budget", "attack", "raid", "coup", "strike", "walkout", "protest", "ruling", "verdict",
      "hearing", "trial", "earthquake", "quake", "flood", "storm", "eruption", "crash", "ceasefire", "truce", "deal", "agreement");
  /** The case word of a verb's goal, which comes after the verb's act: "invited them to a summit on Wednesday". */
  private static final Set<String> GOAL = Set.of("to");
  private static final Set<String> HAVE = Set.of("have", "has", "had", "'ve", "’ve");
  /** Marks of a condition or a time a clause waits for: "would continue unless the government presented a plan". */
  private static final Set<String> CONDITIONS = Set.of("unless", "if", "until", "once", "when", "before");
  /** Adjectives of a noun whose event is still to come: "at its next meeting on March 12". */
  private static final Set<String> NEXT = Set.of("next", "upcoming", "coming", "forthcoming");
  /** Marks of a clause that happens at its governor's time: "died while working a shift on Sunday". */
  private static final Set<String> AT_THE_TIME = Set.of("while", "whilst", "when");
  /** Verbs of forecasting, whose object or time is still to come when they are told in the simple past ({@link #forecast}). */
  private static final Set<String> FORECASTS = Set.of("expect", "predict", "forecast", "anticipate", "project");
  /** Relations by which a forecast verb carries what it forecasts: "expected one more increase", "predicted that …", "expected it to fall". */
  private static final Set<String> FORECAST_ARGS = Set.of("obj", "ccomp", "xcomp");
  /** Nouns of a time set for something, which a past verb that sets it does not put behind: "set a deadline of Aug. 3". */
  private static final Set<String> DEADLINES = Set.of("deadline", "ultimatum");
  /** Verbs that set a deadline ("set", "gave", "imposed"); not "missed the deadline" nor "before Monday's deadline". */
  private static final Set<String> SETS_DEADLINE = Set.of("set", "give", "impose", "issue", "extend");
  /** Verbs of an attempt or a start whose infinitive happens when they do ("tried to hold a rally on Sunday"), unlike "agreed to meet". */
  private static final Set<String> ATTEMPTS = Set.of("try", "attempt", "manage", "fail", "refuse", "begin", "start", "seek", "dare");
  /** Verbs whose infinitive says what is still to come ("agreed to meet in June"), unlike "tried", "refused", "managed" or "began". */
  private static final Set<String> LOOKS_AHEAD = Set.of("agree", "plan", "promise", "pledge", "vow", "decide", "vote", "hope", "intend",
      "aim", "threaten", "arrange", "prepare", "offer", "propose", "undertake", "expect", "schedule", "resolve", "commit");

  /**
   * CONDITIONAL is "would": ahead of a past saying, so a month's next one and a week day's next
   * one. LATER is an infinitive after a simple past ("agreed to meet in June"): a month's next one,
   * but a week day may be past or ahead ("agreed to meet on Thursday").
   */
  private enum Tense { PAST, FUTURE, CONDITIONAL, LATER, OTHER }

  private BareDateTense() {}

  /** The value with the week or year chosen by tense; {@code value} itself when that does not apply; null for a past "a week on Monday" ({@link WeeksOnDay}). */
  static String adjust(String value, String mentionText, List<CoreLabel> tokens, SemanticGraph graph,
      int mentionBegin, int mentionEnd, LocalDate docDate) {
    if (docDate != null && BARE_MONTH.matcher(mentionText.strip()).matches() && MONTH_VALUE.matcher(value).matches()) {
      return yearByTense(value, tokens, graph, mentionBegin, mentionEnd, docDate);
    }
    if (docDate != null && CHRISTMAS.matcher(mentionText.strip()).matches() && CHRISTMAS_VALUE.matcher(value).matches()) {
      // "will be open by Christmas": the next one; a past tense keeps SUTime's, which may be a
      // reported future ("if the dispute was not settled by Christmas")
      String ahead = yearByTense(value, tokens, graph, mentionBegin, mentionEnd, docDate);
      return ahead.compareTo(value) > 0 ? ahead : value;
    }
    Matcher last = LAST_WEEKDAY.matcher(mentionText.strip());
    if (docDate != null && last.matches() && value.length() >= 10) {
      return lastWeekday(value, DayOfWeek.valueOf(last.group(1).toUpperCase(Locale.ROOT)), docDate);
    }
    Matcher next = NEXT_WEEKDAY.matcher(mentionText.strip());
    if (docDate != null && next.matches() && value.length() >= 10) {
      return nextWeekday(value, DayOfWeek.valueOf(next.group(1).toUpperCase(Locale.ROOT)), docDate);
    }
    if (docDate == null || !BARE_WEEKDAY.matcher(mentionText.strip()).matches()) {
      return value;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      return value;
    }
    Tense tense = tense(tokens, graph, mentionBegin, mentionEnd);
    int weeks = WeeksOnDay.weeks(tokens, mentionBegin, mentionText.strip());
    if (weeks > 0) {
      // "a week on Monday" looks ahead; told of the past its point is unclear: no value
      return tense == Tense.PAST ? null : WeeksOnDay.after(date, docDate, weeks) + value.substring(10);
    }
    if (tense != Tense.PAST && until(tokens, mentionBegin)) {
      tense = Tense.FUTURE; // "has until Monday to issue the veto": a deadline not yet past
    }
    if (tense == Tense.PAST && (scheduledFor(tokens, mentionBegin) || designated(tokens, mentionBegin, mentionEnd))) {
      tense = Tense.FUTURE; // "has scheduled a hearing for Thursday", "declared Friday a day of mourning": what is set lies ahead
    }
    if (tense == Tense.PAST && date.isAfter(docDate)) {
      return date.minusWeeks(1) + value.substring(10);
    }
    if ((tense == Tense.FUTURE || tense == Tense.CONDITIONAL) && date.isBefore(docDate)) {
      return date.plusWeeks(1) + value.substring(10);
    }
    return value;
  }

  /**
   * "last Tuesday" is the latest Tuesday at least two days before the document date: in an
   * article of Friday 29 August, Tuesday 26 August (SUTime counts it in the calendar week before,
   * 19 August); yesterday is never "last", so in an article of Wednesday "last Tuesday" is the one
   * eight days back.
   */
  private static String lastWeekday(String value, DayOfWeek day, LocalDate docDate) {
    int back = (docDate.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
    return docDate.minusDays(back < 2 ? back + 7 : back) + value.substring(10);
  }

  /**
   * "next Sunday" is the first Sunday after the document date, as news writes it: in an article of
   * Tuesday 10 November, Sunday 15 November (SUTime counts it in the calendar week after, 22
   * November); on a Sunday it is the one a week on.
   */
  private static String nextWeekday(String value, DayOfWeek day, LocalDate docDate) {
    int ahead = (day.getValue() - docDate.getDayOfWeek().getValue() + 7) % 7;
    return docDate.plusDays(ahead == 0 ? 7 : ahead) + value.substring(10);
  }

  /** Verbs that set a time for something to come: "scheduled a hearing for Thursday", "adjourned the case to Monday". */
  private static final Set<String> SCHEDULES = Set.of("schedule", "reschedule", "set", "postpone", "adjourn", "delay", "fix", "book", "slate", "call");

  /** Whether "for" or "to" stands right before the mention and a verb of scheduling at most five words before it. */
  private static boolean scheduledFor(List<CoreLabel> tokens, int mentionBegin) {
    int at = firstTokenAt(tokens, mentionBegin); // the tokens before the mention
    String before = at == 0 ? "" : tokens.get(at - 1).word().toLowerCase(Locale.ROOT);
    if (!before.equals("for") && !before.equals("to")) {
      return false;
    }
    return verbAmong(tokens, Math.max(0, at - 7), at - 1, SCHEDULES);
  }

  /** The 0-based index of the first token that ends after UTF-16 index {@code begin}: the mention's first token. */
  private static int firstTokenAt(List<CoreLabel> tokens, int begin) {
    int at = 0;
    while (at < tokens.size() && tokens.get(at).endPosition() <= begin) {
      at++;
    }
    return at;
  }

  /** Whether a verb whose lemma is one of {@code lemmas} stands in tokens [from, to). */
  private static boolean verbAmong(List<CoreLabel> tokens, int from, int to, Set<String> lemmas) {
    for (int i = from; i < to; i++) {
      String lemma = tokens.get(i).lemma();
      if (lemma != null && lemmas.contains(lemma.toLowerCase(Locale.ROOT)) && tokens.get(i).tag().startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of a day set apart: "a day of mourning", "a public holiday". */
  private static final Set<String> DAY_SET_APART = Set.of("day", "holiday");
  /** Words that open the day a verb sets apart, right after the week day: "declared Friday a day of mourning", "… as a holiday". */
  private static final Set<String> DAY_OPENERS = Set.of("a", "an", "as");
  /** Verbs that set a day apart, in the past tense of the telling: "declared", "called for", "proclaimed". */
  private static final Set<String> DESIGNATES = Set.of("declare", "proclaim", "designate", "call", "announce", "name");

  /**
   * Whether a verb that sets a day apart names the mention as that day: "declared Friday a day of
   * national mourning", "called for a day of mourning on Friday". A day declared is still to come
   * when it is declared; "Friday was a day of mourning" has no such verb.
   */
  private static boolean designated(List<CoreLabel> tokens, int mentionBegin, int mentionEnd) {
    int first = firstTokenAt(tokens, mentionBegin);
    int after = first; // the first token after the mention
    while (after < tokens.size() && tokens.get(after).beginPosition() < mentionEnd) {
      after++;
    }
    boolean dayAfter = after < tokens.size() && DAY_OPENERS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))
        && daySetApart(tokens, after + 1, Math.min(tokens.size(), after + 4));
    boolean dayBefore = first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("on")
        && daySetApart(tokens, Math.max(0, first - 5), first - 1);
    if (!dayAfter && !dayBefore) {
      return false;
    }
    // the day as the verb's object comes right after it; "announced on Friday a day of …" tells when
    return verbAmong(tokens, Math.max(0, first - (dayBefore ? 9 : 1)), first, DESIGNATES);
  }

  /** Whether a noun of a day set apart stands in tokens [from, to). */
  private static boolean daySetApart(List<CoreLabel> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (DAY_SET_APART.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)) && tokens.get(i).tag().startsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the mention follows "until" after a verb ({@code lemma}, may be null) that warns, orders, forbids or puts off. */
  private static boolean toldUntil(List<CoreLabel> tokens, int mentionBegin, String lemma) {
    return lemma != null && until(tokens, mentionBegin) && TOLD_AHEAD.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether the token right before the mention is "until": a bare week day as a deadline. */
  private static boolean until(List<CoreLabel> tokens, int mentionBegin) {
    return UNTIL.contains(wordBefore(tokens, mentionBegin));
  }

  /** The lower-cased word right before the mention, or "". */
  static String wordBefore(List<CoreLabel> tokens, int mentionBegin) {
    CoreLabel before = null;
    for (CoreLabel t : tokens) {
      if (t.endPosition() <= mentionBegin) {
        before = t;
      }
    }
    return before == null ? "" : before.word().toLowerCase(Locale.ROOT);
  }

  /**
   * "freed during a truce in November" in an article of August 2024 is November 2023: SUTime puts
   * a month without a year in the document's year; a past tense moves a month after the document
   * date a year back, a future tense a month before it a year forward.
   */
  private static String yearByTense(String value, List<CoreLabel> tokens, SemanticGraph graph, int mentionBegin,
      int mentionEnd, LocalDate docDate) {
    LocalDate first = LocalDate.parse(value.length() == 7 ? value + "-01" : value.substring(0, 10)); // "2024-12-03T23:00": its day
    LocalDate last = value.length() == 7 ? first.plusMonths(1).minusDays(1) : first;
    // "since October": a month that something has lasted since is behind the document date
    Tense tense = SINCE.contains(wordBefore(tokens, mentionBegin)) ? Tense.PAST : tense(tokens, graph, mentionBegin, mentionEnd);
    boolean ahead = tense == Tense.FUTURE || tense == Tense.CONDITIONAL || tense == Tense.LATER; // "said it would hold elections in December"
    // SUTime may put a month still to come a year too far ("said the vote would be in March" in
    // an article of 5 March 2025 is March 2025, not 2026): ahead is the nearest such month, and so
    // is a month of no tense ("payments due in September" in an article of 3 September)
    boolean yearTooFar = tense != Tense.PAST && !last.minusYears(1).isBefore(docDate);
    // "has closed schools until Nov. 20", "ordered it to report by June 19": an end or a deadline
    // that falls soon after the document date in its year lies ahead, whatever the tense of the
    // act that set it (SUTime put it a year back after the past verb)
    LocalDate thisYears = first.withYear(docDate.getYear());
    boolean endAhead = DEADLINE_WORDS.contains(wordBefore(tokens, mentionBegin)) && thisYears.isAfter(docDate)
        && !thisYears.isAfter(docDate.plusDays(SOON_DAYS));
    int shift = endAhead ? docDate.getYear() - first.getYear()
        : tense == Tense.PAST && first.isAfter(docDate) || yearTooFar ? -1 : ahead && last.isBefore(docDate) ? 1 : 0;
    if (tense == Tense.OTHER && simplePresent(graph, tokens, mentionBegin, mentionEnd)) {
      // "the deadline, which falls on April 30": the nearest such month or day, whatever past
      // verbs around it led SUTime to (it read "but urged" and put it a year back)
      long behind = Math.abs(docDate.toEpochDay() - first.minusYears(1).toEpochDay());
      long here = Math.abs(docDate.toEpochDay() - first.toEpochDay());
      long next = Math.abs(docDate.toEpochDay() - first.plusYears(1).toEpochDay());
      shift = here <= behind && here <= next ? 0 : behind < next ? -1 : 1;
    }
    return shift == 0 ? value : String.format(Locale.ROOT, "%04d", first.getYear() + shift) + value.substring(4);
  }

  /** Whether the mention hangs on a verb in the simple present, with no auxiliary: "which falls on April 30". */
  private static boolean simplePresent(SemanticGraph graph, List<CoreLabel> tokens, int mentionBegin, int mentionEnd) {
    if (graph == null) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      IndexedWord word = graph.getNodeByIndexSafe(i + 1);
      IndexedWord head = word == null ? null : graph.getParent(word);
      IndexedWord cop = word == null ? null : graph.getChildWithReln(word, UniversalEnglishGrammaticalRelations.COPULA);
      if (cop != null && t.beginPosition() >= mentionBegin && t.endPosition() <= mentionEnd) {
        return cop.tag().matches("VBZ|VBP"); // "The real exam is August": the date is the predicate of a present copula
      }
      if (t.beginPosition() < mentionBegin || t.endPosition() > mentionEnd || head == null
          || head.beginPosition() >= mentionBegin && head.endPosition() <= mentionEnd) {
        continue;
      }
      if ("due".equalsIgnoreCase(head.word()) && !hasCopula(graph, head)) {
        return true; // "a study on its costs, due in September": what is due, told with no verb of its own
      }
      return head.tag().matches("VBZ|VBP") && !graph.hasChildWithReln(head, UniversalEnglishGrammaticalRelations.AUX_MODIFIER)
          && !graph.hasChildWithReln(head, UniversalEnglishGrammaticalRelations.AUX_PASSIVE_MODIFIER);
    }
    return false;
  }

  /** The mention's tense: read on the parse where the sentence has one, else from the nearest verb group. */
  private static Tense tense(List<CoreLabel> tokens, SemanticGraph graph, int mentionBegin, int mentionEnd) {
    return graph != null ? tenseOfHead(graph, tokens, mentionBegin, mentionEnd) : tenseNear(tokens, mentionBegin, mentionEnd);
  }

  /** The tense of the verb (or "due") that the mention's head hangs on, with its auxiliaries. */
  private static Tense tenseOfHead(SemanticGraph graph, List<CoreLabel> tokens, int mentionBegin, int mentionEnd) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      IndexedWord word = graph.getNodeByIndexSafe(i + 1);
      if (t.beginPosition() < mentionBegin || t.endPosition() > mentionEnd || word == null) {
        continue;
      }
      IndexedWord head = graph.getParent(word);
      if (head != null && head.beginPosition() >= mentionBegin && head.endPosition() <= mentionEnd) {
        continue; // not the mention's head: "Friday" in "Friday night"
      }
      if (head != null && "compound".equals(graph.reln(head, word).toString()) && head.tag().matches("NNS?")) {
        // "detailed the operation in the March states": a modifier, of no tense; but a day or an
        // event noun names an event ("seized in the October 7 attack", "lost the November poll"),
        // in the past when its clause is
        boolean event = dayIn(tokens, mentionBegin, mentionEnd) || EVENTS.contains(head.lemma().toLowerCase(Locale.ROOT));
        return event ? eventTense(graph, head) : Tense.OTHER;
      }
      if (head != null && "nmod:poss".equals(graph.reln(head, word).toString()) && head.tag().matches("NNS?")
          && eventTense(graph, head) == Tense.PAST) {
        return Tense.PAST; // "won 24 of the 55 seats in Saturday's general election": the event of a past clause
      }
      // "will appear before the Judiciary Committee on Tuesday": a name has no time of its own,
      // the parser only hung the day on it instead of on the verb. A common noun ("exploited a
      // glitch on Thursday") takes the past tense of the verb it is the object or oblique of, not
      // a future one, which looks ahead from the event the noun names ("will vote because of the
      // slaying on Friday")
      boolean viaNoun = false;
      while (head != null && head.tag() != null && head.tag().startsWith("NN") && graph.getParent(head) != null
          && (NAME_LINKS.contains(graph.reln(graph.getParent(head), head).toString())
              || !"NNP".equals(head.tag()) && NOUN_LINKS.contains(graph.reln(graph.getParent(head), head).toString()))) {
        if (!"NNP".equals(head.tag()) && graph.getChildrenWithReln(head, UniversalEnglishGrammaticalRelations.ADJECTIVAL_MODIFIER).stream()
            .anyMatch(a -> NEXT.contains(a.word().toLowerCase(Locale.ROOT)))) {
          return Tense.FUTURE; // "at its next meeting on March 12": the event named lies ahead
        }
        if (!"NNP".equals(head.tag()) && markedBy(graph, head, GOAL)) {
          return Tense.OTHER; // "invited them to a summit on Wednesday", "pointed to a pause in July": the goal lies ahead of its verb
        }
        IndexedWord setter = graph.getParent(head);
        if (DEADLINES.contains(head.lemma().toLowerCase(Locale.ROOT)) && setter != null && setter.lemma() != null
            && SETS_DEADLINE.contains(setter.lemma().toLowerCase(Locale.ROOT))) {
          return Tense.OTHER; // "set a deadline of Aug. 3": a time set lies ahead of its setting, whatever that verb's tense
        }
        viaNoun |= !"NNP".equals(head.tag());
        head = graph.getParent(head);
      }
      head = closingCueOwner(graph, tokens, word, head);
      // "It will be three years in December", "said the vote would be in March": a noun or
      // adjective with a copula (or the date itself) is its clause's predicate, and a future
      // copula looks ahead; a past one may be a reported future ("said a heatwave was likely in
      // mid-June"), so it keeps SUTime's date
      IndexedWord predicate = hasCopula(graph, word) ? word : head != null && !viaNoun && hasCopula(graph, head) ? head : null;
      if (predicate != null && !isVerbal(predicate.backingLabel())) {
        Tense tense = tenseOfVerb(graph, predicate);
        return tense == Tense.FUTURE || tense == Tense.CONDITIONAL ? tense : Tense.OTHER;
      }
      if (head == null || !(isVerbal(head.backingLabel()) || "due".equalsIgnoreCase(head.word()))) {
        return head == null ? Tense.OTHER : looseOnPast(graph, head);
      }
      if (toldUntil(tokens, mentionBegin, head.lemma())) {
        return Tense.OTHER; // what the told thing lasts until lies ahead: "warned of rain until Saturday" ({@link #adjust})
      }
      if (quotedApart(tokens, mentionBegin, head)) {
        return Tense.OTHER; // "said the bank would cut again, “probably in August, once it sees …”": the quotation's time, not the cue's
      }
      Tense tense = tenseOfVerb(graph, head);
      if (tense == Tense.OTHER && "VBG".equals(head.tag())) {
        tense = looseOnPast(graph, head); // "had issued its storm warning only on Sunday": a noun the tagger took for a participle
      }
      if (tense == Tense.PAST && forecast(graph, head)) {
        return Tense.LATER; // "he expected one more increase in July": what a forecast expects lies ahead of it
      }
      return viaNoun && tense == Tense.FUTURE ? Tense.OTHER : tense;
    }
    return Tense.OTHER;
  }

  /**
   * The verb of the clause a closing cue reports when the parser hung the date, which ends that
   * clause, on the cue ("… and will travel to the region on Friday, his office said": "travel",
   * not "said"); {@code head} otherwise. The cue follows the date past a comma, with its own
   * subject after the comma, and hangs on the clause as parataxis.
   */
  private static IndexedWord closingCueOwner(SemanticGraph graph, List<CoreLabel> tokens, IndexedWord word, IndexedWord head) {
    IndexedWord clause = head == null ? null : graph.getParent(head);
    if (clause == null || !"parataxis".equals(graph.reln(clause, head).toString()) || head.index() < word.index()) {
      return head;
    }
    IndexedWord subject = graph.getChildWithReln(head, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT);
    boolean commaFirst = subject != null && subject.index() > word.index()
        && tokens.subList(word.index(), subject.index() - 1).stream().anyMatch(t -> t.word().equals(","));
    return commaFirst ? clause : head;
  }

  /**
   * PAST when {@code w} is a loose dependent ("dep") of a past verb, or of a noun that is one
   * ("began vomiting a few hours after the meal on Saturday evening": the parser hangs the meal
   * loosely on "hours"); OTHER otherwise. Only a past, which a broken parse cannot make ahead.
   */
  private static Tense looseOnPast(SemanticGraph graph, IndexedWord w) {
    IndexedWord x = w;
    for (int up = 0; up < 4 && x != null && graph.getParent(x) != null; up++) {
      IndexedWord parent = graph.getParent(x);
      String rel = graph.reln(parent, x).toString();
      if (up == 0 && !rel.equals("dep") || up > 0 && !(rel.equals("dep") || NOUN_LINKS.contains(rel) || rel.equals("xcomp"))) {
        return Tense.OTHER;
      }
      if (isVerbal(parent.backingLabel())) {
        IndexedWord above = graph.getParent(parent);
        boolean complement = above != null && graph.reln(above, parent).toString().equals("xcomp");
        if (tenseOfVerb(graph, parent) == Tense.PAST) {
          return Tense.PAST;
        }
        if (!complement) {
          return Tense.OTHER; // only through a verb's infinitive or participle ("began vomiting") to its tense
        }
      }
      x = parent;
    }
    return Tense.OTHER;
  }

  /**
   * Whether the verb is a simple past of forecasting ("expected", "predicted") with what it
   * forecasts as its object or clause, not one told from a time before ("had predicted a slowdown
   * in March", which may be behind) nor one with nothing forecast ("faster than we expected in
   * February": the date is when the expecting was).
   */
  private static boolean forecast(SemanticGraph graph, IndexedWord verb) {
    boolean forecasts = graph.getChildList(verb).stream().anyMatch(c -> FORECAST_ARGS.contains(graph.reln(verb, c).toString()));
    return "VBD".equals(verb.tag()) && FORECASTS.contains(verb.lemma().toLowerCase(Locale.ROOT)) && forecasts
        && !graph.hasChildWithReln(verb, UniversalEnglishGrammaticalRelations.AUX_MODIFIER)
        && !graph.hasChildWithReln(verb, UniversalEnglishGrammaticalRelations.AUX_PASSIVE_MODIFIER);
  }

  private static boolean hasCopula(SemanticGraph graph, IndexedWord w) {
    return graph.hasChildWithReln(w, UniversalEnglishGrammaticalRelations.COPULA);
  }

  /** Whether a number (the day) stands in the mention: "October 7", "7 October". */
  private static boolean dayIn(List<CoreLabel> tokens, int mentionBegin, int mentionEnd) {
    return tokens.stream().anyMatch(t -> t.beginPosition() >= mentionBegin && t.endPosition() <= mentionEnd && "CD".equals(t.tag()));
  }

  /**
   * PAST when the event noun a day names hangs, through nouns and gerunds, on a past verb
   * ("seized in the October 7 attack", "accused them of taking part in the 7 October attack");
   * OTHER otherwise, and when a word puts the event ahead ("ahead of the November 5 election").
   */
  private static Tense eventTense(SemanticGraph graph, IndexedWord noun) {
    IndexedWord h = noun;
    // through nouns, and numbers standing for them ("won 24 of the 55 seats in Saturday's election")
    while (!markedBy(graph, h, AHEAD) && (h.tag().startsWith("NN") || "CD".equals(h.tag())) && graph.getParent(h) != null
        && (NAME_LINKS.contains(graph.reln(graph.getParent(h), h).toString()) || NOUN_LINKS.contains(graph.reln(graph.getParent(h), h).toString()))) {
      h = graph.getParent(h);
    }
    if (markedBy(graph, h, AHEAD)) {
      return Tense.OTHER;
    }
    while ("VBG".equals(h.tag()) && graph.getParent(h) != null && isVerbal(graph.getParent(h).backingLabel())
        && !graph.hasChildWithReln(h, UniversalEnglishGrammaticalRelations.AUX_MODIFIER)) {
      h = graph.getParent(h); // "of taking part in …": the gerund's time is its governor's
    }
    return isVerbal(h.backingLabel()) && tenseOfVerb(graph, h) == Tense.PAST ? Tense.PAST : Tense.OTHER;
  }

  /** Whether the mention stands inside quotation marks that verb {@code head} stands outside of. */
  private static boolean quotedApart(List<CoreLabel> tokens, int mentionBegin, IndexedWord head) {
    boolean inside = false;
    int opened = -1;
    for (int i = 0; i < tokens.size() && tokens.get(i).beginPosition() < mentionBegin; i++) {
      String mark = tokens.get(i).originalText();
      // the tagger may tag a straight opening mark as a closing one: marks alternate, curly ones say which they are
      if (mark.equals("“") || mark.equals("\"") && !inside) {
        inside = true;
        opened = i;
      } else if (mark.equals("”") || mark.equals("\"")) {
        inside = false;
      }
    }
    return inside && head.index() - 1 < opened;
  }

  /** Whether the verb has "have" among its auxiliaries: "would have happened", "had listened". */
  private static boolean perfect(SemanticGraph graph, IndexedWord verb) {
    return hasChild(graph, verb, UniversalEnglishGrammaticalRelations.AUX_MODIFIER, HAVE);
  }

  /** Whether one of {@code words} is the clause's subordinating mark: "unless the government presented". */
  private static boolean hasMark(SemanticGraph graph, IndexedWord verb, Set<String> words) {
    return hasChild(graph, verb, UniversalEnglishGrammaticalRelations.MARKER, words);
  }

  /** Whether one of {@code words} is the noun's case word: "before the vote" ({@link #AHEAD}), "to a summit" ({@link #GOAL}). */
  private static boolean markedBy(SemanticGraph graph, IndexedWord noun, Set<String> words) {
    return hasChild(graph, noun, UniversalEnglishGrammaticalRelations.CASE_MARKER, words);
  }

  /** Whether a child of {@code w} by {@code relation} is one of {@code words}, case aside. */
  private static boolean hasChild(SemanticGraph graph, IndexedWord w, GrammaticalRelation relation, Set<String> words) {
    return graph.getChildrenWithReln(w, relation).stream().anyMatch(c -> words.contains(c.word().toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code w} is a word that can be an auxiliary: a modal, or a form of "be", "have", "do" or "get". */
  private static boolean isAuxiliary(IndexedWord w) {
    return "MD".equals(w.tag()) || AUXILIARY_LEMMAS.contains(w.lemma() == null ? "" : w.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The tense of {@code verb} with its auxiliaries. A verb with no tense of its own borrows one:
   * an infinitive looks ahead from a verb of expecting ("is expected to be sworn in on Sunday")
   * or a future, and a gerund ("would hold elections, starting in March") has its governor's.
   */
  private static Tense tenseOfVerb(SemanticGraph graph, IndexedWord verb) {
    List<IndexedWord> group = new ArrayList<>();
    boolean infinitive = false;
    boolean narrated = false;
    for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
      String rel = e.getRelation().getShortName();
      if ("TO".equals(e.getDependent().tag()) && (rel.equals("mark") || rel.startsWith("aux"))) {
        infinitive = true; // "to" marks the infinitive; it is no auxiliary of tense
      } else if (rel.startsWith("aux") && !isAuxiliary(e.getDependent())) {
        continue; // "A decree published in the Gazette said the vote would be held …": "said" taken for an auxiliary
      } else if (rel.startsWith("aux") || rel.equals("cop") || "due".equalsIgnoreCase(e.getDependent().word())) {
        group.add(e.getDependent()); // aux, aux:pass, cop; and "due" the parser hangs on the verb ("were due to arrive")
      } else if (rel.equals("advmod") && NARRATED.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
        narrated = true;
      }
    }
    if (narrated && group.stream().anyMatch(w -> w.word().equalsIgnoreCase("would"))) {
      return Tense.OTHER; // "who would later resign on Friday": a past told in order, not what was to come
    }
    group.add(verb);
    if (group.size() == 1 && "VBN".equals(verb.tag()) && graph.hasChildWithReln(verb, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT)) {
      return Tense.PAST; // "Bradshaw bused down on Friday": a past tense the tagger took for a participle
    }
    IndexedWord governor = graph.getParent(verb);
    String rel = governor == null ? "" : graph.reln(governor, verb).toString();
    if (rel.equals("acl") && group.size() == 1 && "VBN".equals(verb.tag())) {
      // "a German aid worker kidnapped in April": a passive past, unless it looks ahead ("elections scheduled for March")
      // "a second round planned for June was postponed": what was planned is told from the past of
      // the noun's clause, which may already be behind
      IndexedWord nounVerb = graph.getParent(governor);
      boolean toldAsPast = nounVerb != null && isVerbal(nounVerb.backingLabel()) && tenseOfVerb(graph, nounVerb) == Tense.PAST;
      return !FUTURE_PARTICIPLES.contains(verb.lemma()) ? Tense.PAST : toldAsPast ? Tense.OTHER : Tense.FUTURE;
    }
    if (rel.equals("acl") && group.size() == 1 && "VBG".equals(verb.tag()) && governor.tag().startsWith("NN")) {
      // "would hold elections starting in March" looks ahead with its noun's verb; after a past
      // verb the participle may still lie ahead ("gave them a period ending July 29")
      IndexedWord nounVerb = graph.getParent(governor);
      boolean carried = nounVerb != null && NOUN_LINKS.contains(graph.reln(nounVerb, governor).toString());
      Tense governing = carried && isVerbal(nounVerb.backingLabel()) ? tenseOfVerb(graph, nounVerb) : Tense.OTHER;
      return governing == Tense.FUTURE || governing == Tense.CONDITIONAL ? governing : Tense.OTHER;
    }
    if (rel.equals("advcl") && hasMark(graph, verb, CONDITIONS) && isVerbal(governor.backingLabel())) {
      // "said the strike would continue unless the government presented a plan by Friday": the
      // past of a condition is the reported one of what would follow, which looks ahead
      // not "if the government had listened in December, none of this would have happened": a past that did not come
      boolean counterfactual = perfect(graph, governor) || perfect(graph, verb);
      Tense governing = tenseOfVerb(graph, governor);
      if (!counterfactual && (governing == Tense.FUTURE || governing == Tense.CONDITIONAL)) {
        return governing;
      }
    }
    boolean gerund = group.size() == 1 && "VBG".equals(verb.tag());
    if (gerund && rel.equals("advcl") && hasMark(graph, verb, AT_THE_TIME) && isVerbal(governor.backingLabel())) {
      return tenseOfVerb(graph, governor); // "died while working a shift on Sunday": the time of its governor
    }
    // "would lower the rate twice more, taking it to 6.25% by December": a gerund the parser hung as a bare dep
    boolean borrows = rel.equals("xcomp") || rel.equals("advcl") || rel.equals("ccomp") || rel.equals("dep") && gerund;
    if (governor != null && borrows && isVerbal(governor.backingLabel()) && (infinitive || gerund)) {
      Tense governing = tenseOfVerb(graph, governor);
      if (infinitive && EXPECTED.contains(governor.lemma())) {
        return Tense.FUTURE;
      }
      // what lies ahead of a past verb may be past or still ahead: "agreed to meet on Thursday",
      // "all signs pointed to Obama endorsing Clinton on Thursday"
      // a month after the infinitive of a simple past ("agreed to meet in June") lies ahead; not
      // one told from a time before ("had not been allowed to question him on January 14")
      boolean simplePast = "VBD".equals(governor.tag()) && LOOKS_AHEAD.contains(governor.lemma().toLowerCase(Locale.ROOT)) && !graph.hasChildWithReln(governor, UniversalEnglishGrammaticalRelations.AUX_MODIFIER)
          && !graph.hasChildWithReln(governor, UniversalEnglishGrammaticalRelations.AUX_PASSIVE_MODIFIER);
      if (governing == Tense.PAST && infinitive && ATTEMPTS.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
        return Tense.PAST; // "people who tried to hold a rally on Sunday evening": an attempt made is as past as its verb
      }
      return governing != Tense.PAST ? governing : infinitive && simplePast ? Tense.LATER : Tense.OTHER;
    }
    group.sort(Comparator.comparingInt(IndexedWord::index));
    return tenseOf(group.stream().map(IndexedWord::backingLabel).toList());
  }

  /** The tense of the verb group before the mention, else of the one after it. */
  private static Tense tenseNear(List<CoreLabel> tokens, int mentionBegin, int mentionEnd) {
    int before = -1;
    int after = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (isVerbal(t) && t.endPosition() <= mentionBegin) {
        before = i;
      } else if (isVerbal(t) && t.beginPosition() >= mentionEnd && after < 0) {
        after = i;
      }
    }
    int last = before >= 0 ? before : after;
    if (last < 0) {
      return Tense.OTHER;
    }
    if (before >= 0 && toldUntil(tokens, mentionBegin, tokens.get(before).lemma())) {
      return Tense.OTHER; // "a curfew was imposed until Sunday", as on the parse ({@link #tenseOfHead})
    }
    int first = last;
    if (before >= 0) {
      while (first > 0 && (isVerbal(tokens.get(first - 1)) || isAdverb(tokens.get(first - 1)))) {
        first--;
      }
    } else {
      while (last + 1 < tokens.size() && (isVerbal(tokens.get(last + 1)) || isAdverb(tokens.get(last + 1)))) {
        last++;
      }
    }
    return tenseOf(tokens.subList(first, last + 1));
  }

  private static Tense tenseOf(List<CoreLabel> group) {
    boolean be = false;
    boolean wasBe = false;
    boolean have = false;
    for (CoreLabel t : group) {
      String word = t.word().toLowerCase(Locale.ROOT);
      String lemma = t.lemma() == null ? word : t.lemma();
      if (FUTURE_WORDS.contains(word) || ("going".equals(word) && group.size() > 1)) {
        return Tense.FUTURE;
      }
      if ("would".equals(word)) {
        return Tense.CONDITIONAL;
      }
      boolean expected = FUTURE_PARTICIPLES.contains(lemma) || "due".equals(word);
      if (be && expected && !"VBD".equals(t.tag()) && (!wasBe || EXPECTED.contains(lemma) || "due".equals(word))) {
        return Tense.FUTURE;
      }
      if ("VBD".equals(t.tag()) && !"be".equals(lemma)) {
        return Tense.PAST;
      }
      if (have && "VBN".equals(t.tag())) {
        return Tense.PAST;
      }
      if ("be".equals(lemma)) {
        wasBe |= "VBD".equals(t.tag()); // "was killed on Monday", "were arrested": past, unless "was expected"
        be = true;
      }
      have |= HAVE.contains(word);
    }
    return wasBe ? Tense.PAST : Tense.OTHER;
  }

  private static boolean isVerbal(CoreLabel t) {
    String tag = t.tag();
    return tag != null && (tag.startsWith("VB") || "MD".equals(tag)
        || ("JJ".equals(tag) && "due".equalsIgnoreCase(t.word())));
  }

  private static boolean isAdverb(CoreLabel t) {
    return t.tag() != null && (t.tag().startsWith("RB") || "TO".equals(t.tag()));
  }
}
