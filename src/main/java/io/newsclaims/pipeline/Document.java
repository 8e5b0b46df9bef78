package io.newsclaims.pipeline;

import io.newsclaims.model.AttributedSpan;
import io.newsclaims.model.Claim;
import io.newsclaims.model.InputDocument;
import io.newsclaims.model.Span;
import io.newsclaims.nlp.Parsed;
import io.newsclaims.text.CodePoints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A document on its way through the pipeline. Immutable: each stage returns a new record with
 * what it added. {@code text} is the working text: the original with metadata blanked and odd
 * characters normalized, always of the same UTF-16 length, so that every index into it is an
 * index into the original.
 */
public record Document(
    InputDocument input,
    String text,
    CodePoints codePoints,
    LocalDate date,
    String language,
    Parsed parsed,
    List<Claim> claims,
    List<AttributedSpan> attributed) {

  public Document {
    claims = List.copyOf(claims);
    attributed = List.copyOf(attributed);
    if (text.length() != input.text().length()) {
      throw new IllegalStateException("working text must keep the original's length");
    }
  }

  public static Document of(InputDocument input) {
    return new Document(input, input.text(), new CodePoints(input.text()), null, null, null, List.of(), List.of());
  }

  public String original() {
    return input.text();
  }

  public Document withText(String newText) {
    return new Document(input, newText, codePoints, date, language, parsed, claims, attributed);
  }

  public Document withDate(LocalDate newDate) {
    return new Document(input, text, codePoints, newDate, language, parsed, claims, attributed);
  }

  public Document withLanguage(String newLanguage) {
    return new Document(input, text, codePoints, date, newLanguage, parsed, claims, attributed);
  }

  public Document withParsed(Parsed newParsed) {
    return new Document(input, text, codePoints, date, language, newParsed, claims, attributed);
  }

  public Document withClaims(List<Claim> newClaims) {
    return new Document(input, text, codePoints, date, language, parsed, newClaims, attributed);
  }

  /** This document with {@code more} claims added after the existing ones. */
  public Document plusClaims(List<Claim> more) {
    List<Claim> all = new ArrayList<>(claims);
    all.addAll(more);
    return withClaims(Collections.unmodifiableList(all));
  }

  /** This document with {@code more} attributed spans published. */
  public Document plusAttributed(List<AttributedSpan> more) {
    List<AttributedSpan> all = new ArrayList<>(attributed);
    all.addAll(more);
    return new Document(input, text, codePoints, date, language, parsed, claims, all);
  }

  /**
   * The attribution of the innermost published attributed span that contains {@code span}
   * (code points), or null when the document says it in its own voice.
   */
  public AttributedSpan attributedAt(Span span) {
    AttributedSpan best = null;
    for (AttributedSpan a : attributed) {
      if (a.content().contains(span) && (best == null || a.content().length() < best.content().length())) {
        best = a;
      }
    }
    return best;
  }

  /** {@code claim} with the attribution of the innermost attributed span that holds it, if any. */
  public Claim attributed(Claim claim) {
    AttributedSpan a = attributedAt(claim.span());
    return a == null ? claim : claim.withAttribution(a.attribution());
  }

  /** Claims of one type found so far. */
  public List<Claim> claimsOfType(String type) {
    return claims.stream().filter(c -> c.type().equals(type)).toList();
  }
}
