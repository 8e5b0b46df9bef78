package io.newsclaims.model;

/**
 * A stretch of text that the document attributes to a source: the content of a quotation, a
 * clause governed by "X said", or a statement followed by "according to X". The attribution
 * stage publishes these (whether or not each is also emitted as a quote claim) so that later
 * stages can give any figure or date inside one the same attribution.
 *
 * @param provenance true when the text states the fact in its own voice and names its source
 *     ("…, according to X", "per X", "by X's count") rather than reporting what X said
 */
public record AttributedSpan(Span content, Attribution attribution, boolean provenance) {

  /** A reported statement or quotation. */
  public AttributedSpan(Span content, Attribution attribution) {
    this(content, attribution, false);
  }
}
