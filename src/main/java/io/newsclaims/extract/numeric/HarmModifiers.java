package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsclaims.extract.numeric.HarmWords.Harm;
import io.newsclaims.extract.numeric.HarmWords.Kind;

/**
 * The harm that words on the counted noun give it: a harm adjective or participle before or
 * after it ("12 wounded soldiers", "12 people killed", "the 49 people killed on Thursday"), a
 * relative clause ("people who died") or a participle that forces people into a harm ("people
 * forced to flee"). Kept apart from {@link HarmLinker}, which also reads the verbs and nouns
 * that govern the amount. Immutable and thread-safe.
 */
final class HarmModifiers {
  private final HarmWords harms;

  HarmModifiers(HarmWords harms) {
    this.harms = harms;
  }

  /** "12 wounded soldiers", "12 people killed", "people still being held", "people who died". */
  String fromModifiers(Deps deps, IndexedWord counted) {
    for (SemanticGraphEdge e : deps.children(counted)) {
      String r = e.getRelation().toString();
      IndexedWord m = e.getDependent();
      Harm h = r.startsWith("acl") && harms.of(m) == null ? forcedTo(deps, m) : harms.of(m);
      if (h == null || deps.negated(m)) {
        continue;
      }
      // "five who were hospitalized": a bare number counts people, as for any harm verb
      if (!harms.personOk(h, "CD".equals(counted.tag()) ? null : counted)) {
        continue;
      }
      if (r.equals("amod") && h.kind() == Kind.STATE
          || (r.startsWith("acl") || r.equals("amod")) && h.kind() == Kind.TRANS && "VBN".equals(m.tag())
          || r.startsWith("acl") && h.kind() == Kind.INTRANS
          || r.startsWith("acl") && h.kind() == Kind.STATE) {
        return h.kind() == Kind.TRANS ? HarmLinker.heldByAuthority(deps, m, counted, h.category()) : h.category(); // "suspects being held"
      }
    }
    // "the families of the seven men still in captivity": a place of custody right after the noun,
    // whatever noun the parser hung it on; not a place with a determiner ("people in the prison")
    int at = Deps.index(counted) + 1;
    while (deps.node(at) != null && deps.node(at).tag().startsWith("RB")) {
      at++;
    }
    IndexedWord in = deps.node(at);
    IndexedWord place = in == null || !in.word().equalsIgnoreCase("in") ? null : deps.parent(in);
    Harm custody = place == null ? null : harms.of(place);
    if (custody != null && custody.inOnly() && harms.placePrepositions(place).contains("in") && custody.kind() == Kind.STATE
        && deps.rel(in).equals("case") && deps.child(place, "nmod:poss") == null
        && deps.child(place, "det") == null && harms.personOk(custody, counted)) {
      return HarmLinker.held(custody, deps, place);
    }
    // "relatives of the 49 people killed on Thursday": a harm participle right after the noun,
    // whatever the parser attached it to
    // ("with 23,000 people killed": the tagger may even read a past tense)
    IndexedWord next = deps.node(Deps.index(counted) + 1);
    Harm h = next == null || !counted.tag().startsWith("NN") ? null : harms.of(next);
    if (h != null && h.kind() == Kind.TRANS && participle(deps, next) && !deps.negated(next) && harms.personOk(h, counted)) {
      return h.category();
    }
    return null;
  }

  /**
   * The intransitive harm a participle forces people into: "people forced to flee", "families
   * made to flee"; null otherwise. The caller treats it as a harm participle on the people.
   */
  Harm forcedTo(Deps deps, IndexedWord participle) {
    IndexedWord then = participleTag(participle) ? deps.child(participle, "xcomp") : null;
    Harm h = then == null || deps.negated(then) ? null : harms.of(then);
    return h != null && h.kind() == Kind.INTRANS ? new Harm(h.category(), Kind.STATE, h.needsPerson(), false, false, h.needsKin(), false, h.needsNoun()) : null;
  }

  static boolean participleTag(IndexedWord w) {
    return "VBN".equals(w.tag()) || "VBD".equals(w.tag());
  }

  /** A "-ed" form with no object after it: "killed" in "49 people killed on Thursday", not in "12 men killed a guard". */
  private static boolean participle(Deps deps, IndexedWord w) {
    if (!participleTag(w) || deps.child(w, "obj") != null) {
      return false;
    }
    IndexedWord after = deps.node(Deps.index(w) + 1);
    String tag = after == null || after.tag() == null ? "" : after.tag();
    return !(tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("DT") || tag.equals("CD"));
  }
}
