package io.newsclaims.cli;

/** Every exit code of the newsclaims command, in one place (documented in the README). */
public final class ExitCodes {
  /** Everything worked: all documents succeeded, no difference, every expectation held. */
  public static final int OK = 0;
  /** The run finished but some documents failed, or a diff found differences, or a check failed. */
  public static final int PARTIAL = 1;
  /** Usage or setup error: bad arguments, missing or malformed input files, models not found. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
