package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Set;

/**
 * Adds the clause that a detached cue participle reports for: a participle after a comma ("…,
 * arguing that …") or one the parser coordinates with a finite verb ("… was waylaid by voter
 * mistrust - and arguing that …") modifies the sentence's main clause, whatever word inside a
 * complement the parser hangs it on. "Menendez rejected the notion that Democrats could pull
 * away, arguing that …" is Menendez's, not the Democrats'; "Fiorina was upfront about Donald
 * Trump, the front-runner, saying …" is Fiorina's. The main clause is the highest clause head
 * above the participle outside quotation marks, short of a coordinated or paratactic clause with
 * a subject of its own ("Smith left, and Jones stayed, saying …" is Jones's). Stateless and
 * thread-safe.
 */
final class DetachedParticiple {
  /**
   * Tags of the words that may stand between the comma and the participle: a closing quotation
   * mark (which the tagger may take for an opening one), adverbs, "and".
   */
  private static final Set<String> BETWEEN = Set.of("''", "``", "RB", "CC");
  /**
   * Relations of a clause with a subject of its own that the walk to the main clause stops at:
   * coordinated, set beside another or adverbial ("after Texas sued, calling …", "in 2008, when
   * she ran as …, seeking …").
   */
  private static final Set<String> STOPS = Set.of("conj", "parataxis", "advcl");
  /** How many steps up the graph the walk to the main clause goes at most. */
  private static final int MAX_DEPTH = 12;
  /** How many steps up from its word a participle looks for the clause whose subject it would take. */
  private static final int HOLDER_REACH = 4;

  private DetachedParticiple() {}

  /**
   * The head of the clause that participle {@code v} reports for when it stands apart from the
   * word the parser hangs it on: coordinated with a verb that is no participle ("… was waylaid by
   * voter mistrust - and arguing …"), or after a comma (with closing quotation marks, adverbs or
   * "and" between) and hung on a noun ("Fiorina was upfront about Trump, the front-runner, saying
   * …"), inside a quotation it follows ("“…,” suggesting …") or inside the clause of a noun
   * ("rejected the notion that Democrats could pull away, arguing …", "bristled at the suggestion
   * that he was responsible for advising Trump, saying …"); null when {@code v} is no such
   * participle and the usual subject rules apply.
   */
  static IndexedWord clause(SemanticGraph g, IndexedWord v) {
    IndexedWord parent = g.getParent(v);
    if (!v.tag().equals("VBG") || parent == null) {
      return null;
    }
    if ("conj".equals(Clauses.rel(g, v)) && parent.tag().startsWith("VB") && !parent.tag().equals("VBG")) {
      return mainClause(g, parent);
    }
    if (!afterComma(g, v)) {
      return null;
    }
    if ("acl".equals(Clauses.rel(g, v)) && parent.tag().startsWith("NN") && parent.index() < v.index()) {
      return mainClause(g, parent);
    }
    IndexedWord holder = parent; // the clause whose subject the participle would take
    for (int depth = 0; subject(g, holder) == null && depth < HOLDER_REACH; depth++) {
      IndexedWord up = g.getParent(holder);
      if (up == null) {
        return null;
      }
      holder = up;
    }
    IndexedWord above = g.getParent(holder);
    if (above != null && above.tag().startsWith("VB") && infinitive(g, holder)) {
      return mainClause(g, above); // "called for Trump to drop out, calling him …": the caller's, not Trump's
    }
    // the clause of a noun, also a relative one, written with no relative word
    // ("the largest penalty it has ever imposed, saying …"), which the parser may hang on the noun as a loose "dep": then its subject follows the noun
    String r = Clauses.rel(g, holder);
    boolean contact = "dep".equals(r) && above != null && subject(g, holder) != null && subject(g, holder).index() == above.index() + 1;
    boolean ofNoun = above != null && above.tag().startsWith("NN") && (r.matches("ccomp|acl|acl:relcl") || contact);
    return (quoted(g, holder) && !quoted(g, v)) || ofNoun ? mainClause(g, holder) : null;
  }

  /**
   * Whether {@code w} heads a to-infinitive with a subject of its own ("for Trump to drop out"):
   * the participle after it goes with the verb the infinitive completes.
   */
  private static boolean infinitive(SemanticGraph g, IndexedWord w) {
    return Clauses.hasMark(g, w, "to") && w.tag().equals("VB") && subject(g, w) != null;
  }

  /** Whether a comma stands before {@code v}, with only closing quotation marks, adverbs or "and" between. */
  static boolean afterComma(SemanticGraph g, IndexedWord v) {
    for (int i = v.index() - 1; i >= 1; i--) {
      IndexedWord w = g.getNodeByIndexSafe(i);
      if (w == null) {
        return false;
      }
      if (w.word().equals(",")) {
        return true;
      }
      if (!BETWEEN.contains(w.tag())) {
        return false;
      }
    }
    return false;
  }

  /**
   * The head of the main clause above {@code w} (itself included): the highest word on the path
   * to the root that heads a clause and stands outside quotation marks, stopping at a clause
   * with a subject of its own of {@link #STOPS}; null if none.
   */
  static IndexedWord mainClause(SemanticGraph g, IndexedWord w) {
    IndexedWord top = null;
    IndexedWord x = w;
    for (int depth = 0; x != null && depth < MAX_DEPTH; depth++) {
      boolean ownSubject = subject(g, x) != null;
      if ((x.tag().startsWith("VB") || ownSubject) && !quoted(g, x)) {
        top = x;
      }
      String rel = Clauses.rel(g, x);
      if (ownSubject && STOPS.contains(rel)) {
        break;
      }
      x = g.getParent(x);
    }
    return top;
  }

  private static IndexedWord subject(SemanticGraph g, IndexedWord x) {
    IndexedWord s = Clauses.child(g, x, "nsubj");
    return s != null ? s : Clauses.child(g, x, "nsubj:pass");
  }

  /** Whether an odd number of quotation marks precedes {@code x}: it stands inside a quotation. */
  private static boolean quoted(SemanticGraph g, IndexedWord x) {
    int marks = 0;
    for (int i = 1; i < x.index(); i++) {
      IndexedWord t = g.getNodeByIndexSafe(i);
      if (t != null && (t.tag().equals("``") || t.tag().equals("''"))) {
        marks++;
      }
    }
    return marks % 2 == 1;
  }
}
