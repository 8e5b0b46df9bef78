package io.newsclaims.model;

/** The claim types; the first four are the scored ones of CLAIMS.md. */
public final class ClaimType {
  public static final String QUOTE = "quote";
  public static final String CASUALTY = "casualty";
  public static final String COUNT = "count";
  public static final String DATE = "date";
  public static final String MONEY = "money";
  public static final String PERCENT = "percent";
  public static final String QUANTITY = "quantity";
  public static final String DURATION = "duration";

  private ClaimType() {}
}
