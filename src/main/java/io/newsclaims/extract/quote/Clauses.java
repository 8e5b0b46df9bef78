package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks the basic dependency graph of one sentence for the cue readers: a word's relation and
 * dependents, the clause that holds a word, whether a finite verb follows a phrase, and the
 * clause that a cue governs (its clausal complement, or a clause with a subject of its own that
 * the parser hangs on it as {@code xcomp} or {@code advcl}). Stateless and thread-safe.
 */
final class Clauses {
  private Clauses() {}

  /** The relation of {@code w} to its governor, or "root". */
  static String rel(SemanticGraph g, IndexedWord w) {
    SemanticGraphEdge e = g.incomingEdgeList(w).stream().findFirst().orElse(null);
    return e == null ? "root" : e.getRelation().toString();
  }

  /** The first dependent of {@code w} by {@code relation}, or null. */
  static IndexedWord child(SemanticGraph g, IndexedWord w, String relation) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      if (e.getRelation().toString().equals(relation)) {
        return e.getDependent();
      }
    }
    return null;
  }

  /** The dependents of {@code w} by {@code relation}, in sentence order. */
  static List<IndexedWord> children(SemanticGraph g, IndexedWord w, String relation) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      if (e.getRelation().toString().equals(relation)) {
        out.add(e.getDependent());
      }
    }
    out.sort(Comparator.comparingInt(IndexedWord::index));
    return out;
  }

  /** Whether {@code w} heads a clause: a verb, or a word with a subject or a copula ("Clinton is ahead"). */
  static boolean headsClause(IndexedWord w, SemanticGraph g) {
    return w.tag().startsWith("VB") || child(g, w, "nsubj") != null || child(g, w, "cop") != null;
  }

  /** The verb or root that heads the clause holding {@code w}. */
  static IndexedWord clauseHead(SemanticGraph g, IndexedWord w) {
    IndexedWord x = g.getParent(w);
    while (x != null && !x.tag().startsWith("VB") && g.getParent(x) != null) {
      x = g.getParent(x);
    }
    return x == null ? g.getFirstRoot() : x;
  }

  /** The 1-based index of the first word of {@code w}'s phrase (its descendants, {@code w} included). */
  static int firstIndex(SemanticGraph g, IndexedWord w) {
    return g.descendants(w).stream().mapToInt(IndexedWord::index).min().orElse(w.index());
  }

  /**
   * The word that opens clause {@code c}: its mark ("that", "to", "for"), else its case, the
   * preposition of a gerund ("of" in "accused the council of ignoring …"); null if neither.
   */
  static IndexedWord opener(SemanticGraph g, IndexedWord c) {
    IndexedWord mark = child(g, c, "mark");
    return mark != null ? mark : child(g, c, "case");
  }

  /** Whether {@code w} is a past participle with no auxiliary: a past form or a reduced relative ("accused", "called" tagged VBN). */
  static boolean bareParticiple(SemanticGraph g, IndexedWord w) {
    return w.tag().equals("VBN") && child(g, w, "aux") == null && child(g, w, "aux:pass") == null;
  }

  /** Whether {@code w} has a mark that is {@code word}: "to" of an infinitive, "for" of a for-to clause. */
  static boolean hasMark(SemanticGraph g, IndexedWord w, String word) {
    return children(g, w, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase(word));
  }

  /** Whether {@code w} has a case that is one of {@code words}: "from" or "by" of "a statement from X". */
  static boolean hasCase(SemanticGraph g, IndexedWord w, Set<String> words) {
    return children(g, w, "case").stream().anyMatch(c -> words.contains(c.lemma().toLowerCase(Locale.ROOT)));
  }

  /** The 1-based index of the last word of {@code w}'s phrase (its descendants, {@code w} included). */
  static int lastIndex(SemanticGraph g, IndexedWord w) {
    return g.descendants(w).stream().mapToInt(IndexedWord::index).max().orElse(w.index());
  }

  /** Whether a finite verb follows the phrase of {@code w}, past tokens that {@code skip} accepts. */
  static boolean finiteAfter(SemanticGraph g, List<CoreLabel> tokens, IndexedWord w, Predicate<CoreLabel> skip) {
    int next = lastIndex(g, w);
    while (next < tokens.size() && skip.test(tokens.get(next))) {
      next++;
    }
    return next < tokens.size() && TokenCues.isFinite(tokens.get(next));
  }

  /**
   * The clausal complement of cue {@code v}: of two (a parser error on a fronted phrase, "Like
   * other owners, Mr. Schmidt said he was building …") the one after the cue.
   */
  static IndexedWord complement(SemanticGraph g, IndexedWord v) {
    List<IndexedWord> all = new ArrayList<>(children(g, v, "ccomp"));
    IndexedWord subject = child(g, v, "nsubj");
    // "Jeb Bush, who has been more successful …, hopes his campaign …": a clause between the
    // subject and the cue is a relative clause's, not what was said
    all.removeIf(c -> subject != null && c.index() > subject.index() && c.index() < v.index());
    // "declined to comment, saying it could not …": a clause the parser marks with a participle
    // of saying is that participle's report
    all.removeIf(c -> child(g, c, "mark") != null && child(g, c, "mark").tag().equals("VBG"));
    // "…63 people, the ministry said Wednesday, and health workers fear …": a clause after the
    // cue that opens with a comma and "and"/"but" is the writer's next sentence, not what was said
    all.removeIf(c -> c.index() > v.index() && coordinatedAfterComma(g, c));
    for (IndexedWord c : all) {
      if (c.index() > v.index() && subject != null && subject.index() < v.index()) {
        return c;
      }
    }
    return all.isEmpty() ? inPhrase(g, v) : all.get(0);
  }

  /**
   * "…, saying in a statement that the group had used drones": the that-clause the parser hung
   * on the noun of the cue's in-phrase instead of on the cue.
   */
  private static IndexedWord inPhrase(SemanticGraph g, IndexedWord v) {
    for (IndexedWord n : children(g, v, "obl")) {
      IndexedWord preposition = child(g, n, "case");
      IndexedWord clause = child(g, n, "ccomp");
      IndexedWord mark = clause == null ? null : child(g, clause, "mark");
      if (n.index() > v.index() && preposition != null && preposition.word().equalsIgnoreCase("in")
          && mark != null && mark.word().equalsIgnoreCase("that") && clause.index() > n.index()) {
        return clause;
      }
    }
    return null;
  }

  /** Whether clause {@code c}'s first word is "and"/"but" after a comma. */
  private static boolean coordinatedAfterComma(SemanticGraph g, IndexedWord c) {
    IndexedWord opener = g.getNodeByIndexSafe(firstIndex(g, c));
    return opener != null && opener.tag().equals("CC") && commaBefore(g, opener);
  }

  /** Whether a comma stands right before word {@code w}; false when {@code w} is null. */
  static boolean commaBefore(SemanticGraph g, IndexedWord w) {
    IndexedWord before = w == null ? null : g.getNodeByIndexSafe(w.index() - 1);
    return before != null && before.word().equals(",");
  }

  /** Whether verb {@code v} is negated by an adverb of its own: "did not comment", "never called for". */
  static boolean negated(SemanticGraph g, IndexedWord v) {
    return children(g, v, "advmod").stream().anyMatch(a -> a.word().matches("(?i)not|n't|never"));
  }

  /**
   * A clause with a subject of its own that the parser hangs on cue {@code v} as {@code xcomp}
   * or as an {@code advcl} with no subordinating word, with "if"/"whether" after the cue, or with
   * "while"/"although" right after it ("said while A, B"):
   * "said it's sometimes hard …", "The worst … can be divided into two categories, Sexton
   * said", "asked the senator if he would run"; null if none. A clause set off by a comma and
   * opened by "when" or "where" ("accused the council of cutting budgets in 2019, when …") tells
   * a time or place, not what was said.
   */
  static IndexedWord subjectClause(SemanticGraph g, IndexedWord v) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
      String r = e.getRelation().toString();
      IndexedWord c = e.getDependent();
      boolean subject = child(g, c, "nsubj") != null || child(g, c, "nsubj:pass") != null;
      IndexedWord mark = child(g, c, "mark");
      boolean reporting = mark == null || (c.index() > v.index() && mark.word().toLowerCase(Locale.ROOT).matches("that|if|whether"))
          // "said while everyone had the right to …, they also had …": a concession right after the
          // cue, with the main clause the parser nested in it, is what was said
          || (mark.index() == v.index() + 1 && mark.word().toLowerCase(Locale.ROOT).matches("while|although|though|whereas"));
      if (subject && r.equals("advcl") && setOffWhen(g, c)) {
        continue;
      }
      if (subject && (r.equals("xcomp") || (r.equals("advcl") && reporting))) {
        return c;
      }
    }
    return null;
  }

  /** Whether clause {@code c} opens with "when" or "where" right after a comma: "…, when the code was changed". */
  private static boolean setOffWhen(SemanticGraph g, IndexedWord c) {
    IndexedWord wh = child(g, c, "advmod");
    return wh != null && wh.word().toLowerCase(Locale.ROOT).matches("when|where") && wh.index() >= 2 && commaBefore(g, wh);
  }

  /** Whether a clause hangs on cue {@code v} after it ("which the union said would cost jobs"). */
  static boolean clauseFollows(SemanticGraph g, IndexedWord v) {
    return g.getChildList(v).stream().anyMatch(c -> c.index() > v.index() && rel(g, c).matches("dep|ccomp|xcomp|parataxis"));
  }

  /** The words of 1-based token range [{@code range[0]}, {@code range[1]}]. */
  static Set<IndexedWord> nodes(SemanticGraph g, int[] range) {
    Set<IndexedWord> out = new HashSet<>();
    for (int k = range[0]; k <= range[1]; k++) {
      IndexedWord w = g.getNodeByIndexSafe(k);
      if (w != null) {
        out.add(w);
      }
    }
    return out;
  }
}
