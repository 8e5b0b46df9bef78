package io.newsclaims.cli;

import io.newsclaims.regress.InputFileException;
import io.newsclaims.report.Report;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsclaims report}: a self-contained HTML review page of a claims file, or of the changes between two. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Writes one self-contained HTML page (no network) to review a claims file: run summary, "
        + "figures table, and every claim highlighted in its article; with --diff, the changes between two runs.",
    footer = {
      "",
      "Article texts come from --input (the sources given to extract), else from the",
      "inputs that the run.json beside the claims file records. run.json (or else",
      "errors.jsonl) beside the claims file gives documents read, succeeded, failed.",
      "",
      "Examples:",
      "  newsclaims report out/claims.jsonl --input seeds -o out/report.html",
      "  newsclaims report --diff old.jsonl out/claims.jsonl --input seeds",
      "",
      "Exit codes: 0 page written, 2 usage error (missing or malformed claims file,",
      "input not found)."
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "CLAIMS", description = "Claims file (JSON lines, as extract writes it).")
  Path claims;

  @Option(names = "--diff", arity = "2", paramLabel = "FILE",
      description = "Compare two claims files (OLD NEW) of the same articles instead.")
  List<Path> diff;

  @Option(names = {"-i", "--input"}, arity = "1..*", paramLabel = "SOURCE",
      description = "The articles: files, directories, .jsonl files (as given to extract).")
  List<String> inputs;

  @Option(names = "--run", paramLabel = "FILE", description = "Run manifest. Default: run.json beside the claims file.")
  Path run;

  @Option(names = {"-o", "--output"}, defaultValue = "out/report.html", paramLabel = "FILE",
      description = "The page to write. Default: ${DEFAULT-VALUE}.")
  Path output;

  @Option(names = "--title", paramLabel = "TEXT", description = "Page title. Default: names the claims file(s).")
  String title;

  @Option(names = {"-q", "--quiet"}, description = "No summary line on stderr.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Stack traces with errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if ((claims == null) == (diff == null)) {
      err.println("newsclaims: give either a claims file or --diff OLD NEW");
      return ExitCodes.USAGE;
    }
    Report.Page page;
    try {
      page = diff != null
          ? Report.ofDiff(diff.get(0), diff.get(1), inputs, run, title)
          : Report.ofClaims(claims, inputs, run, title);
    } catch (IllegalArgumentException | InputFileException e) {
      err.println("newsclaims: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Path parent = output.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = parent.resolve("." + output.getFileName() + ".tmp");
    Files.writeString(tmp, page.html(), StandardCharsets.UTF_8);
    Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    if (!quiet) {
      for (String note : page.notes()) {
        err.println("newsclaims: note: " + note);
      }
      err.printf(Locale.ROOT, "newsclaims: %s of %d documents, %d claims -> %s (%,d bytes)%n", diff != null ? "diff" : "report",
          page.documents(), page.claims(), output, page.html().getBytes(StandardCharsets.UTF_8).length);
    }
    return ExitCodes.OK;
  }
}
