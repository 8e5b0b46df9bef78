package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsclaims.extract.numeric.HarmWords.Harm;
import io.newsclaims.extract.numeric.HarmWords.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Phrases that make a verb a harm, which no single word of models/harm-words.txt says: a
 * killing, "were crushed to death", "froze to death", "beat two men to death", and suicide, "25
 * children have taken their own lives"; an injury, "12 people needed hospital treatment".
 * Stateless and thread-safe.
 */
final class HarmIdioms {
  /** Killed, of its object or passive subject: "were crushed to death", "stabbed two men to death". */
  private static final Harm DONE_TO_DEATH = new Harm("killed", Kind.TRANS, true, false, false, false, false, false);
  /** Killed, of its subject: "froze to death", "took their own lives". */
  private static final Harm DIED = new Harm("killed", Kind.INTRANS, true, false, false, false, false, false);

  /** Injured, of its subject: "12 people needed hospital treatment". */
  private static final Harm TREATED = new Harm("injured", Kind.INTRANS, true, false, false, false, false, false);
  /** Verbs whose subject is given medical care by their object "treatment": "needed", "received". */
  private static final Set<String> CARE_VERBS = Set.of("need", "require", "receive", "undergo", "get");
  /** What treatment "for" may be for and still be an injury's: "for smoke inhalation", "for cuts"; never an illness's ("for cholera"). */
  private static final Set<String> INJURIES = Set.of("injury", "wound", "burn", "cut", "bruise", "fracture", "inhalation", "shock");

  /** Verbs of feeling that "to death" only intensifies: "bored to death", "scared to death". */
  private static final Set<String> FEELINGS = Set.of("bore", "scare", "frighten", "worry", "tickle", "love", "sick", "tire");

  private HarmIdioms() {}

  /** The harm that verb {@code verb} says through an idiom, or null: the harm word, if any, is then the verb's own. */
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
    if (own && "take".equalsIgnoreCase(Deps.lemma(verb))) {
      return DIED;
    }
    return treated(deps, verb, life) ? TREATED : null;
  }

  /** "needed hospital treatment", "received treatment for cuts": care for an injury, not for an illness ("treatment for cholera"). */
  private static boolean treated(Deps deps, IndexedWord verb, IndexedWord obj) {
    if (obj == null || !"treatment".equalsIgnoreCase(obj.word()) || !CARE_VERBS.contains(Deps.lemma(verb))) {
      return false;
    }
    List<SemanticGraphEdge> phrases = new ArrayList<>(deps.children(obj));
    phrases.addAll(deps.children(verb)); // the parser may hang "for cholera" on the verb
    for (SemanticGraphEdge e : phrases) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().matches("nmod|obl") && deps.hasCase(d, "for") && !INJURIES.contains(Deps.lemma(d))) {
        return false;
      }
    }
    return true;
  }
}
