package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a participle of saying after a temporal preposition whose clause the parser broke ("The
 * envoy walked out after claiming the offer was an insult", "The couple are awaiting the reaction
 * after announcing they are to be married"): the parser hangs the participle inside the clause it
 * introduces (as its subject or an oblique), so the cue governs nothing. The clause is the words
 * after the participle up to the end of the phrase that modifies the main clause; the source is
 * the main clause's subject. Not "without saying …", which denies the saying. Stateless and thread-safe.
 */
final class PrepositionalParticiple {
  /** Prepositions that set the saying in time beside the main clause's act. */
  private static final Set<String> TIME = Set.of("after", "before", "upon", "while", "since");
  /** How many steps up from the participle the walk to the main clause goes at most. */
  private static final int MAX_DEPTH = 6;

  private PrepositionalParticiple() {}

  /** The report of participle {@code v} in that shape, or null. */
  static Report report(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord v, CueLexicon lexicon, CueSources sources) {
    int p = v.index() - 1; // the preposition's 1-based index
    if (!v.tag().equals("VBG") || !lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH) || p < 1
        || !tokens.get(p - 1).tag().equals("IN") || !TIME.contains(tokens.get(p - 1).word().toLowerCase(Locale.ROOT))
        || Clauses.complement(g, v) != null) {
      return null;
    }
    int[] after = TokenCues.clauseAfter(g, tokens, v);
    // not in a fronted phrase ("While agreeing that towns “must be ready” …, X said"): its term is a quotation of its own
    int[] term = after == null && p > 1 ? clauseWithTerm(tokens, v) : null;
    after = after != null ? after : term;
    if (after == null) {
      return null;
    }
    if (p == 1) {
      return fronted(s, g, tokens, v, after, sources);
    }
    // the phrase on the main clause: the highest word below the first one with a subject before the preposition
    IndexedWord phrase = v;
    IndexedWord subject = null;
    for (int depth = 0; subject == null && depth < MAX_DEPTH; depth++) {
      IndexedWord up = g.getParent(phrase);
      if (up == null) {
        return null;
      }
      IndexedWord nsubj = Clauses.child(g, up, "nsubj");
      if (nsubj != null && nsubj.index() < p && up.index() < p) {
        subject = nsubj;
      } else {
        phrase = up;
      }
    }
    if (subject == null || !sources.isSource(g, subject)) {
      return null;
    }
    int to = Math.min(after[1], Clauses.lastIndex(g, phrase));
    if (term != null) {
      // the parser may hang the clause's verb on the main clause ("… had been leaked"): the clause runs to its end
      IndexedWord verb = g.getNodeByIndexSafe(term[2]);
      verb = verb != null && Clauses.rel(g, verb).matches("aux.*|cop") ? g.getParent(verb) : verb;
      to = verb == null ? to : Math.max(to, Math.min(after[1], Clauses.lastIndex(g, verb)));
    }
    while (to >= after[0] && TokenRanges.isPunct(tokens.get(to - 1))) {
      to--;
    }
    int[] m = TokenRanges.mention(g, tokens, subject, v);
    if (to < after[0] || m == null) {
      return null;
    }
    return new Report(s, g, Report.Kind.CLAUSE, v.beginPosition(), v.endPosition(), v, subject, m[0], m[1],
        tokens.get(after[0] - 1).beginPosition(), tokens.get(to - 1).endPosition());
  }

  /**
   * "… after claiming “sensitive information” had been leaked": the clause after participle
   * {@code v} that holds a term in quotation marks, which {@link TokenCues#clauseAfter} leaves to
   * the quotation stage, though no cue beside the marks gives the term a source: marks that pair
   * up, then a finite verb outside them. The 1-based range from the word after the participle
   * (and "that") to the sentence's last word, and the finite verb's index; null for any other shape.
   */
  private static int[] clauseWithTerm(List<CoreLabel> tokens, IndexedWord v) {
    int from = v.index() + 1;
    if (from <= tokens.size() && tokens.get(from - 1).word().equalsIgnoreCase("that")) {
      from++;
    }
    int to = tokens.size();
    while (to >= from && TokenRanges.isPunct(tokens.get(to - 1)) && !TokenRanges.isQuoteMark(tokens.get(to - 1))) {
      to--;
    }
    int marks = 0;
    for (int k = from; k <= to; k++) {
      CoreLabel t = tokens.get(k - 1);
      if (TokenRanges.isQuoteMark(t)) {
        marks++;
      } else if (marks > 0 && marks % 2 == 0 && TokenCues.isFinite(t)) {
        return new int[] {from, to, k};
      }
    }
    return null;
  }

  /**
   * "After announcing they would marry, the couple left": the phrase opens the sentence and ends
   * at its comma, and the speaker is the first subject after the comma (the parser may make the
   * reported clause the sentence's root and the main clause hang on it).
   */
  private static Report fronted(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord v, int[] clause, CueSources sources) {
    int comma = clause[0];
    while (comma <= clause[1] && !tokens.get(comma - 1).word().equals(",")) {
      comma++;
    }
    boolean finite = false;
    for (int k = clause[0]; k < comma; k++) {
      finite |= TokenCues.isFinite(tokens.get(k - 1));
    }
    if (comma > clause[1] || !finite) {
      return null;
    }
    IndexedWord subject = null;
    for (int k = comma + 1; k <= tokens.size() && subject == null; k++) {
      IndexedWord w = g.getNodeByIndexSafe(k);
      if (w != null && "nsubj".equals(Clauses.rel(g, w)) && g.getParent(w).index() > k) {
        subject = w;
      }
    }
    int[] m = subject == null || !sources.isSource(g, subject) ? null : TokenRanges.mention(g, tokens, subject, v);
    return m == null ? null : new Report(s, g, Report.Kind.CLAUSE, v.beginPosition(), v.endPosition(), v, subject, m[0], m[1],
        tokens.get(clause[0] - 1).beginPosition(), tokens.get(comma - 2).endPosition());
  }
}
