package io.newsclaims.extract.quote;

import io.newsclaims.extract.SentenceIndex;
import io.newsclaims.extract.Spans;
import io.newsclaims.model.AttributedSpan;
import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.model.QuoteInfo;
import io.newsclaims.model.Span;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Emits a reported-speech {@code quote} claim for each statement sourced with "according to
 * X", "per X" or "by X's count" (CLAIMS.md lists "according to" among the cues) — unless a
 * casualty figure inside it already carries X. "Israeli forces have killed at least
 * 34,535 people, according to the Ministry of Health" is one claim, the casualty figure with the
 * ministry as its source, not that figure plus a quote that restates it; "Kasich has pulled
 * within 4 points, according to the RCP average" is a quote. Runs after the figure stages, and
 * reads only the claims and attributed stretches they left on the document. Thread-safe.
 */
public final class SourcedFactStage implements Stage {
  /** Whether every sourced statement is a claim, a casualty figure in it or not ({@code --scope attributions}). */
  private final boolean all;

  /** A stage that leaves a statement to the casualty figure that carries its source. */
  public SourcedFactStage() {
    this(false);
  }

  /**
   * @param all whether a statement is a quote claim also where a casualty figure carries its source
   *     (with {@code --scope attributions}, which counts every attribution: "Ten people were
   *     injured, according to police" is then both the figure and the police's statement)
   */
  public SourcedFactStage(boolean all) {
    this.all = all;
  }

  /** The figures that carry an "according to" on their own; a count ("two firms") does not: the statement around it is the news. */
  private static final Set<String> FIGURES = Set.of(ClaimType.CASUALTY);
  /** Where a statement's first clause ends and another begins: ", and", ", but", ", while", a semicolon. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+(and|but|while|whereas)\\s|;");

  @Override
  public String name() {
    return "sourced-facts";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.PARSE, Keys.ATTRIBUTION, Keys.FIGURES);
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.SOURCED_FACTS);
  }

  @Override
  public Document apply(Document doc) {
    List<Claim> claims = new ArrayList<>();
    for (AttributedSpan a : doc.attributed()) {
      if (!a.provenance() || !all && carriesFigure(doc, a.content())) {
        continue;
      }
      int begin = doc.codePoints().toIndex(a.content().start());
      int end = doc.codePoints().toIndex(a.content().end());
      Claim claim = Spans.claim(doc, ClaimType.QUOTE, begin, end, SentenceIndex.of(doc, begin));
      claims.add(claim.withQuote(new QuoteInfo(holdsQuotation(withMarks(doc.text(), begin, end)), claim.span())).withAttribution(a.attribution()));
    }
    return doc.plusClaims(claims);
  }

  /**
   * The text [begin, end) with the opening mark right before it and the punctuation and closing
   * marks right after it: a statement's span stops before its full stop, and so before the mark
   * that closes a quotation ending it ("…, Bildu's rise reflected “a generation that no longer
   * votes.”"), and may start after the mark that opens one ("According to the envoy, “there will
   * be no retreat.”").
   */
  private static String withMarks(String text, int begin, int end) {
    int from = begin > 0 && "\"“‘'".indexOf(text.charAt(begin - 1)) >= 0 ? begin - 1 : begin;
    int to = end;
    while (to < text.length() && to < end + 3 && ".,;:!?\"”’'".indexOf(text.charAt(to)) >= 0) {
      to++;
    }
    return text.substring(from, to);
  }

  /**
   * Whether the statement holds quoted words ("According to the judges, consent must be
   * “explicit and freely given”"): then it is direct, like a reported clause with a quotation
   * in it. A title in quotation marks ("“Harbor Nights”") is no quotation.
   */
  private static boolean holdsQuotation(String text) {
    for (QuoteMarks.Found q : QuoteMarks.find(text)) {
      if (speech(text.substring(q.contentBegin(), q.contentEnd()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether quoted words are speech: one in lower case that a title would not keep so ("Game of Thrones" is a title). */
  private static boolean speech(String quoted) {
    for (String w : quoted.split("[\\s,.;:!?]+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !QuoteStage.TITLE_SMALL.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a figure in the statement's first clause carries it: "the firms paid bribes …, and at
   * least 11 people have been arrested, according to X" is a statement with a figure after it,
   * a quote of its own.
   */
  private static boolean carriesFigure(Document doc, Span content) {
    return doc.claims().stream().anyMatch(c -> FIGURES.contains(c.type())
        && c.span().start() < content.end() && content.start() < c.span().end()
        && !CLAUSE_BREAK.matcher(doc.text().substring(doc.codePoints().toIndex(content.start()),
            doc.codePoints().toIndex(Math.max(content.start(), c.span().start())))).find());
  }
}
