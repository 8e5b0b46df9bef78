package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsclaims.extract.numeric.HarmWords.Harm;
import io.newsclaims.extract.numeric.HarmWords.Kind;
import java.util.Locale;
import java.util.Set;

/**
 * The harm of an amount that a toll or a sum of people stands at: a toll's own harm ("death
 * toll", "injury toll"), a verb that sets a toll to the amount ("put the death toll at 40"), the
 * people that "the number of" counts ("the number of people killed") and the level verb after
 * such a sum, read from the words where the parser gets it wrong ("the number of people injured
 * rose to 30"). Kept apart from {@link HarmLinker}, which decides when an amount is a level.
 * Immutable and thread-safe.
 */
final class HarmLevels {
  /** Words of a sum that counts people: "the number of people killed", "the total of injured". */
  private static final Set<String> SUMS = Set.of("number", "total", "tally", "count");
  /** Words between a level verb's preposition and its amount: "has risen to a new record 120 million". */
  private static final Set<String> RECORD = Set.of("a", "an", "new", "record", "all-time");
  /** Prepositions between a level verb and its amount: "has risen to 45", "stands at 30". */
  private static final Set<String> LEVEL_PREPOSITIONS = Set.of("to", "at");
  /** How many words the "number of" of a toll may stand before its level verb, past a long phrase on the people. */
  private static final int SUM_REACH = 16;

  private final HarmWords harms;
  private final HarmModifiers modifiers;

  HarmLevels(HarmWords harms, HarmModifiers modifiers) {
    this.harms = harms;
    this.modifiers = modifiers;
  }

  /**
   * The harm of an amount that ends a level verb whose subject is a sum of harmed people, read
   * from the words because the parser rarely gets this shape right: "the number of people
   * killed in the floods has risen to 45", "the number of people injured rose to 30" (the
   * parser takes "injured" for the verb and "rose" for its object). {@code start} is the
   * amount's first token. Null when the words before it are not of that shape.
   */
  String sumOfPeople(Deps deps, int start) {
    int v = start - 1;
    while (v > 0 && deps.node(v) != null && RECORD.contains(deps.node(v).word().toLowerCase(Locale.ROOT))) {
      v--; // "has risen to a record 120 million"
    }
    IndexedWord prep = deps.node(v);
    boolean leveled = prep != null && LEVEL_PREPOSITIONS.contains(prep.word().toLowerCase(Locale.ROOT));
    if (leveled) {
      v--;
    }
    IndexedWord verb = deps.node(v);
    String set = leveled ? setSum(deps, v) : null;
    if (set != null) {
      return set;
    }
    Harm level = verb == null ? null : harms.of(verb);
    if (level == null || level.kind() != Kind.LEVEL || !verb.tag().startsWith("VB") && !verb.tag().equals("NNS")) {
      return null; // "stands" may be tagged as a plural noun
    }
    // "the number of people forced to flee war, persecution and violence around the world has risen to …"
    for (int of = v - 1; of > 0 && of >= v - SUM_REACH; of--) {
      IndexedWord w = deps.node(of);
      IndexedWord sum = deps.node(of - 1);
      IndexedWord noun = deps.node(of + 1);
      IndexedWord harmed = deps.node(of + 2);
      if (w == null || sum == null || noun == null || harmed == null || !w.word().equalsIgnoreCase("of")
          || !SUMS.contains(sum.word().toLowerCase(Locale.ROOT)) || noun.tag() == null || !noun.tag().startsWith("NN")) {
        continue;
      }
      Harm h = harms.of(harmed);
      IndexedWord to = deps.node(of + 3);
      IndexedWord after = deps.node(of + 4);
      if (h == null && to != null && after != null && to.word().equalsIgnoreCase("to") && HarmModifiers.participleTag(harmed)) {
        Harm then = harms.of(after); // "the number of people forced to flee"
        boolean flee = then != null && then.kind() == Kind.INTRANS && !deps.negated(after);
        return flee && harms.personOk(then, noun) ? then.category() : null;
      }
      boolean shape = h != null && (h.kind() == Kind.STATE || h.kind() == Kind.TRANS && HarmModifiers.participleTag(harmed));
      return shape && !deps.negated(harmed) && harms.personOk(h, noun) ? h.category() : null;
    }
    return null;
  }

  /**
   * "put the number of people killed at about 140": a verb sets a sum whose people and their harm
   * participle stand right before the preposition of the amount, at token {@code participle}; read
   * from the words, as the parser hangs the amount on the participle or elsewhere. Null for another shape.
   */
  private String setSum(Deps deps, int participle) {
    IndexedWord harmed = deps.node(participle);
    IndexedWord noun = deps.node(participle - 1);
    IndexedWord of = deps.node(participle - 2);
    IndexedWord sum = deps.node(participle - 3);
    if (harmed == null || noun == null || of == null || sum == null || !of.word().equalsIgnoreCase("of")
        || !SUMS.contains(sum.word().toLowerCase(Locale.ROOT)) || noun.tag() == null || !noun.tag().startsWith("NN")) {
      return null;
    }
    IndexedWord setter = deps.node(participle - 4);
    if (setter != null && setter.tag().equals("DT")) {
      setter = deps.node(participle - 5); // "put the number of …"
    }
    Harm h = harms.of(harmed);
    boolean shape = setter != null && setter.tag().startsWith("VB") && h != null && h.kind() == Kind.TRANS
        && HarmModifiers.participleTag(harmed) && !deps.negated(harmed);
    return shape && harms.personOk(h, noun) ? h.category() : null;
  }

  /**
   * The harm of a bare amount that a verb sets a harm noun to: "put the death toll at 40",
   * "raising the toll to 85", "took the number of dead to 50". The harm noun is the verb's
   * object, the amount its oblique after "at" or "to". Null otherwise.
   */
  String setLevel(Deps deps, IndexedWord x, IndexedWord verb, String r, IndexedWord counted) {
    boolean level = counted == null && r.equals("obl") && deps.hasAnyCase(x, LEVEL_PREPOSITIONS);
    IndexedWord g = level ? setterOfSum(deps, verb, x) : verb;
    IndexedWord object = level ? countedSubject(deps, deps.child(g, "obj")) : null;
    Harm h = object == null ? null : harms.of(object);
    if (level && object == null) {
      return countedPeople(deps, deps.child(g, "obj")); // "bringing to 67 the number of people who have died"
    }
    // "put the number of injured at 14": a harm participle as the noun the sum counts
    boolean ofParticiple = h != null && h.kind() == Kind.TRANS && !object.equals(deps.child(g, "obj"))
        && (HarmModifiers.participleTag(object) || "JJ".equals(object.tag()));
    return h != null && (h.kind() == Kind.NOUN || h.kind() == Kind.STATE || ofParticiple) ? tollCategory(deps, object, h) : null;
  }

  /**
   * The verb that sets a sum, when the parser hung the level on the participle inside the sum:
   * "bring the number of people killed in avalanches since October | to 19"; else {@code g}.
   */
  private static IndexedWord setterOfSum(Deps deps, IndexedWord g, IndexedWord level) {
    IndexedWord people = deps.rel(g).equals("acl") ? deps.parent(g) : null;
    IndexedWord sum = people == null || !deps.rel(people).equals("nmod") ? null : deps.parent(people);
    IndexedWord setter = sum == null || !deps.rel(sum).equals("obj") ? null : deps.parent(sum);
    return setter != null && setter.index() < level.index() ? setter : g;
  }

  /**
   * The harm noun that a level verb with no subject of its own lost to a relative clause before
   * it: "the death toll from a landslide that buried a village climbed to 31", which the parser
   * reads as "buried … climbed". Walks up from the verb, joined loosely ("dep"), through the
   * clause to the noun it hangs on; null when no harm noun stands there before the verb.
   */
  IndexedWord lostSubject(Deps deps, IndexedWord verb) {
    if (deps.child(verb, "nsubj") != null || !deps.rel(verb).equals("dep")) {
      return null;
    }
    IndexedWord w = deps.parent(verb);
    for (int hops = 0; w != null && hops < 4; hops++, w = deps.parent(w)) {
      if (toll(deps, w, verb)) {
        return w;
      }
      IndexedWord from = deps.child(w, "case"); // "the death toll from a fire that …": the parser may hang "fire" elsewhere
      IndexedWord beforeFrom = from == null ? null : deps.node(Deps.index(from) - 1);
      if (beforeFrom != null && from.word().equalsIgnoreCase("from") && toll(deps, beforeFrom, verb)) {
        return beforeFrom;
      }
    }
    return null;
  }

  private boolean toll(Deps deps, IndexedWord w, IndexedWord verb) {
    Harm h = harms.of(w);
    return h != null && h.kind() == Kind.NOUN && !h.category().equals("-") && w.index() < verb.index() && !deps.negated(w);
  }

  /** The subject, or what it counts when it is "the number of dead", "the total of injured". */
  IndexedWord countedSubject(Deps deps, IndexedWord subject) {
    if (subject == null || harms.of(subject) != null) {
      return subject;
    }
    for (SemanticGraphEdge e : deps.children(subject)) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().equals("nmod") && deps.hasCase(d, "of") && harms.of(d) != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The harm of the people that a "number of" or "total of" subject counts, when a harm word
   * modifies them ("the number of people killed", "the number of Britons dead or missing");
   * null otherwise.
   */
  String countedPeople(Deps deps, IndexedWord subject) {
    if (subject == null) {
      return null;
    }
    for (SemanticGraphEdge e : deps.children(subject)) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().equals("nmod") && deps.hasCase(d, "of") && d.index() > subject.index()) {
        String modified = modifiers.fromModifiers(deps, d);
        if (modified != null) {
          return modified;
        }
        // "the number of people forced to flee": the parser may hang the participle on "number"
        for (SemanticGraphEdge a : deps.children(subject)) {
          Harm h = a.getRelation().toString().startsWith("acl") && a.getDependent().index() > d.index()
              ? modifiers.forcedTo(deps, a.getDependent()) : null;
          if (h != null && harms.personOk(h, d)) {
            return h.category();
          }
        }
        return null;
      }
    }
    return null;
  }

  /** A toll's category comes from what it counts: "death toll" killed, "injury toll" injured. */
  String tollCategory(Deps deps, IndexedWord noun, Harm h) {
    for (SemanticGraphEdge e : deps.children(noun)) {
      Harm m = harms.of(e.getDependent());
      if (e.getRelation().toString().equals("compound") && m != null && !m.category().equals("-")) {
        return m.category();
      }
    }
    return h.category();
  }
}
