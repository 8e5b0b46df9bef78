package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsclaims.pipeline.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The coordinated that-clauses of one reported clause: "said the talks would go on, but that
 * “the gaps are wider than ever”" reports two statements, the second opened by "and that" or
 * "but that" (the complementizer, not the pronoun of "but that was …"). A reported clause with no
 * quotation is a claim per that-clause; where quote units are quotations, a quotation in one of
 * them is a claim of that clause alone, and a clause with no quotation before it is a claim of its
 * own. Stateless and thread-safe.
 */
final class ThatClauses {
  /** Tags that no determiner "that" goes before: "but that attacks on civilians had risen", tagged as "that attacks". */
  private static final Pattern NO_DETERMINER = Pattern.compile("NNS|NNPS|DT|PRP|PRP\\$|CD");
  /** Tags of the words between a determiner and its noun: "that repeat offenders". */
  private static final Pattern MODIFIER = Pattern.compile("NN|JJ.?|VBN|VBG");

  private ThatClauses() {}

  /**
   * The UTF-16 ranges {begin, end} of the coordinated that-clauses of {@code r}'s content, in
   * order; one range, the whole content, when it coordinates none.
   */
  static List<int[]> parts(Document doc, Report r, List<QuoteMarks.Found> quotes) {
    List<int[]> parts = new ArrayList<>();
    if (r.kind() != Report.Kind.CLAUSE) {
      parts.add(new int[] {r.contentBegin(), r.contentEnd()});
      return parts;
    }
    List<CoreLabel> tokens = doc.parsed().sentences().get(r.sentence()).get(CoreAnnotations.TokensAnnotation.class);
    int begin = r.contentBegin();
    for (int i = 2; i + 1 < tokens.size(); i++) {
      CoreLabel that = tokens.get(i);
      CoreLabel cc = tokens.get(i - 1);
      if (that.beginPosition() <= begin || tokens.get(i + 1).endPosition() > r.contentEnd()
          || !that.word().equalsIgnoreCase("that") || !complementizer(tokens, i)
          || !(cc.word().equalsIgnoreCase("and") || cc.word().equalsIgnoreCase("but"))
          || TokenRanges.insideQuote(that.beginPosition(), quotes)) {
        continue;
      }
      int last = i - 2;
      while (last >= 0 && TokenRanges.isPunct(tokens.get(last)) && !TokenRanges.isQuoteMark(tokens.get(last))) {
        last--; // "…, and that": the comma is no part of the first clause
      }
      if (last < 0 || tokens.get(last).endPosition() <= begin) {
        continue;
      }
      parts.add(new int[] {begin, tokens.get(last).endPosition()});
      begin = tokens.get(i + 1).beginPosition();
    }
    parts.add(new int[] {begin, r.contentEnd()});
    return parts;
  }

  /**
   * Whether "that" at 0-based token {@code i} opens a clause: tagged so, or a "determiner" of a
   * plural noun, maybe after its modifiers ("but that repeat offenders would face fines"), or of
   * a pronoun or another determiner.
   */
  private static boolean complementizer(List<CoreLabel> tokens, int i) {
    if ("IN".equals(tokens.get(i).tag())) {
      return true;
    }
    int k = i + 1;
    while (k + 1 < tokens.size() && MODIFIER.matcher(tokens.get(k).tag()).matches()) {
      k++;
    }
    return NO_DETERMINER.matcher(tokens.get(k).tag()).matches();
  }

  /** {@code r} narrowed to the that-clause of its content that holds UTF-16 position {@code pos}. */
  static Report partOf(Document doc, Report r, List<QuoteMarks.Found> quotes, int pos) {
    List<int[]> parts = parts(doc, r, quotes);
    if (parts.size() < 2) {
      return r;
    }
    for (int[] p : parts) {
      if (p[0] <= pos && pos < p[1]) {
        return r.withContent(p[0], p[1]);
      }
    }
    return r;
  }
}
