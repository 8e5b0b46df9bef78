package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.text.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Adds the grammatical gender of the people a document names. Marked evidence first: a title,
 * role or kin word before a mention ("Mrs. Clinton", "spokeswoman Ann Roe", also a proper noun
 * the tagger left untagged after such a title, "Ms Sturgeon") or a given name
 * that opens it ("Maria Lopez"), from the short lists {@code models/gender-words.txt} and
 * {@code models/given-names.txt}. Else what the document says: the first personal pronoun
 * after a mention in its sentence, past a verb and with no other person, object pronoun or
 * quotation mark between ("Ann Roe said she …", "Tom Lee left his post"; not "Ann Roe, his
 * deputy, …" nor "Ann Roe thanked him") — weaker, as "Tom Lee said she …" may be about his
 * wife. Each mention votes for its name; a full name also takes the votes of a short form that
 * fits no other full name. Lets "he" and "she" skip people of the other gender, and "Mrs.
 * Clinton" pick Hillary over Bill Clinton. Holds per-document state: build one per document,
 * in one thread.
 */
final class Genders {
  /** Grammatical gender; {@code null} stands for unknown. */
  enum Gender {
    MALE,
    FEMALE
  }

  /** Titles, role and kin nouns with their gender ({@code models/gender-words.txt}). */
  private static final Map<String, Gender> WORDS = load("gender-words.txt");
  /** Given names with their gender ({@code models/given-names.txt}). */
  private static final Map<String, Gender> GIVEN = load("given-names.txt");
  private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
  /** A title says more than a given name, which some people of either gender wear. */
  private static final int TITLE_WEIGHT = 3;
  private static final int NAME_WEIGHT = 2;

  /** Votes of titles and given names by name as mentioned: positive for male, negative for female. */
  private final Map<String, Integer> marked = new HashMap<>();
  /** Votes of the pronouns after a name, likewise. */
  private final Map<String, Integer> pronouns = new HashMap<>();
  /** Genders found so far by name (an absent key: not asked yet since the last vote); emptied by every vote. */
  private final Map<String, Gender> known = new HashMap<>();
  private final List<String> fullNames = new ArrayList<>();

  Genders(List<CoreMap> sentences) {
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int i = 0;
      while (i < tokens.size()) {
        boolean untagged = untaggedAfterTitle(tokens, i); // "Ms Sturgeon", which the tagger left untagged
        if (!"PERSON".equals(tokens.get(i).ner()) && !untagged) {
          i++;
          continue;
        }
        Gender title = titleBefore(tokens, i);
        if (title == null && i + 1 < tokens.size() && titleBefore(tokens, i + 1) != null) {
          title = titleBefore(tokens, i + 1); // the tagger may count the title in the name: "Mrs. Clinton"
          i++;
        }
        int end = i;
        while (end < tokens.size() && ("PERSON".equals(tokens.get(end).ner()) || (untagged && untaggedName(tokens.get(end))))) {
          end++;
        }
        String name = name(tokens, i, end);
        fullNames.add(name);
        if (title != null) {
          vote(marked, name, title, TITLE_WEIGHT);
        }
        Gender given = end - i > 1 ? GIVEN.get(tokens.get(i).word().toLowerCase(Locale.ROOT)) : null;
        if (given != null) {
          vote(marked, name, given, NAME_WEIGHT); // "Maria Lopez", not "Lord" alone
        }
        Gender pronoun = pronounAfter(tokens, end);
        if (pronoun != null) {
          vote(pronouns, name, pronoun, 1);
        }
        i = end;
      }
    }
  }

  /** Whether token {@code i} is a proper noun with no name tag right after a title of a gender: "Ms Sturgeon". */
  private static boolean untaggedAfterTitle(List<CoreLabel> tokens, int i) {
    return untaggedName(tokens.get(i)) && i > 0 && tokens.get(i - 1).tag().startsWith("NNP") && titleBefore(tokens, i) != null;
  }

  private static boolean untaggedName(CoreLabel t) {
    return t.tag().startsWith("NNP") && "O".equals(t.ner());
  }

  /** The gender the title, role or kin word right before token {@code first} gives ("Mrs.", "Mr", "spokeswoman"), or null. */
  static Gender titleBefore(List<CoreLabel> tokens, int first) {
    return first < 1 ? null : ofWord(tokens.get(first - 1).word());
  }

  private static Map<String, Gender> load(String file) {
    Map<String, Gender> words = new HashMap<>();
    for (String line : Lexicon.load(file).lines()) {
      String[] cols = line.split("\\t");
      if (cols.length != 2 || !cols[1].matches("[mf]")) {
        throw new IllegalStateException(file + ": expected 'word<TAB>m|f', got '" + line + "'");
      }
      words.put(cols[0].toLowerCase(Locale.ROOT), cols[1].equals("m") ? Gender.MALE : Gender.FEMALE);
    }
    return Map.copyOf(words);
  }

  /** The gender of the document's evidence for person {@code name}, marked evidence first; null when none or even. */
  Gender of(String name) {
    if (known.containsKey(name)) {
      return known.get(name);
    }
    Gender titled = titled(name);
    if (titled != null) {
      known.put(name, titled); // "Mr Smith", the title tagged as part of the name: male, whoever else is a Smith
      return titled;
    }
    int sum = sum(marked, name);
    if (sum == 0) {
      sum = sum(pronouns, name);
    }
    Gender g = sum > 0 ? Gender.MALE : sum < 0 ? Gender.FEMALE : null;
    known.put(name, g);
    return g;
  }

  private int sum(Map<String, Integer> votes, String name) {
    List<String> words = List.of(name.split("\\s+"));
    int sum = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      List<String> short_ = List.of(e.getKey().split("\\s+"));
      // a short form's evidence counts for the one full name that holds it, and the other way:
      // "Colonel Amadou Sangaré … He did not say" makes the later "Sangaré said" male too
      if (e.getKey().equals(name) || (words.containsAll(short_) && onlyFit(short_, name)) || (short_.containsAll(words) && onlyFit(words, e.getKey()))) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  /**
   * Whether person {@code name} has no marked evidence of gender (a title, a role or kin word, a
   * listed given name): only what the pronouns after it said, if anything.
   */
  boolean unmarked(String name) {
    return titled(name) == null && sum(marked, name) == 0;
  }

  /** The gender of a title that the NER tagged as part of name {@code name} ("Mr Smith"), or null. */
  private static Gender titled(String name) {
    return name.indexOf(' ') > 0 ? ofWord(name.substring(0, name.indexOf(' '))) : null;
  }

  /** Whether person {@code name} can be referred to by pronoun {@code pronoun} ("he", "she"): its gender is not the other. */
  boolean fits(String name, String pronoun) {
    Gender g = of(name);
    Gender p = ofPronoun(pronoun);
    return g == null || p == null || g == p;
  }

  /** Counts the gender that {@code role} gives ("spokeswoman", "his wife") as marked evidence for person {@code name}. */
  void described(String name, String role) {
    if (role == null) {
      return;
    }
    for (String w : role.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
      Gender g = WORDS.get(w);
      if (g != null) {
        vote(marked, name, g, TITLE_WEIGHT);
        known.clear();
        return;
      }
    }
  }

  /** Whether a person described by {@code role} ("spokeswoman", "his wife") can be referred to by {@code pronoun}. */
  static boolean roleFits(String role, String pronoun) {
    Gender p = ofPronoun(pronoun);
    if (role == null || p == null) {
      return true;
    }
    for (String w : role.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
      Gender g = WORDS.get(w);
      if (g != null && g != p) {
        return false;
      }
    }
    return true;
  }

  /** The gender that title, role or kin word {@code word} gives ("Mrs.", "son", "actress"); null for any other word. */
  static Gender ofWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WORDS.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
  }

  /** The gender of the first gendered word of {@code phrase} ("her pop star son": male); null if none. */
  static Gender ofPhrase(String phrase) {
    for (String w : phrase.split("[\\s-]+")) {
      Gender g = ofWord(w);
      if (g != null) {
        return g;
      }
    }
    return null;
  }

  /** Whether {@code word} is a given name of {@code models/given-names.txt}: "Mark". */
  static boolean isGivenName(String word) {
    return GIVEN.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The gender of a personal pronoun ("he", "her"); null for any other word. */
  static Gender ofPronoun(String pronoun) {
    String w = pronoun.toLowerCase(Locale.ROOT);
    return MALE_PRONOUNS.contains(w) ? Gender.MALE : FEMALE_PRONOUNS.contains(w) ? Gender.FEMALE : null;
  }

  /** Whether no full name in the document other than {@code name} holds every word of {@code short_}. */
  private boolean onlyFit(List<String> short_, String name) {
    for (String f : fullNames) {
      List<String> fw = List.of(f.split("\\s+"));
      if (!f.equals(name) && fw.size() > short_.size() && fw.containsAll(short_) && !List.of(name.split("\\s+")).containsAll(fw)) {
        return false;
      }
    }
    return true;
  }

  private static void vote(Map<String, Integer> votes, String name, Gender g, int weight) {
    votes.merge(name, g == Gender.MALE ? weight : -weight, Integer::sum);
  }

  /** The first personal pronoun from token {@code from} to the sentence's end, before any other person or quotation mark. */
  private static Gender pronounAfter(List<CoreLabel> tokens, int from) {
    boolean verb = false;
    for (int k = from; k < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if ("PERSON".equals(t.ner()) || t.tag().equals("``") || t.tag().equals("''")) {
        return null;
      }
      if (t.tag().equals("PRP") && (w.equals("him") || w.equals("her"))) {
        return null; // an object is mostly someone else: "Ann Roe thanked him"
      }
      verb |= t.tag().startsWith("VB") || t.tag().equals("MD");
      if (verb && t.tag().equals("NN") && SourceWords.namesPerson(t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT))) {
        return null; // "Ioana Dragomir wrote that the engineer had spoken to his wife": the engineer's
      }
      if (t.tag().startsWith("PRP") && !verb) {
        return null; // before the verb, as in "Ann Roe, his deputy,": someone else's
      }
      if (t.tag().startsWith("PRP")) {
        return ofPronoun(w);
      }
    }
    return null;
  }

  private static String name(List<CoreLabel> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from && tokens.get(k).beginPosition() > tokens.get(k - 1).endPosition()) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).originalText());
    }
    return sb.toString();
  }
}
