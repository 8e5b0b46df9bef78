package io.newsclaims.extract.quote;

import io.newsclaims.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a description that refers back ("the spokesman", "the refugee chief", "the UAE
 * foreign ministry") fits a referent's name and role: its head noun in the right number, its
 * office qualifiers and its capitalised words. Stateless and thread-safe; used by
 * {@link Sources} to find a nominal's antecedent.
 */
final class Descriptions {
  /** Nouns for whoever heads a body: "the refugee chief" stands for the person named with an office in that field ({@code models/leader-nouns.txt}). */
  private static final Set<String> LEADER_NOUNS = Lexicon.load("leader-nouns.txt").entries();

  /** Number words that count a described group: "the two parties". */
  private static final Set<String> COUNT_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "both");

  private Descriptions() {}

  /**
   * Whether noun {@code h} is the head of the name or role of a referent ({@code kind} as
   * {@code Sources} records it, {@code many} whether its name is plural); {@code said}: the
   * description's words, {@code plural} whether its head is plural.
   */
  static boolean describes(String referent, String kind, String role, boolean many, String h, List<String> said, boolean plural) {
    String[] name = referent.toLowerCase(Locale.ROOT).split(" for ")[0].split("\\s+"); // "spokesman for UKIP": the spokesman
    if (!"NOUN".equals(kind)) {
      for (String w : name) {
        if (sameNoun(w, h, plural, many)) {
          return true;
        }
      }
      if (LEADER_NOUNS.contains(h) && "PERSON".equals(kind) && role != null && fieldOf(role, said.subList(0, Math.max(0, said.indexOf(h))))) {
        return true; // "the refugee chief": the person named with an office in refugees
      }
    } else if (headed(name, h, said, plural, many) && sameCount(name, said)) {
      return true;
    }
    // "the metropolis" is not its "president of the metropolis": the role's words before its complement
    return role != null && headed(SourceWords.ROLE_PREPOSITION.split(role.toLowerCase(Locale.ROOT), 2)[0].trim().split("\\s+"), h, said, plural, many);
  }

  /**
   * The capitalised words that {@code description} puts before its head {@code h}, lower-cased:
   * "uae" of "UAE foreign ministry", "foreign" of "Foreign Ministry"; not possessives.
   */
  static List<String> names(String description, String h) {
    List<String> out = new ArrayList<>();
    for (String w : description.split("\\s+")) {
      if (w.equalsIgnoreCase(h)) {
        break;
      }
      if (!w.contains("'") && !w.contains("\u2019") && Character.isUpperCase(w.charAt(0))) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * Whether each of {@code names}, the capitalised words of a description before its head, is a
   * word of the organisation's {@code name} or {@code role}, shares its stem ("Russian", "Russia") or is its
   * acronym ("BLM", "Black Lives Matter"): an organisation of another country or field
   * ("the UAE foreign ministry" after "Russia's Defence Ministry") is another one.
   */
  static boolean namesIn(String name, String role, List<String> names) {
    List<String> own = new ArrayList<>(List.of(name.toLowerCase(Locale.ROOT).split("[\\s'\u2019]+")));
    if (role != null) {
      own.addAll(List.of(role.toLowerCase(Locale.ROOT).split("[\\s'\u2019]+")));
    }
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("\\s+")) {
      String word = w.replaceAll("^\\P{L}+", ""); // "‘Black Lives Matter’"
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(Character.toLowerCase(word.charAt(0)));
      }
    }
    for (String w : names) {
      if (!w.equals(initials.toString()) && own.stream().noneMatch(o -> sameStem(o, w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a name that spells out its field with head noun {@code h} holds each of
   * {@code fields}, the common nouns a description puts before its head: "the transport
   * ministry" is not the "Ministry of Economy, Trade and Industry", "the health ministry" is the
   * "Ministry of Health"; a name without {@code h} ("Xinhua" for "the news agency") says nothing.
   */
  static boolean fieldsIn(String name, String h, List<String> fields) {
    List<String> own = List.of(name.toLowerCase(Locale.ROOT).split("[\\s,'\u2019]+"));
    return fields.isEmpty() || !own.contains(h) || fields.stream().allMatch(f -> own.stream().anyMatch(o -> sameStem(o, f)));
  }

  /** Whether {@code words} ("refugee" of "the refugee chief") are not none and all words of {@code role} or share their stems. */
  private static boolean fieldOf(String role, List<String> words) {
    List<String> own = List.of(role.toLowerCase(Locale.ROOT).split("\\s+"));
    return !words.isEmpty() && words.stream().allMatch(w -> own.stream().anyMatch(o -> sameStem(o, w)));
  }

  /** Whether two words are one or share a stem of five letters or more ("refugee", "refugees"; "Russia", "Russian"). */
  private static boolean sameStem(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return a.equals(b) || (n >= 5 && (n == a.length() || n == b.length()));
  }

  /**
   * Whether a description and a referent that both count their noun count the same: "the two
   * parties" is not "seven parties", though either is "the parties".
   */
  private static boolean sameCount(String[] name, List<String> said) {
    String a = count(List.of(name));
    String b = count(said);
    return a == null || b == null || a.equals(b);
  }

  /** The first number among {@code words}, as written ("two", "14"); null if none. */
  private static String count(List<String> words) {
    return words.stream().filter(w -> COUNT_WORDS.contains(w) || w.matches("\\d[\\d,]*")).findFirst()
        .map(w -> w.equals("both") ? "two" : w).orElse(null);
  }

  /** Whether the last of {@code words} is noun {@code h}, with no office qualifier before it that {@code said} lacks. */
  private static boolean headed(String[] words, String h, List<String> said, boolean plural, boolean many) {
    int last = words.length - 1;
    if (last < 0 || !sameNoun(words[last], h, plural, many)) {
      return false;
    }
    return last == 0 || !SourceWords.isOfficeQualifier(words[last - 1]) || said.contains(words[last - 1]);
  }

  /**
   * Whether written word {@code w} of a referent, plural or not as {@code many} says, is noun
   * {@code h} in the number {@code plural} asks: "the groups" → "14 Palestinian groups", "the
   * party" not "the main parties", "the officials" not "a former official". Any "spokes-" word is
   * a spokesperson, but not one of the other gender: "the spokeswoman" after "a spokesman" is
   * someone else.
   */
  private static boolean sameNoun(String w, String h, boolean plural, boolean many) {
    if (h.startsWith("spokes")) {
      Genders.Gender of = Genders.ofWord(w);
      Genders.Gender said = Genders.ofWord(h);
      return w.startsWith("spokes") && (of == null || said == null || of == said);
    }
    if (!plural) {
      return w.equals(h);
    }
    return (w.equals(h) && many) || w.equals(h + "s") || w.equals(h + "es") || (h.endsWith("y") && w.equals(h.substring(0, h.length() - 1) + "ies"));
  }
}
