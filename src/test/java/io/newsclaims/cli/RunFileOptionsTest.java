package io.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class RunFileOptionsTest {

  @Command(name = "run")
  static final class Run {
    @Mixin
    RunFileOptions files;
  }

  private static RunFileOptions.Paths resolve(String output, String... args) {
    Run run = new Run();
    new CommandLine(run).parseArgs(args);
    return run.files.resolve(output);
  }

  @Test
  void reportFilesGoBesideTheOutput() {
    assertEquals(new RunFileOptions.Paths("out/run.json", "out/errors.jsonl", "out/warnings.jsonl"), resolve("out/claims.jsonl"));
  }

  @Test
  void anOutputWithoutAFolderKeepsItsReportFilesInTheWorkingFolder() {
    assertEquals(new RunFileOptions.Paths("run.json", "errors.jsonl", "warnings.jsonl"), resolve("claims.jsonl"));
  }

  @Test
  void aUriOutputKeepsItsScheme() {
    assertEquals("hdfs://nn:8020/runs/7/errors.jsonl", resolve("hdfs://nn:8020/runs/7/claims.jsonl").errors());
  }

  @Test
  void standardOutputHasNoReportFilesUnlessAsked() {
    assertEquals(new RunFileOptions.Paths(null, "e.jsonl", null), resolve("-", "--errors", "e.jsonl"));
  }
}
