package io.newsclaims.model;

/**
 * Why a document yielded no claims: the stage that refused it and a one-line reason; for a bug
 * (a runtime exception in a stage) also its stack trace, which the command line prints with
 * {@code --verbose}, and null for input a stage refused.
 */
public record DocumentError(String stage, String reason, String trace) {
  public DocumentError(String stage, String reason) {
    this(stage, reason, null);
  }
}
