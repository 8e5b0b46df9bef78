package io.newsclaims.pipeline;

/**
 * What stages need and provide, by name. The pipeline checks at construction that every key a
 * stage requires is provided by a stage before it, so a misordered pipeline fails at start-up
 * with a message naming the stage and the key, not on the first document.
 */
public final class Keys {
  /** The document date (possibly none) and the working text without metadata. */
  public static final String DATE = "date";
  /** The working text with odd characters normalized. */
  public static final String NORMALIZED = "normalized-text";
  /** A wire dateline at the story's start is a sentence of its own. */
  public static final String DATELINE = "dateline";
  /** The document is known to be English. */
  public static final String LANGUAGE = "language";
  /** CoreNLP tokens, sentences, POS, lemmas, NER, SUTime and dependency parses. */
  public static final String PARSE = "parse";
  /** Quote claims and the attributed spans published for later stages. */
  public static final String ATTRIBUTION = "attribution";
  /** Date claims. */
  public static final String DATES = "dates";
  /** Casualty, count and other figure claims. */
  public static final String FIGURES = "figures";
  /** Quote claims for statements sourced with "according to X" that no figure carries. */
  public static final String SOURCED_FACTS = "sourced-facts";
  /** Claims in output order, checked against the original text. */
  public static final String FINAL = "final";

  private Keys() {}
}
