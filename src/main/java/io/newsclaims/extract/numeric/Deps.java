package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small reads of a basic dependency graph, by 0-based token index. */
final class Deps {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "none", "nobody");

  private final SemanticGraph graph;

  Deps(SemanticGraph graph) {
    this.graph = graph;
  }

  /** The node of token {@code i} (0-based), or null when the parser dropped it. */
  IndexedWord node(int i) {
    return graph.getNodeByIndexSafe(i + 1);
  }

  /** The lower-case lemma of {@code w}, its word when it has none. */
  static String lemma(IndexedWord w) {
    return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
  }

  static int index(IndexedWord w) {
    return w.index() - 1;
  }

  /** Every word of the sentence's graph. */
  Iterable<IndexedWord> words() {
    return graph.vertexSet();
  }

  IndexedWord parent(IndexedWord w) {
    return w == null ? null : graph.getParent(w);
  }

  /** The relation from w's parent to w ("nsubj:pass"), or "root". */
  String rel(IndexedWord w) {
    IndexedWord p = graph.getParent(w);
    return p == null ? "root" : graph.reln(p, w).toString();
  }

  List<SemanticGraphEdge> children(IndexedWord w) {
    return graph.outgoingEdgeList(w);
  }

  /** The first child of w over relation {@code rel}, or null. */
  IndexedWord child(IndexedWord w, String rel) {
    for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
      if (e.getRelation().toString().equals(rel)) {
        return e.getDependent();
      }
    }
    return null;
  }

  /** True when w has a {@code case} dependent {@code word}: the "of" of "three of the groups". */
  boolean hasCase(IndexedWord w, String word) {
    return hasCaseAfter(w, word, 0);
  }

  /**
   * True when w has a {@code case} dependent {@code word} at token {@code from} (0-based) or
   * later: the "of" of "three of the groups", not of "of the 10 countries".
   */
  boolean hasCaseAfter(IndexedWord w, String word, int from) {
    for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().equals("case") && d.word().equalsIgnoreCase(word) && index(d) >= from) {
        return true;
      }
    }
    return false;
  }

  /** True when w has a {@code case} dependent that is one of {@code words}. */
  boolean hasAnyCase(IndexedWord w, Set<String> words) {
    for (String word : words) {
      if (hasCase(w, word)) {
        return true;
      }
    }
    return false;
  }

  /** True when w has a negating dependent: "not", "never", "no" ("no one", "were not killed"). */
  boolean negated(IndexedWord w) {
    for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
      String r = e.getRelation().toString();
      boolean negRel = r.equals("neg") || r.equals("advmod") || r.equals("det");
      if (negRel && NEGATORS.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** True when the verb has a perfect auxiliary ("have killed": active, so its subject did the harm). */
  boolean perfect(IndexedWord verb) {
    for (SemanticGraphEdge e : graph.outgoingEdgeList(verb)) {
      if (e.getRelation().toString().equals("aux") && e.getDependent().lemma().equalsIgnoreCase("have")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when edge {@code e} hangs a passive verb with no subject after {@code object}: the parser
   * took that verb's subject for {@code object}, the object of the verb above ("said all eight
   * people on board | were killed", "said 41 of them | were being treated").
   */
  boolean orphanPassive(SemanticGraphEdge e, IndexedWord object) {
    return orphanPassive(e.getDependent(), object);
  }

  /** {@link #orphanPassive(SemanticGraphEdge, IndexedWord)} for verb {@code v} as hung on its parent. */
  boolean orphanPassive(IndexedWord v, IndexedWord object) {
    String rel = rel(v);
    return (rel.equals("dep") || rel.equals("ccomp")) && v.index() > object.index() && child(v, "aux:pass") != null
        && child(v, "nsubj:pass") == null && child(v, "nsubj") == null;
  }

  /** True when the verb is progressive: a present participle with "be" for its auxiliary ("is holding"). */
  boolean progressive(IndexedWord verb) {
    return "VBG".equals(verb.tag()) && graph.outgoingEdgeList(verb).stream().anyMatch(
        e -> e.getRelation().toString().equals("aux") && e.getDependent().lemma().equalsIgnoreCase("be"));
  }
}
