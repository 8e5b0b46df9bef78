package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Set;

/**
 * Where the claim of a quotation inside a reported clause begins: at the start of the clause
 * that holds it when the quoted words are a modifier deep inside it ("said it had hit eight
 * posts with rockets “in response to the killing”" is one statement, direct, from "it had
 * hit"), not at its opening mark; and where a reported clause before a quoted that-clause is a
 * statement of its own. Immutable and thread-safe.
 */
final class QuotedClause {
  /** Relations by which a clause hangs on the word above it. */
  private static final Set<String> CLAUSES = Set.of("ccomp", "conj", "parataxis", "advcl", "xcomp", "root");
  /** Words that open a clause but are no part of what was said: "that", "and", "but". */
  private static final Set<String> OPENERS = Set.of("mark", "cc", "punct");

  private QuotedClause() {}

  /**
   * The UTF-16 begin of the claim of quotation {@code q} (its words from {@code begin}) that
   * {@code r} attributes: the first word of the smallest clause inside {@code r}'s content that
   * holds the quotation's first word, when that clause starts before the quotation with no
   * other quotation between and the quoted words modify a word of the clause rather than being
   * its head, subject, object or predicate ("said the bill was “reckless”" stays the quoted
   * words); {@code begin} otherwise.
   */
  static int begin(Report r, QuoteMarks.Found q, List<QuoteMarks.Found> quotes, int begin) {
    if (r.kind() != Report.Kind.CLAUSE || r.contentBegin() >= q.open() || r.contentEnd() <= q.contentBegin()) {
      return begin;
    }
    SemanticGraph g = r.graph();
    IndexedWord w = wordAt(g, begin);
    if (w == null) {
      return begin;
    }
    IndexedWord parent = g.getParent(w);
    int depth = 0; // steps from the highest word inside the marks to the clause's head
    while (parent != null && parent.beginPosition() >= r.contentBegin() && parent.endPosition() <= r.contentEnd() && !clauseHead(g, w)) {
      depth = w.beginPosition() >= q.open() && w.endPosition() <= q.close() ? 1 : depth + 1;
      w = parent;
      parent = g.getParent(w);
    }
    if (!clauseHead(g, w) || depth < 2) {
      return begin; // "the bill was “reckless”", "Norway supported “the main goals”": the quoted words are the clause's own part
    }
    int first = Integer.MAX_VALUE;
    for (IndexedWord d : g.descendants(w)) {
      boolean opener = d != w && w.equals(g.getParent(d)) && OPENERS.contains(Clauses.rel(g, d)) && d.index() < w.index();
      if (!opener && d.beginPosition() >= r.contentBegin() && d.beginPosition() < first) {
        first = d.beginPosition();
      }
    }
    if (first >= q.open()) {
      return begin;
    }
    for (QuoteMarks.Found other : quotes) {
      if (other != q && other.close() > first && other.open() < q.open()) {
        return begin; // "called it “X” and “Y”": the second quotation is a claim of its own
      }
    }
    return first;
  }

  /** Whether {@code w} heads a clause: a verb, or a predicate with a subject or "be". */
  private static boolean clauseHead(SemanticGraph g, IndexedWord w) {
    String rel = Clauses.rel(g, w);
    boolean clause = w.tag().startsWith("VB") || Clauses.child(g, w, "nsubj") != null || Clauses.child(g, w, "cop") != null;
    return clause && (rel == null || CLAUSES.contains(rel));
  }

  private static IndexedWord wordAt(SemanticGraph g, int begin) {
    IndexedWord best = null;
    for (IndexedWord w : g.vertexSet()) {
      if (w.beginPosition() >= begin && (best == null || w.beginPosition() < best.beginPosition())) {
        best = w;
      }
    }
    return best;
  }
}
