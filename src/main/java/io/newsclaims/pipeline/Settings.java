package io.newsclaims.pipeline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline's configuration. Immutable and serializable (the Spark runner ships it to its
 * executors); {@link #toMap()} is what the run manifest records.
 *
 * @param defaultDate the date of documents that give none (CLI {@code --date}); may be null
 * @param sentenceBreak CoreNLP's {@code ssplit.newlineIsSentenceBreak}: {@code two} (a blank
 *     line ends a sentence), {@code always} or {@code never}
 * @param parseAll run SUTime and the parser on every sentence instead of only those where a
 *     claim can be (slower; the same output)
 * @param languageGate refuse documents that are not English
 * @param maxChars documents longer than this are refused (0: no limit)
 * @param quoteUnit what one direct quote claim covers: {@code quotation} (the words between one
 *     pair of marks, or a sentence broken by its cue: CLAIMS.md) or {@code passage} (the run of
 *     one speaker's quotations in a paragraph, cue between them, as PolNeAR annotates)
 * @param scope which attributions are quote claims: {@code statements} (what someone said or
 *     wrote, as CLAIMS.md counts them) or {@code attributions} (also beliefs, intentions and
 *     attitudes, "wants to", "is counting on", as PolNeAR annotates them; their claims carry
 *     {@code cue_kind: "attitude"})
 */
public record Settings(LocalDate defaultDate, String sentenceBreak, boolean parseAll, boolean languageGate, int maxChars,
    String quoteUnit, String scope) implements java.io.Serializable {
  public static final int DEFAULT_MAX_CHARS = 1_000_000;
  public static final String QUOTATION = "quotation";
  public static final String PASSAGE = "passage";
  public static final String STATEMENTS = "statements";
  public static final String ATTRIBUTIONS = "attributions";
  private static final Set<String> BREAKS = Set.of("two", "always", "never");
  private static final Set<String> QUOTE_UNITS = Set.of(QUOTATION, PASSAGE);
  private static final Set<String> SCOPES = Set.of(STATEMENTS, ATTRIBUTIONS);

  public Settings {
    if (!BREAKS.contains(sentenceBreak)) {
      throw new IllegalArgumentException("sentence break '" + sentenceBreak + "' is not one of " + BREAKS);
    }
    if (!QUOTE_UNITS.contains(quoteUnit)) {
      throw new IllegalArgumentException("quote unit '" + quoteUnit + "' is not one of " + QUOTE_UNITS);
    }
    if (!SCOPES.contains(scope)) {
      throw new IllegalArgumentException("scope '" + scope + "' is not one of " + SCOPES);
    }
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars must be ≥ 0, not " + maxChars);
    }
  }

  public static Settings defaults() {
    return new Settings(null, "two", false, true, DEFAULT_MAX_CHARS, QUOTATION, STATEMENTS);
  }

  public Settings withDefaultDate(LocalDate date) {
    return new Settings(date, sentenceBreak, parseAll, languageGate, maxChars, quoteUnit, scope);
  }

  public Settings withParseAll(boolean all) {
    return new Settings(defaultDate, sentenceBreak, all, languageGate, maxChars, quoteUnit, scope);
  }

  public Settings withMaxChars(int max) {
    return new Settings(defaultDate, sentenceBreak, parseAll, languageGate, max, quoteUnit, scope);
  }

  public Settings withQuoteUnit(String unit) {
    return new Settings(defaultDate, sentenceBreak, parseAll, languageGate, maxChars, unit, scope);
  }

  public Settings withScope(String s) {
    return new Settings(defaultDate, sentenceBreak, parseAll, languageGate, maxChars, quoteUnit, s);
  }

  /** Whether beliefs, intentions and attitudes are claims too ({@link #ATTRIBUTIONS}). */
  public boolean attitudes() {
    return scope.equals(ATTRIBUTIONS);
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("default_date", defaultDate == null ? null : defaultDate.toString());
    m.put("sentence_break", sentenceBreak);
    m.put("parse_all", parseAll);
    m.put("language_gate", languageGate);
    m.put("max_chars", maxChars);
    m.put("quote_unit", quoteUnit);
    m.put("scope", scope);
    return m;
  }
}
