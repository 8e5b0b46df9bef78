package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import io.newsclaims.extract.numeric.HarmWords.Harm;
import io.newsclaims.extract.numeric.HarmWords.Kind;
import java.util.Set;

/**
 * Phrases that make any verb a killing, which no single word of models/harm-words.txt says:
 * "were crushed to death", "froze to death", "beat two men to death", and suicide, "25 children
 * have taken their own lives". Stateless and thread-safe.
 */
final class FatalIdioms {
  /** Killed, of its object or passive subject: "were crushed to death", "stabbed two men to death". */
  private static final Harm DONE_TO_DEATH = new Harm("killed", Kind.TRANS, true, false, false, false, false, false);
  /** Killed, of its subject: "froze to death", "took their own lives". */
  private static final Harm DIED = new Harm("killed", Kind.INTRANS, true, false, false, false, false, false);

  /** Verbs of feeling that "to death" only intensifies: "bored to death", "scared to death". */
  private static final Set<String> FEELINGS = Set.of("bore", "scare", "frighten", "worry", "tickle", "love", "sick", "tire");

  private FatalIdioms() {}

  /** The killing that verb {@code verb} says through an idiom, or null: the harm word, if any, is then the verb's own. */
  static Harm of(Deps deps, IndexedWord verb) {
    if (verb.tag() == null || !verb.tag().startsWith("VB")) {
      return null;
    }
    boolean toDeath = false;
    for (var e : deps.children(verb)) {
      IndexedWord d = e.getDependent();
      toDeath |= e.getRelation().toString().equals("obl") && "death".equalsIgnoreCase(d.word()) && deps.hasCase(d, "to")
          && deps.child(d, "det") == null && d.index() > verb.index();
    }
    if (toDeath && !FEELINGS.contains(Deps.lemma(verb))) {
      boolean done = deps.child(verb, "obj") != null || deps.child(verb, "aux:pass") != null || "VBN".equals(verb.tag())
          && deps.child(verb, "nsubj") == null;
      return done ? DONE_TO_DEATH : DIED;
    }
    IndexedWord life = deps.child(verb, "obj");
    boolean own = life != null && ("lives".equalsIgnoreCase(life.word()) || "life".equalsIgnoreCase(life.word()))
        && deps.children(life).stream().anyMatch(e -> e.getRelation().toString().equals("amod") && "own".equalsIgnoreCase(e.getDependent().word()));
    return own && "take".equalsIgnoreCase(Deps.lemma(verb)) ? DIED : null;
  }
}
