package io.newsclaims.model;

import java.util.Objects;

/**
 * One claim found in a document: its type, its exact span and text in the original document,
 * and the attributes CLAIMS.md names. Immutable; {@code with...} methods return copies.
 *
 * <p>{@code value} is a {@link Long} or {@link Double} for figures, a {@link String} for dates,
 * and null for vague amounts. {@code low}/{@code high} bound a range or a vague amount.
 */
public record Claim(
    String type,
    Span span,
    String text,
    Object value,
    String qualifier,
    String category,
    Double low,
    Double high,
    String unit,
    Attribution attribution,
    QuoteInfo quote,
    int sentence,
    Context context) {

  public Claim {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.codePointCount(0, text.length()) != span.length()) {
      throw new IllegalArgumentException("claim text '" + text + "' does not fit span " + span);
    }
  }

  /** A claim with only type, span and text; other attributes null. */
  public static Claim of(String type, Span span, String text, int sentence) {
    return new Claim(type, span, text, null, null, null, null, null, null, null, null, sentence, null);
  }

  public Claim withValue(Object newValue, String newQualifier) {
    return new Claim(type, span, text, newValue, newQualifier, category, low, high, unit, attribution, quote, sentence, context);
  }

  public Claim withCategory(String newCategory) {
    return new Claim(type, span, text, value, qualifier, newCategory, low, high, unit, attribution, quote, sentence, context);
  }

  public Claim withBounds(Double newLow, Double newHigh) {
    return new Claim(type, span, text, value, qualifier, category, newLow, newHigh, unit, attribution, quote, sentence, context);
  }

  public Claim withUnit(String newUnit) {
    return new Claim(type, span, text, value, qualifier, category, low, high, newUnit, attribution, quote, sentence, context);
  }

  public Claim withAttribution(Attribution newAttribution) {
    return new Claim(type, span, text, value, qualifier, category, low, high, unit, newAttribution, quote, sentence, context);
  }

  public Claim withQuote(QuoteInfo newQuote) {
    return new Claim(type, span, text, value, qualifier, category, low, high, unit, attribution, newQuote, sentence, context);
  }

  public Claim withContext(Context newContext) {
    return new Claim(type, span, text, value, qualifier, category, low, high, unit, attribution, quote, sentence, newContext);
  }
}
