package io.newsclaims.model;

/**
 * Quote-specific fields: whether the words stand inside quotation marks, and the span of the
 * quoted or reported content itself (without the marks).
 */
public record QuoteInfo(boolean direct, Span content) {}
