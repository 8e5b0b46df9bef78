package io.newsclaims.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.text.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which of SUTime's date mentions only look like dates: places in a run of days ("now in
 * its sixth day", "at the last minute"), names that hold a month, day or
 * season word ("Theresa May", "Jan Egeland", "USA TODAY", "My Summer of Love") or a year ("Euro 2004"), the common words
 * "march" and "may", plural parts of the day ("two nights of violence"), a season or part of the
 * day used as a plain noun ("the fall came", "a tough night", "the dawn of the conflict"), and so
 * a feast ("a normal Christmas", "Christmas sales"),
 * daylight and twilight, places named by a season ("Colorado Springs"), ratios ("four to one")
 * and words the NER tags as a name ("Lawrence H. Summers", "the SEC", which SUTime reads as
 * "this second"), "second" or "minute" as an adjective ("a second bid"), and ages ("The
 * 47-year-old later returned"). Stateless and thread-safe.
 */
final class DateLookalikes {
  private static final Pattern WEEKDAY = Pattern.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
  private static final Pattern MONTH = Pattern.compile(
      "January|February|March|April|May|June|July|August|September|October|November|December");
  private static final Pattern MONTH_OR_ABBREVIATION = Pattern.compile(
      MONTH.pattern() + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec");
  private static final Pattern LOWERCASE_MONTH = Pattern.compile("march|may");
  private static final Pattern DEICTIC = Pattern.compile("(?i)today|tonight|tomorrow|yesterday");
  private static final Pattern SEASON = Pattern.compile("(?i)spring|summer|autumn|fall|winter");
  /** The forms of "fall" and "spring" that SUTime may read as a season: as verbs, none ({@link #seasonVerb}). */
  private static final Pattern SEASON_VERB = Pattern.compile("(?i)spring|springs|fall|falls");
  private static final Pattern PART_OF_DAY = Pattern.compile("(?i)" + CalendarWords.PARTS_OF_DAY + "|" + CalendarWords.POINTS_OF_DAY);
  /** A feast that, like a season, is also a plain noun: "a normal Christmas", "Christmas sales", "Christmas has been tough". */
  private static final Pattern HOLIDAY = Pattern.compile("(?i)christmas|easter|thanksgiving");
  private static final Pattern PLURAL_PERIOD = Pattern.compile("(?i)mornings|afternoons|evenings|nights|weekends");
  /** Light of day with no day of its own: "in broad daylight", the film "Twilight". */
  private static final Pattern LIGHT = Pattern.compile("(?i)(broad\\s+)?(daylight|twilight)");
  /**
   * A place in a run of days or years, not on the calendar: "now in its sixth day", "into a third
   * day", "for the fifth month running", "at the last minute" (SUTime counts the first from the
   * document date).
   */
  private static final Pattern PLACE_IN_SEQUENCE = Pattern.compile("(?i)((the|a|an|its|their|his|her|our)\\s+)?"
      + "((first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(st|nd|rd|th))\\s+(day|night|week|month|year)"
      + "|(last|final)\\s+(minute|second))");
  /** Words before a bare "weekend" that make it a place in a run: "opening weekend", "the first weekend". */
  private static final Pattern RUN_OPENING = Pattern.compile("(?i)opening|first|second|third");
  /** An age, which SUTime joins to a "later" after it: "The 47-year-old later returned". */
  private static final Pattern AGE = Pattern.compile("(?i)\\d+-year-old");
  /**
   * An offset by an amount with no number, which points at no day, month or year: "a few years
   * ago", "a couple of weeks later", "days later" ("two years ago", "six months later" stay).
   */
  private static final Pattern VAGUE_OFFSET = Pattern.compile(
      "(?i)((a\\s+)?(few|couple\\s+of)\\s+|several\\s+|many\\s+)?(days|weeks|months|years|decades)\\s+(ago|later|earlier)");
  /** A season in the plural with a capital is a place's name: "Colorado Springs", "Niagara Falls". */
  private static final Pattern PLACE_SEASON = Pattern.compile("Springs|Falls");
  private static final Pattern NUMBER_OR_TO = Pattern.compile("(?i)to|about|some|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+");
  /** Relations by which a season or part of the day is a thing, not a time: "the fall came", "autumn internationals". */
  private static final Set<String> NOUN_ROLES = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "compound");
  private static final Lexicon TIME_WORDS = Lexicon.load("time-triggers.txt");
  /** Words that make the number after them a name: "Resolution 1701", "Flight 2024". */
  private static final Lexicon NAME_WORDS = Lexicon.load("number-names.txt");
  /** Units of time that are also adjectives: "second" (the ordinal), "minute" (tiny). */
  private static final Pattern UNIT_ADJECTIVE = Pattern.compile("(?i)second|minute");
  private static final Pattern INDEFINITE = Pattern.compile("(?i)an?");
  private static final Set<String> LINKS = Set.of("and", "or", ",");
  /** Words newspapers are named by: "The Mail on Sunday", "The Independent on Sunday". */
  private static final Lexicon NEWSPAPER_WORDS = Lexicon.load("newspaper-words.txt");
  /** NER tags of names: a date's own words are tagged DATE or TIME, never one of these. */
  private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION");

  private DateLookalikes() {}

  /** True when the mention of the sentence is no date. */
  static boolean matches(CoreMap sentence, CoreMap mention) {
    String text = mention.get(CoreAnnotations.TextAnnotation.class);
    if (PLURAL_PERIOD.matcher(text).matches() || LIGHT.matcher(text).matches() || PLACE_IN_SEQUENCE.matcher(text).matches()
        || AGE.matcher(text).find() || VAGUE_OFFSET.matcher(text).matches()) {
      return true;
    }
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int first = -1;
    int last = -1;
    boolean ratio = true;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() >= Spans.begin(mention) && t.endPosition() <= Spans.end(mention)) {
        first = first < 0 ? i : first;
        last = i;
        ratio &= NUMBER_OR_TO.matcher(t.word()).matches();
        if (LOWERCASE_MONTH.matcher(t.word()).matches() || PLACE_SEASON.matcher(t.word()).matches() || NAME_TAGS.contains(t.ner())) {
          return true; // "along the march route", "this may be", "Colorado Springs", "Lawrence H. Summers"
        }
      }
    }
    if (first < 0) {
      return false;
    }
    if (tokens.subList(first, last + 1).stream().allMatch(t -> "DT".equals(t.tag()))) {
      return true; // "The" of "The SEC", whose name the NER took from SUTime's "this second"
    }
    if (adjective(tokens, first, last)) {
      return true;
    }
    // "prices will fall", "buds spring up", "more than usually falls in the whole month": a verb,
    // not a season; "to fall in 2027", "fall in March" still hold a date of their own
    boolean namedAfter = tokens.subList(first + 1, last + 1).stream().anyMatch(t -> t.word().chars().anyMatch(Character::isDigit)
        || Character.isUpperCase(t.word().charAt(0)));
    if (seasonVerb(tokens.get(first)) && !namedAfter) {
      return true;
    }
    if (first == last && first > 0 && tokens.get(first).word().equalsIgnoreCase("weekend")
        && RUN_OPENING.matcher(tokens.get(first - 1).word()).matches()) {
      return true; // "the film's opening weekend takings", "how it does on the first weekend": a place in a run, not a date
    }
    if (tokens.get(first).word().equalsIgnoreCase("last") && tokens.get(first).tag().startsWith("VB")) {
      return true; // "expected to last two days": a duration after the verb, not "the last two days"
    }
    if (share(tokens, last)) {
      return true; // "A quarter of broadband users": a share of them, not three months
    }
    boolean digits = text.chars().anyMatch(Character::isDigit);
    if (digits && (named(tokens, first) || yearInName(tokens, first, last))) {
      return true;
    }
    return surname(tokens, first, last) || givenName(tokens, first, last) || (ratio && text.contains(" to "))
        || !digits && inName(tokens, first) || anyWeekday(tokens, first, last) || weekdayInName(sentence, tokens, first) || first == last && (indefinite(tokens, first) || plainNoun(sentence, first) || newspaperDay(sentence, first));
  }

  /**
   * Whether the mention ending at token {@code last} is a share of something that is no time:
   * "a quarter of broadband users", "half of the voters"; not "a quarter of an hour", "the
   * first half of 2024", "half of the year".
   */
  private static boolean share(List<CoreLabel> tokens, int last) {
    if (!tokens.get(last).word().matches("(?i)quarter|half|third") || last + 2 >= tokens.size() || !tokens.get(last + 1).word().equals("of")) {
      return false;
    }
    int k = last + 2;
    while (k + 1 < tokens.size() && tokens.get(k).tag().matches("DT|PRP\\$")) {
      k++;
    }
    CoreLabel t = tokens.get(k);
    return !t.tag().equals("CD") && !TIME_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) && !TIME_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT))
        && Set.of("O", "NUMBER").contains(t.ner());
  }

  /**
   * "according to The Mail on Sunday": a Sunday that the parse hangs on a newspaper's word is
   * part of its name; "The Guardian on Monday reported" is a date wherever the parser hangs it.
   */
  private static boolean newspaperDay(CoreMap sentence, int i) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    IndexedWord w = graph == null ? null : graph.getNodeByIndexSafe(i + 1);
    if (w == null || !w.word().equals("Sunday")) {
      return false; // only Sunday papers are named by their day: "The Telegraph on Saturday revealed" is a date
    }
    IndexedWord parent = graph.getParent(w);
    return parent != null && "nmod".equals(graph.reln(parent, w).toString()) && Character.isUpperCase(parent.word().charAt(0))
        && NEWSPAPER_WORDS.contains(parent.word().toLowerCase(Locale.ROOT));
  }

  /**
   * "not an exceptional summer any more", "a long cold winter": a season or part of the day after
   * "a" or "an" (and its adjectives) is a kind of season, not one on the calendar.
   */
  private static boolean indefinite(List<CoreLabel> tokens, int i) {
    if (!plainTime(tokens.get(i).word())) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && (tokens.get(j).tag().startsWith("JJ") || tokens.get(j).tag().startsWith("RB"))) {
      j--;
    }
    return j >= 0 && INDEFINITE.matcher(tokens.get(j).word()).matches();
  }

  /**
   * "if you come on a Friday or Saturday night", "on an average weekday": a week day right after
   * "a" or "an" (or after another day joined to it), or the word "weekday" after them and their
   * adjectives, is any such day, none on the calendar; "in a Friday tweet", "a Sunday night rally"
   * (the day before a noun) and "a mild Monday night" stay dates.
   */
  private static boolean anyWeekday(List<CoreLabel> tokens, int first, int last) {
    if (tokens.subList(first, last + 1).stream().anyMatch(t -> MONTH.matcher(t.word()).matches() || t.word().chars().anyMatch(Character::isDigit))) {
      return false; // "on a Friday in June", "on a Wednesday, January 3, 2018": the month or year is a date
    }
    boolean named = WEEKDAY.matcher(tokens.get(first).word()).matches();
    if (!named && !tokens.get(first).word().equalsIgnoreCase("weekday")
        || last + 1 < tokens.size() && tokens.get(last + 1).tag().startsWith("NN")) {
      return false;
    }
    int j = first - 1;
    if (j >= 1 && LINKS.contains(tokens.get(j).word()) && WEEKDAY.matcher(tokens.get(j - 1).word()).matches()) {
      j -= 2; // "a Friday or Saturday night"
    }
    while (!named && j >= 0 && (tokens.get(j).tag().startsWith("JJ") || tokens.get(j).tag().startsWith("RB"))) {
      j--;
    }
    return j >= 0 && INDEFINITE.matcher(tokens.get(j).word()).matches();
  }

  /**
   * "serialised in the Sunday Telegraph", "GMTV's Sunday Programme": a week day after a determiner
   * or possessive that the parse makes the first part of a compound whose next word is capitalized
   * and no time word is part of a name; "on Sunday Mr Blair said", "Thursday Britain announced"
   * and "Sunday Night" with a capital stay dates.
   */
  private static boolean weekdayInName(CoreMap sentence, List<CoreLabel> tokens, int i) {
    if (!WEEKDAY.matcher(tokens.get(i).word()).matches() || i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).word();
    if (!Character.isUpperCase(next.charAt(0)) || TIME_WORDS.contains(next.toLowerCase(Locale.ROOT))) {
      return false;
    }
    CoreLabel before = i > 0 ? tokens.get(i - 1) : null;
    if (before == null || !"DT".equals(before.tag()) && !"POS".equals(before.tag()) && !"PRP$".equals(before.tag())) {
      return false; // "On Friday Reuters reported", "Thursday Britain announced": a date before the subject
    }
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    IndexedWord w = graph == null ? null : graph.getNodeByIndexSafe(i + 1);
    IndexedWord parent = w == null ? null : graph.getParent(w);
    return parent != null && parent.index() > w.index() && "compound".equals(graph.reln(parent, w).toString());
  }

  /** A season, part of the day or feast: a word that is a time or, by its role, a plain noun. */
  private static boolean plainTime(String word) {
    return SEASON.matcher(word).matches() || PART_OF_DAY.matcher(word).matches() || HOLIDAY.matcher(word).matches();
  }

  /** "fall", "spring" as a verb ("Sales are expected to fall in 2005"): no season. */
  static boolean seasonVerb(CoreLabel t) {
    return SEASON_VERB.matcher(t.word()).matches() && t.tag().startsWith("VB");
  }

  /**
   * "a second bid", "a minute rise": a mention that ends in "second" or "minute" as an adjective
   * before a noun is an ordinal or a size, which SUTime reads as "a second"; "a 30-second ad"
   * and "the second half of 2025" stay.
   */
  private static boolean adjective(List<CoreLabel> tokens, int first, int last) {
    CoreLabel t = tokens.get(last);
    return "JJ".equals(t.tag()) && UNIT_ADJECTIVE.matcher(t.word()).matches() && last + 1 < tokens.size()
        && tokens.get(last + 1).tag().startsWith("NN") && (last == first || !"-".equals(tokens.get(last - 1).word()) && !tokens.get(last - 1).tag().equals("CD"));
  }

  /**
   * "Resolution 1701", "blocks 2371 and 2373": a number after a word of models/number-names.txt
   * (or after another such number and "and") names a thing; it is no year.
   */
  private static boolean named(List<CoreLabel> tokens, int first) {
    int i = first - 1;
    while (i >= 2 && LINKS.contains(tokens.get(i).word()) && tokens.get(i - 1).word().matches("\\d+")) {
      i -= 2; // "blocks 2371 and 2373"
    }
    if (i < 0) {
      return false;
    }
    String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
    return NAME_WORDS.contains(word) || word.endsWith("s") && NAME_WORDS.contains(word.substring(0, word.length() - 1));
  }

  /**
   * A bare year right after a capitalized proper noun that is no month, day or season belongs to a
   * name: "Razor 1911", "Euro 2004", "Mr 2940", "Rescue 1122" (the tagger's common noun, not opening the
   * sentence); "May 2024", "Friday 2024" and "in 2004" stay dates.
   */
  private static boolean yearInName(List<CoreLabel> tokens, int first, int last) {
    CoreLabel before = first > 0 ? tokens.get(first - 1) : null;
    // a capitalized common noun inside the sentence is a name's word too: "according to Rescue 1122"
    boolean nameWord = before != null && ("NNP".equals(before.tag()) || before.tag().startsWith("NN") && first > 1);
    return first == last && tokens.get(first).word().matches("\\d{4}") && nameWord
        && Character.isUpperCase(before.word().charAt(0)) && !MONTH_OR_ABBREVIATION.matcher(before.word()).matches()
        && !WEEKDAY.matcher(before.word()).matches() && !SEASON.matcher(before.word()).matches();
  }

  /**
   * A month name right after a capitalized proper noun is a surname ("Theresa May", "Brian
   * May"), not a date; "in May", "Friday, May 3" and "May 2024" stay dates.
   */
  private static boolean surname(List<CoreLabel> tokens, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (MONTH.matcher(tokens.get(i).word()).matches()) {
        CoreLabel before = i > 0 ? tokens.get(i - 1) : null;
        return before != null && "NNP".equals(before.tag()) && Character.isUpperCase(before.word().charAt(0))
            && !MONTH.matcher(before.word()).matches() && !WEEKDAY.matcher(before.word()).matches();
      }
    }
    return false;
  }

  /** "Jan Egeland", "April Ryan": a month word that opens a name, the next word capitalized and no time word. */
  private static boolean givenName(List<CoreLabel> tokens, int first, int last) {
    if (first + 1 > last || !MONTH_OR_ABBREVIATION.matcher(tokens.get(first).word()).matches()) {
      return false;
    }
    String next = tokens.get(first + 1).word();
    return next.chars().allMatch(Character::isLetter) && Character.isUpperCase(next.charAt(0))
        && !TIME_WORDS.contains(next.toLowerCase(Locale.ROOT));
  }

  /**
   * A capitalized day word right after another word, or a capitalized season right after a
   * capitalized word, belongs to a name ("USA TODAY", "Radio 4's Today programme", "My Summer of
   * Love", "the Arab Spring"); a sentence or a quotation that opens with "Today", "last Summer"
   * and "an expected Spring poll" stay dates.
   */
  private static boolean inName(List<CoreLabel> tokens, int first) {
    for (int i = Math.max(first, 1); i < tokens.size() && i <= first + 1; i++) {
      String word = tokens.get(i).word();
      String before = tokens.get(i - 1).word();
      if (!Character.isUpperCase(word.charAt(0)) || !Character.isLetterOrDigit(before.charAt(0)) && !"POS".equals(tokens.get(i - 1).tag())) {
        continue;
      }
      if (DEICTIC.matcher(word).matches() || SEASON.matcher(word).matches() && Character.isUpperCase(before.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A season or part of the day that the parse makes a thing rather than a time: the subject,
   * object or first part of a compound ("the fall came", "a tough night", "a night table",
   * "the autumn internationals"), a noun with an "of" complement ("the dawn of the
   * conflict"). "The night's results" keeps its date. Unparsed sentences keep their dates.
   */
  private static boolean plainNoun(CoreMap sentence, int i) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    IndexedWord w = graph == null ? null : graph.getNodeByIndexSafe(i + 1);
    if (w == null || !plainTime(w.word())) {
      return false;
    }
    IndexedWord parent = graph.getParent(w);
    if (parent != null && NOUN_ROLES.contains(graph.reln(parent, w).toString())) {
      return true;
    }

    return graph.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("nmod")
        && graph.outgoingEdgeList(e.getDependent()).stream().anyMatch(
            c -> c.getRelation().toString().equals("case") && c.getDependent().word().equalsIgnoreCase("of")));
  }
}
