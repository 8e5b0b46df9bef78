package io.newsclaims.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Tags as proper nouns the capitalised words that the tagger read as verbs inside a name the
 * NER found, before the parse: "The Royal Canadian Mounted Police said …" is tagged
 * "Mounted/VBD", and the parser then makes "Canadian" the subject of "Mounted" and the cue a loose
 * dependent. Only names of two words or more, never a name's first word (a tagged sentence
 * opening such as "Said Ahmed" stays as it is). A capitalised preposition inside a sentence that
 * the NER puts in a name is a word of it too ("Swiss Re said …"), and so is one between two
 * capitalised nouns the NER left untagged, which makes them an organisation's name ("Reporters
 * Without Borders").
 * Stateless and thread-safe.
 */
final class NameTags {
  private static final Set<String> NAMES = Set.of("ORGANIZATION", "PERSON", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  private NameTags() {}

  /** Retags, in place, the verbs inside multi-word names of one sentence's tokens. */
  static void retag(List<CoreLabel> tokens) {
    int i = 0;
    while (i < tokens.size()) {
      String ner = tokens.get(i).ner();
      int j = i + 1;
      while (j < tokens.size() && ner != null && ner.equals(tokens.get(j).ner())) {
        j++;
      }
      if (NAMES.contains(ner)) {
        for (int k = Math.max(i, 1); k < j; k++) {
          CoreLabel t = tokens.get(k);
          boolean verb = t.tag() != null && t.tag().startsWith("VB") && k > i; // not a name's first word
          // "Swiss Re": a capitalised preposition inside a sentence is a word of the name
          boolean preposition = "IN".equals(t.tag());
          if ((verb || preposition) && Character.isUpperCase(t.word().charAt(0))) {
            t.setTag("NNP");
          }
        }
      }
      i = j;
    }
    for (int k = 1; k + 1 < tokens.size(); k++) {
      CoreLabel before = tokens.get(k - 1);
      CoreLabel t = tokens.get(k);
      CoreLabel after = tokens.get(k + 1);
      // "Reporters Without Borders", "Doctors Without Borders": a capitalised preposition between
      // capitalised nouns that the NER left out of any name joins them into an organisation's name
      boolean untagged = "O".equals(before.ner()) && "O".equals(t.ner()) && "O".equals(after.ner());
      if (untagged && "IN".equals(t.tag()) && capitalisedNoun(before) && capitalisedNoun(after)
          && Character.isUpperCase(t.word().charAt(0)) && t.word().length() > 2) {
        for (CoreLabel w : List.of(before, t, after)) {
          w.setTag(w.tag().endsWith("S") && w != t ? "NNPS" : "NNP");
          w.setNER("ORGANIZATION");
        }
      }
    }
  }

  private static boolean capitalisedNoun(CoreLabel t) {
    return t.tag() != null && t.tag().startsWith("NN") && Character.isUpperCase(t.word().charAt(0));
  }
}
