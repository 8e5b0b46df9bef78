package io.newsclaims.extract.quote;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the claim of a quotation inside a reported clause begins: at the start of the clause,
 * so that the claim is the statement with the quoted words in it ("said it had hit eight posts
 * with rockets “in response to the killing”" is one statement, direct, from "it had hit"; "said
 * the bill was “reckless”" is "the bill was “reckless”"), not at the quotation's opening mark.
 * A quotation that is the whole clause ("said that “…”") and a second quotation of one clause
 * ("called it “X” and “Y”") start at their marks. Stateless and thread-safe.
 */
final class QuotedClause {
  /** The "that" that opens a reported clause but is no part of what was said. */
  private static final Pattern THAT = Pattern.compile("(?i)that\\s+");
  /**
   * Punctuation and connectives after which the words of a clause may be the writer's again, or
   * a second statement ("said the wards were “beyond full” and that …": two claims).
   */
  private static final Pattern BREAK = Pattern.compile("[,;:()\\[\\]—–]|\\s-\\s|--|(?i)\\b(?:and|but|or|while|although|though|whereas)\\b");

  private QuotedClause() {}

  /**
   * The UTF-16 begin of the claim of quotation {@code q} (its words from {@code begin}) that
   * {@code r} attributes, where {@code holds} says that {@code r}'s content is a statement the
   * quotation can lie inside (QuoteStage#holdsStatement), in document {@code text}: the start of {@code r}'s reported clause
   * (less an opening "that") when the clause starts before the quotation with no other
   * quotation between; {@code begin} otherwise.
   */
  static int begin(Report r, boolean holds, QuoteMarks.Found q, List<QuoteMarks.Found> quotes, int begin, String text) {
    if (!holds || r.contentBegin() >= q.open() || r.contentEnd() <= q.contentBegin()) {
      return begin;
    }
    int first = r.contentBegin();
    Matcher that = THAT.matcher(text).region(first, q.open());
    if (that.lookingAt()) {
      first = that.end();
    }
    if (first >= q.open()) {
      return begin; // "said that “…”": the quotation is the clause
    }
    for (QuoteMarks.Found other : quotes) {
      if (other != q && other.close() > first && other.open() < q.open()) {
        return begin; // "called it “X” and “Y”": the second quotation is a claim of its own
      }
    }
    return first;
  }

  /**
   * The UTF-16 end of the claim of quotation {@code q} that {@code r} attributes, in document
   * {@code text}: where {@code r}'s content (a reported clause, or a cue's phrase) holds the quotation and goes on after its
   * closing mark with no other quotation, the end of those words up to the first comma,
   * semicolon, colon, dash, parenthesis or coordinator ("said he had “no idea” if she used a server" is one
   * statement up to "server"; "said it was “non-binding”, drawing a rebuke" stops at the mark:
   * what follows the break is the writer's as often as the speaker's); {@code end} otherwise.
   */
  static int end(Report r, boolean holds, QuoteMarks.Found q, List<QuoteMarks.Found> quotes, int end, String text) {
    if (!holds || r.contentBegin() > q.open() || r.contentEnd() <= Math.max(end, q.close() + 1)) {
      return end;
    }
    for (QuoteMarks.Found other : quotes) {
      if (other != q && other.open() >= q.close() && other.open() < r.contentEnd()) {
        return end; // "called it “X” and “Y”": the second quotation is a claim of its own
      }
    }
    Matcher brk = BREAK.matcher(text).region(Math.max(q.contentBegin(), q.contentEnd() - 1), r.contentEnd());
    int stop = brk.find() ? brk.start() : r.contentEnd();
    while (stop > end && Character.isWhitespace(text.charAt(stop - 1))) {
      stop--;
    }
    return stop > q.close() + 1 && stop > end ? stop : end;
  }
}
