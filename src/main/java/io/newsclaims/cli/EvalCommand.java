package io.newsclaims.cli;

import io.newsclaims.regress.ClaimsFile;
import io.newsclaims.regress.EvalReport;
import io.newsclaims.regress.Evaluation;
import io.newsclaims.regress.Gold;
import io.newsclaims.regress.InputFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsclaims eval}: precision, recall and F1 per claim type against gold files, as score.py computes them. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores a claims file against gold files: precision / recall / F1 per claim type and the share of "
        + "right attributes among matched claims (rules in docs/regression.md; same figures as score.py).",
    footer = {
      "",
      "Examples:",
      "  newsclaims eval --gold ../shared/gold/seeds.gold.jsonl --pred out/claims.jsonl",
      "  newsclaims eval --gold my.gold.jsonl --pred out/claims.jsonl --misses \\",
      "      --fail-under 0.8",
      "",
      "Exit codes: 0 scored, 1 macro F1 below --fail-under, 2 usage error, missing or malformed file."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl",
      description = "Gold file (anchored format, docs/regression.md); repeat for several.")
  List<Path> gold;

  @Option(names = "--pred", required = true, paramLabel = "CLAIMS.jsonl", description = "The claims to score.")
  Path pred;

  @Option(names = "--root", paramLabel = "DIR",
      description = "Folder that gold 'path' fields are relative to. Default: the folder above each gold file's folder.")
  Path root;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--misses", description = "List every missed gold claim, wrong attribute and claim not in gold first.")
  boolean misses;

  @Option(names = "--skip-bad", description = "Count lines that are not claim records as bad_records instead of stopping.")
  boolean skipBad;

  @Option(names = "--fail-under", paramLabel = "F1", description = "Exit with 1 when the macro F1 is below this.")
  Double failUnder;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Evaluation.Score score;
    try {
      Gold g = Gold.load(gold, root);
      ClaimsFile p = skipBad ? ClaimsFile.readLenient(pred) : ClaimsFile.read(pred);
      for (ClaimsFile.Bad b : p.bad()) {
        err.println("newsclaims: " + pred + ":" + b.line() + ": skipped: " + b.reason());
      }
      score = Evaluation.score(g, p);
    } catch (InputFileException e) {
      err.println("newsclaims: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    out.print(json ? EvalReport.json(score) + "\n" : EvalReport.text(score, misses));
    out.flush();
    if (failUnder != null && score.macroF1() < failUnder) {
      err.println("newsclaims: macro F1 " + score.macroF1() + " is below " + failUnder);
      return ExitCodes.PARTIAL;
    }
    return ExitCodes.OK;
  }
}
