package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.Set;

/**
 * Repairs one parser slip of coordinated clauses: the subject of a second, passive clause taken
 * for a conjunct of a noun of the first ("six people were arrested for blocking a road and one
 * officer was treated for minor injuries", "police detained 60 demonstrators and hundreds of
 * families were evacuated"), or of a state after "be" ("killed 14 people in Spain and nine others
 * are missing"), its verb left with no subject, also in the perfect when the parser hung the verb
 * on that same noun ("are children under five, and two of them have died"); or of a range or an
 * amount after a cue ("said between 31 and 35 people had died", "said about 6,500 residents had
 * been moved"), taken for the cue's oblique. The amount right before the auxiliary becomes
 * that verb's (passive) subject, in a copy of the graph (the parse other stages read stays as it
 * is). Stateless and thread-safe.
 */
final class OrphanSubjects {
  /** Relations inside an amount's noun phrase, walked up from its last word to its head. */
  private static final Set<String> INSIDE = Set.of("nmod", "nummod", "compound", "amod");

  /** Words of an amount the parser may read as a preposition: "between 31 and 35 people", "about 6,500 residents". */
  private static final Set<String> RANGE_CASES = Set.of("between", "about", "around", "over");

  /** Relations by which the parser hangs a second clause's verb on a noun of the first. */
  private static final Set<String> LOOSE = Set.of("dep", "conj");

  /** Tags of a state word that "be" joins to its subject: "missing", "dead", "homeless". */
  private static final Set<String> STATES = Set.of("VBG", "JJ");

  private OrphanSubjects() {}

  /** The auxiliary or copula "be" of {@code v}, or null. */
  private static IndexedWord be(Deps deps, IndexedWord v) {
    IndexedWord aux = deps.child(v, "aux") != null ? deps.child(v, "aux") : deps.child(v, "cop");
    return aux != null && "be".equalsIgnoreCase(aux.lemma()) ? aux : null;
  }

  /**
   * {@code graph}, or a repaired copy when a passive verb has an amount conjunct as its lost
   * subject; {@code numbers} holds the 0-based indices of the sentence's number words.
   */
  static SemanticGraph repair(SemanticGraph graph, Set<Integer> numbers) {
    SemanticGraph g = graph;
    Deps deps = new Deps(graph);
    for (IndexedWord v : graph.vertexListSorted()) {
      IndexedWord lost = lostSubject(deps, v, numbers);
      if (lost == null) {
        continue;
      }
      if (g == graph) {
        g = new SemanticGraph(graph);
      }
      IndexedWord verb = g.getNodeByIndexSafe(v.index()); // the copy's own vertices
      IndexedWord amount = g.getNodeByIndexSafe(lost.index());
      g.removeEdge(g.getEdge(g.getParent(amount), amount));
      g.addEdge(verb, amount, deps.child(v, "aux:pass") != null ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
          : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
    }
    return g;
  }

  /**
   * The head of the amount right before the passive auxiliary or the "be" of subject-less verb or state {@code v},
   * when the parser made it a conjunct of an earlier word; null otherwise.
   */
  private static IndexedWord lostSubject(Deps deps, IndexedWord v, Set<Integer> numbers) {
    if (deps.child(v, "nsubj") != null || deps.child(v, "nsubj:pass") != null) {
      return null;
    }
    // a passive ("… was treated"), or a state after a form of "be" ("and nine others are missing")
    IndexedWord aux = "VBN".equals(v.tag()) ? deps.child(v, "aux:pass") : STATES.contains(v.tag()) ? be(deps, v) : null;
    IndexedWord perfect = "VBN".equals(v.tag()) && aux == null ? deps.child(v, "aux") : null;
    aux = aux != null ? aux : perfect; // "said between 31 and 35 people had died": "between" read as a preposition of "said"
    IndexedWord have = deps.child(v, "aux");
    IndexedWord first = have != null && aux != null && have.index() < aux.index() ? have : aux; // "had been moved": the amount stands before "had"
    IndexedWord w = aux == null || aux.index() > v.index() ? null : deps.node(first.index() - 2);
    while (w != null && INSIDE.contains(deps.rel(w)) && deps.parent(w).index() < w.index()) {
      w = deps.parent(w); // "hundreds of families": from "families" up to "hundreds"
    }
    // "said between 31 and 35 people had died", "said about 6,500 residents had been moved": the qualifier read as a preposition
    boolean between = w != null && deps.rel(w).equals("obl") && deps.hasAnyCase(w, RANGE_CASES) && deps.parent(w).equals(deps.parent(v));
    // "children, and two of them have died": a perfect whose amount and verb both hang on the same earlier word
    boolean sibling = w != null && perfect != null && deps.rel(w).equals("conj") && LOOSE.contains(deps.rel(v))
        && deps.parent(w).equals(deps.parent(v));
    if (w == null || !(deps.rel(w).equals("conj") && (perfect == null || sibling) || between) || w.index() > v.index()) {
      return null;
    }
    // a number word ("one", "hundreds") or a noun with one ("one officer")
    IndexedWord number = deps.child(w, "nummod");
    boolean amount = numbers.contains(w.index() - 1) || number != null && numbers.contains(number.index() - 1);
    return amount ? w : null;
  }
}
