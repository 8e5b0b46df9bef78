package io.newsclaims.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.NewsClaims;
import io.newsclaims.batch.BatchRunner;
import io.newsclaims.batch.Manifest;
import io.newsclaims.batch.RunStats;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.io.Inputs;
import io.newsclaims.model.Claim;
import io.newsclaims.pipeline.Settings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsclaims extract}: the main job, articles in, claims dataset out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extracts claims from articles and writes them as JSON lines, with a run manifest and an errors file beside them.",
    footer = {
      "",
      "Inputs: .txt files, directories (recursive: .txt and .jsonl files), .jsonl files of",
      "{\"id\",\"text\",\"date\"?} records, or - for standard input.",
      "",
      "Examples:",
      "  newsclaims extract seeds -o out/claims.jsonl",
      "  newsclaims extract articles.jsonl --date 2024-07-26 --threads 4",
      "  cat article.txt | newsclaims extract - -o -",
      "",
      "Exit codes: 0 all documents succeeded, 1 some documents failed (see errors.jsonl), 2 usage or setup error."
    })
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, .jsonl files, or - for stdin.")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, defaultValue = "out/claims.jsonl", paramLabel = "FILE",
      description = "Claims file (JSON lines); - for stdout. Default: ${DEFAULT-VALUE}.")
  String output;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Date of documents that give none (no 'date' field, no 'date YYYY-MM-DD' header line).")
  LocalDate date;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of cores.")
  Integer threads;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + Settings.DEFAULT_MAX_CHARS,
      description = "Refuse documents longer than N characters (0: no limit). Default: ${DEFAULT-VALUE}.")
  int maxChars;

  @Option(names = "--parse-all", description = "Parse every sentence, not only those that can hold a claim (slower; same output).")
  boolean parseAll;

  @Option(names = "--manifest", paramLabel = "FILE", description = "Run manifest. Default: run.json beside the output (none with -o -).")
  Path manifest;

  @Option(names = "--errors", paramLabel = "FILE", description = "Errors file (JSON lines). Default: errors.jsonl beside the output (none with -o -).")
  Path errors;

  @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary on stderr.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Stack traces with errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    for (String in : inputs) {
      if (!in.equals("-") && !Files.exists(Path.of(in))) {
        err.println("newsclaims: input not found: " + in);
        return ExitCodes.USAGE;
      }
    }
    int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (nThreads < 1) {
      err.println("newsclaims: --threads must be at least 1, not " + nThreads);
      return ExitCodes.USAGE;
    }
    Settings settings = Settings.defaults().withDefaultDate(date).withParseAll(parseAll).withMaxChars(maxChars);
    boolean toStdout = output.equals("-");
    Path outPath = toStdout ? null : Path.of(output);
    Path manifestPath = manifest != null ? manifest : toStdout ? null : sibling(outPath, "run.json");
    Path errorsPath = errors != null ? errors : toStdout ? null : sibling(outPath, "errors.jsonl");

    long t0 = System.nanoTime();
    NewsClaims core = NewsClaims.create(settings);
    RunStats stats = new RunStats();
    Progress progress = new Progress(err, !quiet && System.console() != null, Inputs.count(inputs));
    Path tmpOut = outPath == null ? null : temp(outPath);
    Path tmpErr = errorsPath == null ? null : temp(errorsPath);
    try (Writer claimsOut = toStdout ? nonClosing(spec.commandLine().getOut()) : open(tmpOut);
        Writer errorsOut = tmpErr == null ? Writer.nullWriter() : open(tmpErr)) {
      new BatchRunner(core, nThreads).run(new Inputs(inputs, System.in), outcome -> {
        try {
          write(outcome, stats, claimsOut, errorsOut, err);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        progress.step();
      });
    }
    progress.finish();
    if (tmpOut != null) {
      Files.move(tmpOut, outPath, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    if (tmpErr != null) {
      Files.move(tmpErr, errorsPath, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    if (manifestPath != null) {
      ObjectNode m = Manifest.build(stats, settings, inputs, output, nThreads, wall);
      Path tmpManifest = temp(manifestPath);
      ClaimJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmpManifest.toFile(), m);
      Files.move(tmpManifest, manifestPath, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    if (!quiet) {
      err.printf("newsclaims: %d documents read, %d succeeded, %d failed; %d claims %s in %.1f s%s%n",
          stats.read(), stats.succeeded(), stats.failed(), stats.totalClaims(), stats.claimsByType(), wall,
          toStdout ? "" : " -> " + output);
    }
    return stats.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  private void write(BatchRunner.Outcome outcome, RunStats stats, Writer claimsOut, Writer errorsOut, PrintWriter err)
      throws IOException {
    var item = outcome.item();
    if (outcome.result() == null) {
      stats.addUnreadable(item.id(), item.location(), item.error());
      errorLine(errorsOut, err, item.id(), item.location(), "read", item.error());
      return;
    }
    var r = outcome.result();
    stats.add(r);
    if (r.failed()) {
      errorLine(errorsOut, err, r.id(), item.location(), r.error().stage(), r.error().reason());
      return;
    }
    for (Claim c : r.claims()) {
      claimsOut.write(ClaimJson.toLine(r.id(), c));
      claimsOut.write('\n');
    }
  }

  private void errorLine(Writer errorsOut, PrintWriter err, String id, String location, String stage, String reason)
      throws IOException {
    ObjectNode e = ClaimJson.MAPPER.createObjectNode();
    e.put("doc_id", id);
    e.put("location", location);
    e.put("stage", stage);
    e.put("reason", reason);
    errorsOut.write(ClaimJson.MAPPER.writeValueAsString(e));
    errorsOut.write('\n');
    if (!quiet) {
      err.println("newsclaims: " + (location != null ? location : id) + ": " + reason);
    }
  }

  private static Path sibling(Path out, String name) {
    Path parent = out.toAbsolutePath().getParent();
    return parent.resolve(name);
  }

  private static Path temp(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    return parent.resolve("." + target.getFileName() + ".tmp");
  }

  private static Writer open(Path p) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 16);
  }

  private static Writer nonClosing(PrintWriter w) {
    return new java.io.FilterWriter(w) {
      @Override
      public void close() {
        w.flush();
      }
    };
  }
}
