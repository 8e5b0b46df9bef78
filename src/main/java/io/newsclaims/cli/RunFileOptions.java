package io.newsclaims.cli;

import picocli.CommandLine.Option;

/**
 * The run's report files (manifest, errors, warnings) as options shared by {@code extract} and
 * {@code spark}, and the one rule for their defaults: beside the output, none when the output is
 * standard output.
 */
public final class RunFileOptions {

  /** Where the report files go; a null path means none is written. */
  public record Paths(String manifest, String errors, String warnings) {}

  @Option(names = "--manifest", paramLabel = "FILE", description = "Run manifest. Default: run.json beside the output (none with -o -).")
  String manifest;

  @Option(names = "--errors", paramLabel = "FILE", description = "Errors file (JSON lines). Default: errors.jsonl beside the output (none with -o -).")
  String errors;

  @Option(names = "--warnings", paramLabel = "FILE",
      description = "Warnings file (JSON lines: documents decoded by a fallback rule). Default: warnings.jsonl beside the output (none with -o -).")
  String warnings;

  /** The report files of a run that writes {@code output} ("-": standard output). */
  public Paths resolve(String output) {
    boolean toStdout = output.equals("-");
    return new Paths(
        manifest != null ? manifest : toStdout ? null : sibling(output, "run.json"),
        errors != null ? errors : toStdout ? null : sibling(output, "errors.jsonl"),
        warnings != null ? warnings : toStdout ? null : sibling(output, "warnings.jsonl"));
  }

  /** A file beside {@code output}: a local path or a URI such as hdfs://host/dir/claims.jsonl. */
  static String sibling(String output, String name) {
    int slash = Math.max(output.lastIndexOf('/'), java.io.File.separatorChar == '\\' ? output.lastIndexOf('\\') : -1);
    return slash < 0 ? name : output.substring(0, slash + 1) + name;
  }
}
