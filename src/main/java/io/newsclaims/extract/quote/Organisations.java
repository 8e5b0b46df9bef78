package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds the fullest form the document gives an organisation's name: an acronym is the one
 * organisation whose capitalised words it spells ("IDS" → "Incomes Data Services", "ONS" →
 * "Office for National Statistics"), and a short form is the one longer name named before it
 * that starts with its words ("Cairn" → "Cairn Energy", "Krispy Kreme" → "Krispy Kreme
 * Doughnuts"). Two candidates leave the name as it is. Holds per-document state: build one per
 * document.
 */
final class Organisations {
  /** Words an acronym skips: "Office for National Statistics" is ONS. */
  private static final Set<String> SKIPPED = Set.of("of", "for", "the", "and", "&", "on", "in", "de");

  /** The articles that open an apposition describing a name ("Zorggroep Meridiaan, a Dutch hospital group"). */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** Words after a short form that join another name to it rather than lengthen it. */
  private static final Set<String> JOINERS = Set.of("and", "&", "or", ",", "/");

  /** Words that join an organisation's place or field to its name: "Alliance of Hungarians in Romania". */
  private static final Set<String> PLACED = Set.of("in", "of", "on", "for");

  private record Mention(int position, String name) {}

  private final List<Mention> names = new ArrayList<>();
  /** Names tagged as persons that an apposition calls an organisation ("Zorggroep Meridiaan, a Dutch hospital group,"), and their last words. */
  private final Set<String> described = new HashSet<>();

  Organisations(List<CoreMap> sentences) {
    for (CoreMap sentence : sentences) {
      describedAsBodies(sentence.get(CoreAnnotations.TokensAnnotation.class));
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) {
        continue;
      }
      for (CoreMap m : mentions) {
        List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
        if ("ORGANIZATION".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))
            && mt.stream().anyMatch(t -> t.tag().startsWith("NNP"))) {
          names.add(new Mention(mt.get(0).beginPosition(), m.get(CoreAnnotations.TextAnnotation.class)));
          String whole = placed(sentence.get(CoreAnnotations.TokensAnnotation.class), mt.get(0).index() - 1, mt.get(mt.size() - 1).index());
          if (whole != null) {
            names.add(new Mention(Integer.MIN_VALUE, whole)); // the name its acronym gives it, wherever the short form is written
          }
        }
      }
    }
  }

  /** Finds person-tagged names followed by ", a/an/the …NOUN," whose noun is one for a company or body. */
  private void describedAsBodies(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!"PERSON".equals(tokens.get(i).ner()) || (i > 0 && "PERSON".equals(tokens.get(i - 1).ner()))) {
        continue;
      }
      int end = i;
      while (end < tokens.size() && "PERSON".equals(tokens.get(end).ner())) {
        end++;
      }
      int k = end + 1;
      if (end >= tokens.size() || !tokens.get(end).word().equals(",") || k >= tokens.size()
          || !ARTICLES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      k++;
      while (k + 1 < tokens.size() && tokens.get(k + 1).tag().matches("NN|NNS|JJ|NNP|HYPH") && !tokens.get(k).word().equals(",")) {
        k++;
      }
      CoreLabel head = k < tokens.size() ? tokens.get(k) : null;
      boolean closed = k + 1 >= tokens.size() || tokens.get(k + 1).word().matches("[,.;]|that|which");
      if (head != null && head.tag().startsWith("NN") && closed && SourceWords.isOrganisationNoun(head.lemma())) {
        String name = MentionText.text(tokens, i, end);
        described.add(name);
        described.add(tokens.get(end - 1).word());
        names.add(new Mention(tokens.get(i).beginPosition(), name));
      }
    }
  }

  /**
   * Whether {@code name}, tagged as a person's, is an organisation's: the document describes it
   * (or a name it ends) as a company or body in an apposition.
   */
  boolean describedAsBody(String name) {
    return described.contains(name);
  }

  /**
   * The whole name of the organisation named by tokens [from, to) when the place or field after
   * it is given one acronym with it: "the Democratic Alliance of Hungarians in Romania (UDMR)",
   * "the U.N. mission in South Sudan, known as UNMISS" (a body noun may come first); null if none.
   */
  private static String placed(List<CoreLabel> tokens, int from, int to) {
    int k = to;
    if (k < tokens.size() && tokens.get(k).tag().equals("NN") && Character.isLowerCase(tokens.get(k).word().charAt(0))
        && SourceWords.isBody(tokens.get(k).lemma() == null ? tokens.get(k).word() : tokens.get(k).lemma())) {
      k++; // "U.N. mission"
    }
    if (k >= tokens.size() || !PLACED.contains(tokens.get(k).word())) {
      return null;
    }
    int end = ++k;
    while (end < tokens.size() && tokens.get(end).tag().startsWith("NNP") && Character.isUpperCase(tokens.get(end).word().charAt(0))) {
      end++;
    }
    if (end == k || !acronymAt(tokens, end)) {
      return null;
    }
    return MentionText.text(tokens, from, end);
  }

  /** Whether an acronym is given at token {@code k}: "(UDMR)" or ", known as AFAD". */
  private static boolean acronymAt(List<CoreLabel> tokens, int k) {
    if (k + 2 < tokens.size() && tokens.get(k).word().matches("\\(|-LRB-") && tokens.get(k + 2).word().matches("\\)|-RRB-")) {
      return tokens.get(k + 1).word().matches("[A-Z]{2,8}");
    }
    return k + 3 < tokens.size() && tokens.get(k).word().equals(",") && tokens.get(k + 1).word().equals("known")
        && tokens.get(k + 2).word().equals("as") && tokens.get(k + 3).word().matches("[A-Z]{2,8}");
  }

  /** The fullest form of organisation name {@code name} mentioned at {@code position}; the name itself if none or two. */
  String fullest(String name, int position) {
    Set<String> fits = new LinkedHashSet<>();
    if (name.matches("[A-Z]{2,6}")) {
      for (Mention m : names) {
        if (name.equals(initials(m.name))) {
          fits.add(m.name);
        }
      }
    } else {
      List<String> words = List.of(name.split("\\s+"));
      for (Mention m : names) {
        List<String> longer = List.of(m.name.split("\\s+"));
        if (m.position < position && longer.size() > words.size() && longer.subList(0, words.size()).equals(words)
            && !JOINERS.contains(longer.get(words.size()))) { // not "Facebook and Twitter" for "Facebook"
          fits.add(m.name);
        }
      }
    }
    return fits.size() == 1 ? fits.iterator().next() : name;
  }

  /** The initials of the capitalised words of {@code name} ("Office for National Statistics" → "ONS"); "" if any word is lower-case and not skipped. */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty() || SKIPPED.contains(w)) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return "";
      }
      sb.append(w.charAt(0));
    }
    return sb.length() > 1 ? sb.toString() : "";
  }
}
