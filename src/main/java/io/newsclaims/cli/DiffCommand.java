package io.newsclaims.cli;

import io.newsclaims.regress.ClaimDiff;
import io.newsclaims.regress.ClaimsFile;
import io.newsclaims.regress.DiffReport;
import io.newsclaims.regress.InputFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsclaims diff}: which claims a new run added, removed or changed against an old one. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Compares two claims files: claims added, removed, and changed field by field. The same claim "
        + "(same document and type, overlapping span or mostly the same words) is paired across the files even "
        + "when its span shifted or its claim_id changed.",
    footer = {
      "",
      "Examples:",
      "  newsclaims diff out/last-release.jsonl out/claims.jsonl",
      "  newsclaims diff old.jsonl new.jsonl --ignore sentence,context --json",
      "",
      "Exit codes: 0 no differences, 1 differences, 2 usage error, missing or malformed file."
    })
public final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD.jsonl", description = "The claims before.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW.jsonl", description = "The claims after.")
  Path after;

  @Option(names = "--json", description = "Print the differences as one JSON object.")
  boolean json;

  @Option(names = "--ignore", split = ",", paramLabel = "FIELD",
      description = "Fields not to compare (e.g. span,sentence,attribution.cue); an object name ignores all its fields.")
  List<String> ignore = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ClaimDiff diff;
    try {
      diff = ClaimDiff.ignoring(new HashSet<>(ignore));
    } catch (IllegalArgumentException e) {
      err.println("newsclaims: --ignore: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    ClaimDiff.Result r;
    try {
      r = diff.diff(ClaimsFile.read(before).records(), ClaimsFile.read(after).records());
    } catch (InputFileException e) {
      err.println("newsclaims: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    String label0 = before.toString();
    String label1 = after.toString();
    out.print(json ? DiffReport.json(r, label0, label1) + "\n" : DiffReport.text(r, label0, label1));
    out.flush();
    return r.same() ? ExitCodes.OK : ExitCodes.PARTIAL;
  }
}
