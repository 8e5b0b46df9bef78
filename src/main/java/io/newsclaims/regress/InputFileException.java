package io.newsclaims.regress;

import java.nio.file.Path;

/**
 * A file that cannot be used: missing, unreadable, or with a malformed line. The message names
 * the file and, when there is one, the line ({@code gold.jsonl:7: ...}); the CLI prints it and
 * exits with the usage/setup code.
 */
public final class InputFileException extends RuntimeException {
  private final transient Path file;
  private final int line;

  public InputFileException(Path file, int line, String reason) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    this.file = file;
    this.line = line;
  }

  public InputFileException(Path file, String reason) {
    this(file, 0, reason);
  }

  public Path file() {
    return file;
  }

  /** The 1-based line number, or 0 when the problem is the whole file. */
  public int line() {
    return line;
  }
}
