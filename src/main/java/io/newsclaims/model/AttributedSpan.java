package io.newsclaims.model;

/**
 * A stretch of text that the document attributes to a source: the content of a quotation, a
 * clause governed by "X said", or a statement followed by "according to X". The attribution
 * stage publishes these (whether or not each is also emitted as a quote claim) so that later
 * stages can give any figure or date inside one the same attribution.
 */
public record AttributedSpan(Span content, Attribution attribution) {}
