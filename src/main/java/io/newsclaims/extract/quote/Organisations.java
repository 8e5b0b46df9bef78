package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

  /** Words after a short form that join another name to it rather than lengthen it. */
  private static final Set<String> JOINERS = Set.of("and", "&", "or", ",", "/");

  private record Mention(int position, String name) {}

  private final List<Mention> names = new ArrayList<>();

  Organisations(List<CoreMap> sentences) {
    for (CoreMap sentence : sentences) {
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) {
        continue;
      }
      for (CoreMap m : mentions) {
        List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
        if ("ORGANIZATION".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))
            && mt.stream().anyMatch(t -> t.tag().startsWith("NNP"))) {
          names.add(new Mention(mt.get(0).beginPosition(), m.get(CoreAnnotations.TextAnnotation.class)));
        }
      }
    }
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
