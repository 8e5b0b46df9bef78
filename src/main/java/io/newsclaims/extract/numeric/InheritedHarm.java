package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives an amount of people that names part or the rest of a casualty figure before it in the
 * sentence that figure's harm: "killed 558 people, including 50 children and 94 women",
 * "at least 15 members of one family, medics said, among them five children", "3.5 million
 * people have been displaced, about 1 million of them in Rakhine", "Of the 251 people taken
 * captive, 111 remain in Gaza", "three were killed in Jenin and two others in Tulkarm". Read from the words, because the parser rarely hangs such an
 * amount on the harm word. Immutable and thread-safe.
 */
final class InheritedHarm {
  /**
   * An amount found earlier in the sentence: its first token, the token after it and its
   * counted noun, and its casualty category (null when it is none).
   */
  record Found(int start, int end, String category) {}

  /** Words that may stand between a subset marker and a later amount of its list: "including 50 children and 94 women". */
  private static final Set<String> LIST_TAGS = Set.of("CD", "NN", "NNS", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "CC", ",", "DT");
  private static final Set<String> LIST_WORDS = Set.of("than", "at", "of");
  private static final int LIST_REACH = 10;
  /** Words that end the stretch after an amount in which a verb of its own would stand. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ":");
  /** Verbs after a fronted "Of the 251 people taken captive," by which the rest are still so: "111 remain". */
  private static final Set<String> STILL = Set.of("remain", "stay");

  private final HarmWords harms;

  InheritedHarm(HarmWords harms) {
    this.harms = harms;
  }

  /**
   * The category of the amount over tokens [{@code start}, {@code end}) counting
   * {@code counted} (may be null; {@code numbered}: the amount has a value, it is not vague), given the {@code found} category of its own words (may be
   * null) and the casualty figures {@code earlier} in its sentence. "among them" and "of them"
   * name the earlier figure and outrank the amount's own reading; "including" and a fronted
   * "Of the …" only fill in a missing one.
   */
  String category(List<CoreLabel> tokens, int start, int end, IndexedWord counted, boolean numbered, List<Found> earlier,
      String found) {
    if (earlier.isEmpty() || !people(counted)) {
      return found;
    }
    int marker = marker(tokens, start);
    if (marker >= 0) {
      // "among them five children" names the whole; a later member of the list keeps its own reading
      boolean among = tokens.get(marker).word().equalsIgnoreCase("among") && marker + 2 == start;
      String whole = before(earlier, marker);
      return whole != null && (among || found == null) ? whole : found;
    }
    boolean ofThem = end + 1 < tokens.size() && tokens.get(end).word().equalsIgnoreCase("of")
        && Set.of("them", "whom").contains(tokens.get(end + 1).word().toLowerCase(Locale.ROOT));
    // a vague part ("several of them in critical condition") adds no figure to the whole
    if (ofThem && numbered && start > 0 && tokens.get(start - 1).word().equals(",")) {
      String whole = before(earlier, start);
      // "six refugees, four of them children, were killed": with no verb or harm word of its own the
      // part is the whole's, not what its apposition to the whole's noun reads ("refugees");
      // "four of them died", "48 of them fatal" keep their own
      boolean own = found != null && ownHarm(tokens, end);
      return whole != null && !own ? whole : found; // "3.5 million displaced, about 1 million of them in Rakhine"
    }
    if (found != null) {
      return found;
    }
    String rest = rest(tokens, start, end, earlier);
    return rest != null ? rest : gapped(tokens, start, end, counted, earlier);
  }

  /** Whether a verb, a modal or a harm word stands from token {@code from} to the next comma or the sentence's end. */
  private boolean ownHarm(List<CoreLabel> tokens, int from) {
    for (int i = from; i < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(i).word()); i++) {
      CoreLabel t = tokens.get(i);
      String lemma = t.lemma() == null ? t.word() : t.lemma();
      if (verbal(t) || harms.get(lemma.toLowerCase(Locale.ROOT), t.word()) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean verbal(CoreLabel t) {
    return t.tag() != null && (t.tag().startsWith("VB") || t.tag().equals("MD"));
  }

  /**
   * "three men were killed in Jenin and two others in Tulkarm": "and" with an amount of others
   * and no verb of its own after it leaves out the verb of the casualty figure before it.
   */
  private static String gapped(List<CoreLabel> tokens, int start, int end, IndexedWord counted, List<Found> earlier) {
    if (counted == null || !"other".equalsIgnoreCase(counted.lemma()) || start == 0
        || !tokens.get(start - 1).word().equalsIgnoreCase("and")) {
      return null;
    }
    for (int i = end; i < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(i).word()); i++) {
      if (verbal(tokens.get(i))) {
        return null; // "and two others escaped": a verb of their own
      }
    }
    return before(earlier, start);
  }

  /**
   * The token of "including" or of "among" in "among them" that opens the list the amount at
   * {@code start} stands in, right after a comma; -1 when there is none.
   */
  private static int marker(List<CoreLabel> tokens, int start) {
    for (int i = start - 1; i >= 1 && i >= start - LIST_REACH; i--) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (w.equals("including") && tokens.get(i - 1).word().equals(",")) {
        return i;
      }
      if ((w.equals("them") || w.equals("whom")) && i >= 2 && tokens.get(i - 1).word().equalsIgnoreCase("among")
          && tokens.get(i - 2).word().equals(",")) {
        return i - 1;
      }
      String tag = tokens.get(i).tag();
      if (!LIST_TAGS.contains(tag) && !LIST_WORDS.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Of the 251 people taken captive that day, 111 remain in Gaza": the amount right after a
   * fronted "Of" phrase holding a casualty figure, followed by "remain" or "are still".
   */
  private static String rest(List<CoreLabel> tokens, int start, int end, List<Found> earlier) {
    if (start < 2 || !tokens.get(0).word().equalsIgnoreCase("of") || !tokens.get(start - 1).word().equals(",") || end >= tokens.size()) {
      return null;
    }
    for (int i = 1; i < start - 1; i++) {
      if (tokens.get(i).word().equals(",")) {
        return null; // the comma before the amount must close the fronted phrase
      }
    }
    CoreLabel next = tokens.get(end);
    boolean still = STILL.contains(lemma(next))
        || "be".equals(lemma(next)) && end + 1 < tokens.size() && tokens.get(end + 1).word().equalsIgnoreCase("still");
    return still ? before(earlier, start) : null;
  }

  /** The category of the last amount that starts before token {@code limit}, or null when it is no casualty. */
  private static String before(List<Found> earlier, int limit) {
    String category = null;
    for (Found f : earlier) {
      if (f.start() < limit) {
        category = f.category();
      }
    }
    return category;
  }

  /** No noun, a pronoun ("of them"), or a noun for people or kin: "five children", not "12 schools". */
  private boolean people(IndexedWord counted) {
    if (counted == null || "PRP".equals(counted.tag())) {
      return true;
    }
    return harms.isPeople(counted);
  }

  private static String lemma(CoreLabel t) {
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }
}
