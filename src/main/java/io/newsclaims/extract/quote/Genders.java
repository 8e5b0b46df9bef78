package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Adds the grammatical gender of the people a document names, learnt from the document itself
 * and from no list of first names: a title before a mention ("Mrs. Clinton", "Mr. Sanders")
 * and the first personal pronoun after a mention in its sentence, past a verb and with no
 * other person, object pronoun or quotation mark between ("Ann Roe said she …", "Tom Lee left
 * his post"; not "Ann Roe, his deputy, …" nor "Ann Roe thanked him"). Each mention
 * votes for its name; a full name also takes the votes of a short form that fits no other full
 * name. Lets "he" and "she" skip people of the other gender, and "Mrs. Clinton" pick Hillary
 * over Bill Clinton. Holds per-document state: build one per document, in one thread.
 */
final class Genders {
  /** Grammatical gender; {@code null} stands for unknown. */
  enum Gender {
    MALE,
    FEMALE
  }

  private static final Map<String, Gender> TITLES = Map.of("mr", Gender.MALE, "mrs", Gender.FEMALE, "ms", Gender.FEMALE,
      "miss", Gender.FEMALE, "sir", Gender.MALE, "madam", Gender.FEMALE);
  private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
  /** A title says more than one pronoun, which may be about someone else. */
  private static final int TITLE_WEIGHT = 3;

  /** Votes by name as mentioned: positive for male, negative for female. */
  private final Map<String, Integer> votes = new HashMap<>();
  private final List<String> fullNames = new ArrayList<>();

  Genders(List<CoreMap> sentences) {
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int i = 0;
      while (i < tokens.size()) {
        if (!"PERSON".equals(tokens.get(i).ner())) {
          i++;
          continue;
        }
        Gender title = titleBefore(tokens, i);
        if (title == null && i + 1 < tokens.size() && titleBefore(tokens, i + 1) != null) {
          title = titleBefore(tokens, i + 1); // the tagger may count the title in the name: "Mrs. Clinton"
          i++;
        }
        int end = i;
        while (end < tokens.size() && "PERSON".equals(tokens.get(end).ner())) {
          end++;
        }
        String name = name(tokens, i, end);
        fullNames.add(name);
        if (title != null) {
          vote(name, title, TITLE_WEIGHT);
        }
        Gender pronoun = pronounAfter(tokens, end);
        if (pronoun != null) {
          vote(name, pronoun, 1);
        }
        i = end;
      }
    }
  }

  /** The gender the title right before token {@code first} gives ("Mrs.", "Mr"), or null. */
  static Gender titleBefore(List<CoreLabel> tokens, int first) {
    if (first < 1) {
      return null;
    }
    String w = tokens.get(first - 1).word().toLowerCase(Locale.ROOT);
    return TITLES.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
  }

  /** The gender of the document's evidence for person {@code name}; null when none or even. */
  Gender of(String name) {
    List<String> words = List.of(name.split("\\s+"));
    int sum = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      List<String> short_ = List.of(e.getKey().split("\\s+"));
      if (e.getKey().equals(name) || (words.containsAll(short_) && onlyFit(short_, name))) {
        sum += e.getValue();
      }
    }
    return sum > 0 ? Gender.MALE : sum < 0 ? Gender.FEMALE : null;
  }

  /** Whether person {@code name} can be referred to by pronoun {@code pronoun} ("he", "she"): its gender is not the other. */
  boolean fits(String name, String pronoun) {
    Gender g = of(name);
    Gender p = MALE_PRONOUNS.contains(pronoun) ? Gender.MALE : FEMALE_PRONOUNS.contains(pronoun) ? Gender.FEMALE : null;
    return g == null || p == null || g == p;
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

  private void vote(String name, Gender g, int weight) {
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
      if (t.tag().startsWith("PRP") && !verb) {
        return null; // before the verb, as in "Ann Roe, his deputy,": someone else's
      }
      if (t.tag().startsWith("PRP")) {
        return MALE_PRONOUNS.contains(w) ? Gender.MALE : FEMALE_PRONOUNS.contains(w) ? Gender.FEMALE : null;
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
