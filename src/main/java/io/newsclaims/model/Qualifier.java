package io.newsclaims.model;

/** How exact a figure is; the names are the ones CLAIMS.md uses in the {@code qualifier} field. */
public final class Qualifier {
  public static final String EXACT = "exact";
  public static final String ABOUT = "about";
  public static final String AT_LEAST = "at_least";
  public static final String MORE_THAN = "more_than";
  public static final String AT_MOST = "at_most";
  public static final String LESS_THAN = "less_than";
  public static final String UP_TO = "up_to";
  public static final String RANGE = "range";
  public static final String VAGUE = "vague";

  private Qualifier() {}
}
