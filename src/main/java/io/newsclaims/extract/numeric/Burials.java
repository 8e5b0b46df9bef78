package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;

/**
 * People that people bury are dead: "we have buried 38 people", "families buried 12 relatives".
 * A burial verb ({@code burial} in models/harm-words.txt) counts its active object as killed only
 * when people are its subject; a landslide or the mud that "buried 20 people" may have buried
 * them alive, and "believed to be buried" is a fate of the missing (flag raised).
 */
final class Burials {
  /** Pronouns that stand for people as a subject; not "it". */
  private static final Set<String> PEOPLE_PRONOUNS = Set.of("i", "we", "they", "he", "she", "you");

  private final HarmWords harms;

  Burials(HarmWords harms) {
    this.harms = harms;
  }

  /** "killed" when {@code counted} are people that people bury, else null. */
  String category(Deps deps, IndexedWord counted) {
    IndexedWord part = counted == null ? null : deps.parent(counted);
    // "We buried 71 of them": the number of a part of the people a pronoun stands for
    boolean ofThem = counted != null && "PRP".equals(counted.tag()) && "they".equalsIgnoreCase(Deps.lemma(counted))
        && deps.hasCase(counted, "of") && part != null && "CD".equals(part.tag());
    if (counted == null || !harms.isPeople(counted) && !ofThem) {
      return null;
    }
    IndexedWord x = ofThem ? part : counted;
    while (deps.rel(x).equals("conj") && deps.parent(x) != null) {
      x = deps.parent(x);
    }
    IndexedWord verb = deps.parent(x);
    if (verb == null || !deps.rel(x).equals("obj") || !harms.buries(verb.lemma()) || deps.negated(verb)) {
      return null;
    }
    IndexedWord subject = deps.child(verb, "nsubj");
    boolean people = subject != null && ("PRP".equals(subject.tag())
        ? PEOPLE_PRONOUNS.contains(subject.word().toLowerCase(Locale.ROOT)) : harms.isPeople(subject));
    return people ? "killed" : null;
  }
}
