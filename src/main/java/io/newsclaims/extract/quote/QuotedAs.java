package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads "X is quoted as saying …", a press formula whose parse is nearly always broken (the
 * parser hangs "saying" on the reported clause's verb, or the clause on "quoted"): the speaker is
 * the subject of the passive "quoted", read from the tokens before it, the cue is "saying" and
 * the content the clause after it ("was quoted as saying the team would win") or, for {@link
 * MarkCues}, the quotation beside it ("“…,” the Arsenal boss is quoted as saying."; "was quoted by
 * The Independent as saying: “…”"). Stateless and thread-safe.
 */
final class QuotedAs {
  /** Words between a subject and "quoted": the passive's auxiliaries and adverbs ("was widely quoted"). */
  private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "been", "has", "have", "had", "being", "be");
  /** How many words a "by" phrase between "quoted" and "as" may take: "quoted by The Independent newspaper". */
  private static final int BY_PHRASE = 6;

  private QuotedAs() {}

  /**
   * The 0-based index of the last word before the passive auxiliaries of "… quoted (by …) as
   * saying", where {@code saying} is the 0-based index of "saying"; -1 when the words before
   * "saying" are not that formula.
   */
  static int subjectEnd(List<CoreLabel> tokens, int saying) {
    CoreLabel cue = tokens.get(saying);
    if (saying < 3 || !cue.tag().equals("VBG") || !"say".equals(cue.lemma()) || !tokens.get(saying - 1).word().equalsIgnoreCase("as")) {
      return -1;
    }
    int quoted = saying - 2;
    while (quoted > 0 && saying - 2 - quoted <= BY_PHRASE && !tokens.get(quoted).word().equalsIgnoreCase("quoted")) {
      quoted--; // "quoted by The Independent as saying"
    }
    if (!tokens.get(quoted).word().equalsIgnoreCase("quoted")
        || quoted < saying - 2 && !tokens.get(quoted + 1).word().equalsIgnoreCase("by")) {
      return -1;
    }
    int b = quoted - 1;
    while (b >= 0 && (tokens.get(b).tag().startsWith("RB") || AUXILIARIES.contains(tokens.get(b).word().toLowerCase(Locale.ROOT)))) {
      b--;
    }
    return b < quoted - 1 && b >= 0 ? b : -1;
  }

  /**
   * The report of "saying" {@code v} in "X is quoted as saying (that) …" with the clause after
   * it, or null for any other shape, a quotation after it (which {@link MarkCues} reads) or a
   * subject that is no source.
   */
  static Report report(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord v, CueSources sources) {
    int end = subjectEnd(tokens, v.index() - 1);
    int[] clause = end < 0 ? null : TokenCues.clauseAfter(g, tokens, v);
    IndexedWord head = clause == null ? null : g.getNodeByIndexSafe(end + 1);
    if (head == null || !(sources.isSource(g, head) || head.tag().startsWith("NNP"))) {
      return null;
    }
    int[] m = TokenRanges.mention(g, tokens, head, v);
    int from = clause[0] - 1 == v.index() + 1 ? clause[0] - 1 : clause[0]; // with its "that", like a parsed clause
    return m == null ? null : new Report(s, g, Report.Kind.CLAUSE, v.beginPosition(), v.endPosition(), v, head, m[0], m[1],
        tokens.get(from - 1).beginPosition(), tokens.get(clause[1] - 1).endPosition());
  }
}
