package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns words of one parsed sentence into UTF-16 ranges of its tokens: the span of a set of words
 * trimmed of punctuation ({@link #range}), the contiguous run of them around one word
 * ({@link #block}), and a source's noun phrase without its relative clauses ({@link #mention});
 * with the token tests those ranges and the cue readers stop at (punctuation, quotation marks, a
 * date after a closing cue, the words of a short noun phrase). Stateless and thread-safe.
 */
final class TokenRanges {
  /** Tags of the words of a short noun phrase: "the airline", "new filings", "the state's records". */
  static final Pattern NOUN_PHRASE = Pattern.compile("DT|PRP\\$|JJ.?|NN.*|CD|POS|HYPH");
  private static final Set<String> NOT_MENTION = Set.of("acl:relcl", "acl", "parataxis", "advcl", "dep", "ccomp", "punct", "case", "cc");

  private TokenRanges() {}

  /**
   * The UTF-16 range from the first to the last token of {@code nodes} less {@code excluded},
   * trimmed of punctuation at both ends (a cue that closes the clause is left out); null when nothing is left.
   */
  static int[] range(List<CoreLabel> tokens, Set<IndexedWord> nodes, Set<IndexedWord> excluded) {
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (IndexedWord w : nodes) {
      if (!excluded.contains(w) && !isPunct(tokens.get(w.index() - 1))) {
        lo = Math.min(lo, w.index());
        hi = Math.max(hi, w.index());
      }
    }
    if (hi < lo) {
      return null;
    }
    return new int[] {tokens.get(lo - 1).beginPosition(), tokens.get(hi - 1).endPosition()};
  }

  /** The contiguous run of {@code nodes} less {@code excluded} around {@code anchor}, trimmed of punctuation. */
  static int[] block(List<CoreLabel> tokens, Set<IndexedWord> nodes, Set<IndexedWord> excluded, IndexedWord anchor) {
    Set<Integer> in = new HashSet<>();
    for (IndexedWord w : nodes) {
      if (!excluded.contains(w)) {
        in.add(w.index());
      }
    }
    int lo = anchor.index();
    int hi = anchor.index();
    while (in.contains(lo - 1)) {
      lo--;
    }
    while (in.contains(hi + 1)) {
      hi++;
    }
    Set<IndexedWord> run = new HashSet<>();
    for (IndexedWord w : nodes) {
      if (w.index() >= lo && w.index() <= hi) {
        run.add(w);
      }
    }
    return range(tokens, run, Set.of());
  }

  /** The UTF-16 range of the source's noun phrase, without relative clauses and edge punctuation. */
  static int[] mention(SemanticGraph g, List<CoreLabel> tokens, IndexedWord source) {
    return mention(g, tokens, source, null);
  }

  /**
   * Whether {@code w} lies in brackets right after {@code source}, brackets included: a party and
   * state after a name ("Sen. Kofi Mensah (D-Accra)"), which the parser hangs as {@code dep}.
   */
  private static boolean inBracketsAfter(List<CoreLabel> tokens, IndexedWord source, IndexedWord w) {
    int open = source.index() + 1;
    if (open > tokens.size() || !tokens.get(open - 1).word().equals("(")) {
      return false;
    }
    for (int close = open + 1; close <= tokens.size() && close <= open + 6; close++) {
      if (tokens.get(close - 1).word().equals(")")) {
        return w.index() >= open && w.index() <= close;
      }
    }
    return false;
  }

  /** The mention of {@code source} without the words of {@code cue}'s phrase, when the parser hung the cue inside the source's. */
  static int[] mention(SemanticGraph g, List<CoreLabel> tokens, IndexedWord source, IndexedWord cue) {
    Set<IndexedWord> excluded = new HashSet<>();
    if (cue != null && g.descendants(source).contains(cue)) {
      excluded.addAll(g.descendants(cue)); // "A joint statement from eight groups, …, called for …"
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(source)) {
      if (NOT_MENTION.contains(e.getRelation().toString()) && !nameAfter(tokens, source, e) && !innerHyphen(tokens, e.getDependent())
          && !inBracketsAfter(tokens, source, e.getDependent()) && !pluralPossessive(tokens, e.getDependent().index() - 1)) {
        excluded.addAll(g.descendants(e.getDependent()));
      }
    }
    Set<IndexedWord> all = g.descendants(source);
    Set<IndexedWord> kept = new HashSet<>();
    for (IndexedWord w : all) {
      if (!excluded.contains(w)) {
        kept.add(w);
      }
    }
    kept.add(source);
    // the contiguous stretch around the head, never across a quotation mark
    int lo = source.index();
    int hi = source.index();
    Set<Integer> keptIndex = new HashSet<>();
    for (IndexedWord w : kept) {
      keptIndex.add(w.index());
    }
    while (keptIndex.contains(lo - 1) && (!isQuoteMark(tokens.get(lo - 2)) || pluralPossessive(tokens, lo - 2))) {
      lo--;
    }
    while (keptIndex.contains(hi + 1) && (!isQuoteMark(tokens.get(hi)) || pluralPossessive(tokens, hi))) {
      hi++;
    }
    Set<IndexedWord> block = new HashSet<>();
    for (IndexedWord w : kept) {
      if (w.index() >= lo && w.index() <= hi) {
        block.add(w);
      }
    }
    int[] m = range(tokens, block, Set.of());
    return m == null ? null : withClosingParenthesis(tokens, CueSubject.wholeWords(tokens, withoutDay(tokens, m)));
  }

  /** Mention {@code m} (UTF-16 range) without a day the parser joined to its front: "Wednesday" of "on Wednesday Prime Minister Yulia Tymoshenko said". */
  private static int[] withoutDay(List<CoreLabel> tokens, int[] m) {
    int from = m[0];
    for (int i = 0; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() == from && tokens.get(i + 1).endPosition() <= m[1] && "DATE".equals(t.ner()) && t.word().matches("\\p{L}+")) {
        from = tokens.get(i + 1).beginPosition();
      }
    }
    return from == m[0] ? m : new int[] {from, m[1]};
  }

  /**
   * Whether {@code w} is a hyphen inside a word, which the tokenizer split off and the parser
   * hung on the head as punctuation: "Robert Kilroy-Silk" is one mention, not "Kilroy-Silk".
   */
  private static boolean innerHyphen(List<CoreLabel> tokens, IndexedWord w) {
    int i = w.index() - 1;
    return i > 0 && i + 1 < tokens.size() && glued(tokens.get(i - 1), tokens.get(i), tokens.get(i + 1));
  }

  /** Whether {@code hyphen} is a hyphen written with no space between {@code before} and {@code after}: "Kilroy-Silk". */
  static boolean glued(CoreLabel before, CoreLabel hyphen, CoreLabel after) {
    return hyphen.word().equals("-") && before.endPosition() == hyphen.beginPosition() && hyphen.endPosition() == after.beginPosition();
  }

  /** "the activist group Mosul Eye": a name that the parser hangs on the noun before it as {@code dep}. */
  private static boolean nameAfter(List<CoreLabel> tokens, IndexedWord source, SemanticGraphEdge e) {
    IndexedWord name = e.getDependent();
    if (!"dep".equals(e.getRelation().toString()) || !name.tag().startsWith("NNP") || name.index() <= source.index()) {
      return false;
    }
    for (int i = source.index(); i < name.index() - 1; i++) {
      if (!tokens.get(i).tag().startsWith("NNP")) {
        return false;
      }
    }
    return true;
  }

  /** Range {@code m} extended over the parenthesis that closes one it opens: "Sen. Ann Roe (D-Ore.)". */
  private static int[] withClosingParenthesis(List<CoreLabel> tokens, int[] m) {
    int open = 0;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() >= m[0] && t.endPosition() <= m[1]) {
        open += t.tag().equals("-LRB-") ? 1 : t.tag().equals("-RRB-") ? -1 : 0;
      } else if (t.beginPosition() >= m[1]) {
        return open > 0 && t.tag().equals("-RRB-") ? new int[] {m[0], t.endPosition()} : m;
      }
    }
    return m;
  }

  /** Whether {@code t} is punctuation, by its tag: commas, periods, colons, quotation marks, brackets, hyphens. */
  static boolean isPunct(CoreLabel t) {
    String tag = t.tag();
    return tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("``") || tag.equals("''")
        || tag.equals("-LRB-") || tag.equals("-RRB-") || tag.equals("HYPH") || tag.equals("NFP");
  }

  /** Whether {@code word} is a dash, as the tokenizer writes one ("-", "--", "–", "—", "―"). */
  static boolean isDash(String word) {
    return word.matches("-|--|–|—|―");
  }

  /**
   * Whether token {@code i} is the apostrophe of a plural possessive that the tagger took for a
   * closing quotation mark ("the Office of Miners' and Ex-Miners' Pensions"): glued to a word
   * ending in "s", a space and a word after it, and no single quotation mark opened before it in
   * the sentence that it could close.
   */
  static boolean pluralPossessive(List<CoreLabel> tokens, int i) {
    CoreLabel t = tokens.get(i);
    if (i == 0 || i + 1 >= tokens.size() || !t.word().matches("'|’") || !t.tag().equals("''")) {
      return false;
    }
    CoreLabel before = tokens.get(i - 1);
    if (before.endPosition() != t.beginPosition() || !before.word().matches(".*[a-z]s") || tokens.get(i + 1).beginPosition() == t.endPosition()) {
      return false;
    }
    for (int k = 0; k < i; k++) {
      if (tokens.get(k).tag().equals("``") && !tokens.get(k).word().matches("\"|“|``")) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code t} is an opening or closing quotation mark. */
  static boolean isQuoteMark(CoreLabel t) {
    return t.tag().equals("``") || t.tag().equals("''");
  }

  /** A word of a date or time ("Thursday", "on Tuesday", "last week") that may follow a closing cue. */
  static boolean isDate(CoreLabel t) {
    return "DATE".equals(t.ner()) || "TIME".equals(t.ner()) || t.word().equalsIgnoreCase("on");
  }

  /** Whether UTF-16 offset {@code pos} lies inside one of {@code quotes}. */
  static boolean insideQuote(int pos, List<QuoteMarks.Found> quotes) {
    for (QuoteMarks.Found q : quotes) {
      if (q.holds(pos)) {
        return true;
      }
    }
    return false;
  }
}
