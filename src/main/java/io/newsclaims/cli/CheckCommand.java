package io.newsclaims.cli;

import io.newsclaims.regress.CheckReport;
import io.newsclaims.regress.ClaimsFile;
import io.newsclaims.regress.Expectations;
import io.newsclaims.regress.InputFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsclaims check}: facts written down in an expectations file, checked against a claims file. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Checks that the facts in an expectations file hold in a claims file (format: docs/regression.md): "
        + "one PASS/FAIL line per expectation, and a JUnit XML report for CI with --junit.",
    footer = {
      "",
      "One expectation per line, for example:",
      "  {\"doc\": \"003_47b5167eeece3b24\", \"type\": \"casualty\", \"min\": 34535,",
      "   \"category\": \"killed\", \"speaker\": \"Ministry of Health\"}",
      "",
      "Examples:",
      "  newsclaims check facts.jsonl",
      "  newsclaims check facts.jsonl --claims out/claims.jsonl \\",
      "      --junit target/newsclaims-check.xml",
      "",
      "Exit codes: 0 every expectation holds, 1 some do not, 2 usage error, missing or malformed file."
    })
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPECTATIONS", description = "The expectations file (JSON lines).")
  Path expectations;

  @Option(names = "--claims", defaultValue = "out/claims.jsonl", paramLabel = "CLAIMS.jsonl",
      description = "The claims to check. Default: ${DEFAULT-VALUE}.")
  Path claims;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write a JUnit XML report here.")
  Path junit;

  @Option(names = {"-q", "--quiet"}, description = "Print only failures and the summary line.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CheckReport report;
    try {
      report = Expectations.load(expectations).verify(ClaimsFile.read(claims).records());
    } catch (InputFileException e) {
      err.println("newsclaims: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (junit != null) {
      try {
        Path parent = junit.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(junit, report.junitXml(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("newsclaims: cannot write " + junit + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    String text = report.text();
    if (quiet) {
      text = text.lines().filter(l -> !l.startsWith("PASS ")).map(l -> l + "\n").reduce("", String::concat);
    }
    out.print(text);
    out.flush();
    return report.allHold() ? ExitCodes.OK : ExitCodes.PARTIAL;
  }
}
