package io.newsclaims.pipeline;

/** A document refused by a stage: the reason is one line that a user can act on. */
public final class StageException extends Exception {
  public StageException(String reason) {
    super(reason);
  }

  public StageException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
