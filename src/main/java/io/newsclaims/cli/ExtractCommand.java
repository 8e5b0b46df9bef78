package io.newsclaims.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.NewsClaims;
import io.newsclaims.batch.BatchRunner;
import io.newsclaims.batch.Manifest;
import io.newsclaims.batch.OutputSafety;
import io.newsclaims.batch.RunFiles;
import io.newsclaims.batch.RunStats;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.io.InputItem;
import io.newsclaims.io.Inputs;
import io.newsclaims.model.Claim;
import io.newsclaims.nlp.CoreNlpModels;
import io.newsclaims.pipeline.Settings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsclaims extract}: the main job, articles in, claims dataset out, every document accounted for. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extracts claims from articles and writes them as JSON lines, with a run manifest, an errors file "
        + "and a warnings file beside them.",
    footer = {
      "",
      "Inputs: .txt files, directories (recursive: .txt and .jsonl files),",
      ".jsonl files of {\"id\",\"text\",\"date\"?} records, or - for standard input.",
      "",
      "Every document read yields its claims (possibly none) or one line in the",
      "errors file (doc_id, location, stage, reason): run.json counts",
      "read = succeeded + failed. A killed run continues with --resume, and its",
      "output is byte for byte that of an uninterrupted run.",
      "",
      "Examples:",
      "  newsclaims extract seeds -o out/claims.jsonl",
      "  newsclaims extract articles.jsonl --date 2024-07-26 --doc-timeout 30s",
      "  newsclaims extract corpus/ -o out/claims.jsonl --resume",
      "  cat article.txt | newsclaims extract - -o -",
      "",
      "Exit codes: 0 all documents succeeded, 1 some documents failed (see",
      "errors.jsonl), 2 usage or setup error."
    })
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, .jsonl files, or - for stdin.")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, defaultValue = "out/claims.jsonl", paramLabel = "FILE",
      description = "Claims file (JSON lines); - for stdout. Default: ${DEFAULT-VALUE}.")
  String output;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of cores.")
  Integer threads;

  @Mixin
  DocumentOptions documents;

  @Option(names = "--resume", description = "Continue the interrupted run that wrote the same output, skipping the documents it finished.")
  boolean resume;

  @Option(names = "--commit-interval", paramLabel = "TIME", defaultValue = "2s", converter = DurationConverter.class,
      description = "How often finished documents are committed to disk for --resume (0: after each). Default: ${DEFAULT-VALUE}.")
  Duration commitInterval;

  @Mixin
  RunFileOptions runFiles;

  @Option(names = {"-q", "--quiet"}, description = "No progress line, no per-document messages and no summary on stderr.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Stack traces with errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String problem = checkArguments();
    if (problem != null) {
      err.println("newsclaims: " + problem);
      return ExitCodes.USAGE;
    }
    int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Settings settings = documents.settings();
    boolean toStdout = output.equals("-");
    Path outPath = toStdout ? null : Path.of(output).toAbsolutePath();
    RunFileOptions.Paths reportFiles = runFiles.resolve(output);
    Path manifestPath = path(reportFiles.manifest());
    Path errorsPath = path(reportFiles.errors());
    Path warningsPath = path(reportFiles.warnings());
    List<Path> targets = new ArrayList<>();
    for (Path p : new Path[] {outPath, manifestPath, errorsPath, warningsPath}) {
      if (p != null) {
        targets.add(p.toAbsolutePath().normalize());
      }
    }
    problem = OutputSafety.check(targets, inputs);
    if (problem != null) {
      err.println("newsclaims: " + problem);
      return ExitCodes.USAGE;
    }

    long t0 = System.nanoTime();
    RunFiles files = null;
    Writer claimsOut;
    Writer errorsOut;
    Writer warningsOut;
    if (toStdout) {
      claimsOut = nonClosing(spec.commandLine().getOut());
      errorsOut = errorsPath == null ? Writer.nullWriter() : open(temp(errorsPath));
      warningsOut = warningsPath == null ? Writer.nullWriter() : open(temp(warningsPath));
    } else {
      try {
        files = RunFiles.open(outPath, errorsPath, warningsPath, fingerprint(settings, errorsPath, warningsPath), resume);
      } catch (RunFiles.Refused e) {
        err.println("newsclaims: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      claimsOut = files.claims();
      errorsOut = files.errors();
      warningsOut = files.warnings();
    }
    // a run stopped by Ctrl-C or SIGTERM keeps what it committed: say how to go on
    Thread hint = new Thread(() -> err.println("\nnewsclaims: interrupted; the documents committed so far are kept: "
        + "run the same command with --resume to continue"));
    if (files != null) {
      Runtime.getRuntime().addShutdownHook(hint);
    }
    try {
      RunFiles.Committed before = files == null ? null : files.resumed();
      RunStats stats = before == null ? new RunStats() : RunStats.restore(before.stats(), files.committedFailures());
      Sink sink = new Sink(stats, claimsOut, errorsOut, warningsOut, files, err, before);
      if (before != null && !quiet) {
        err.println("newsclaims: resuming after " + before.documents() + " documents"
            + (before.complete() ? " (the run was complete)" : ""));
      }
      if (before == null || !before.complete()) {
        Iterator<InputItem> items = new Inputs(inputs, System.in, readLimit(documents.maxChars()));
        problem = skipCommitted(items, before);
        if (problem != null) {
          err.println("newsclaims: cannot resume: " + problem);
          return ExitCodes.USAGE;
        }
        NewsClaims core = NewsClaims.create(settings);
        // load the models before the clock of the first document's time limit starts
        CoreNlpModels.shared(settings.sentenceBreak()).await(settings.parseAll());
        boolean showProgress = !quiet && System.console() != null;
        sink.progress = new Progress(err, showProgress, showProgress ? Inputs.count(inputs) : -1);
        new BatchRunner(core::process, nThreads, documents.docTimeout()).run(items, sink);
        sink.progress.finish();
      }
      if (files != null) {
        files.finish(sink.documents, sink.lastId, sink.lastLocation, stats.snapshot());
      } else {
        errorsOut.close();
        warningsOut.close();
        claimsOut.close();
        moveIntoPlace(errorsPath);
        moveIntoPlace(warningsPath);
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      if (manifestPath != null) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("doc_timeout_seconds", documents.docTimeout().toMillis() / 1000.0);
        run.put("commit_interval_seconds", commitInterval.toMillis() / 1000.0);
        run.put("errors", errorsPath == null ? null : errorsPath.toString());
        run.put("warnings", warningsPath == null ? null : warningsPath.toString());
        run.put("resumed_after_documents", before == null ? null : before.documents());
        ObjectNode m = Manifest.build(stats, settings, inputs, output, nThreads, wall, run);
        Path tmpManifest = temp(manifestPath);
        ClaimJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmpManifest.toFile(), m);
        Files.move(tmpManifest, manifestPath, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      if (files != null) {
        files.completed();
      }
      if (!quiet) {
        err.printf(Locale.ROOT, "newsclaims: %d documents read, %d succeeded, %d failed%s; %d warnings; %d claims %s in %.1f s%s%n",
            stats.read(), stats.succeeded(), stats.failed(), stats.failed() > 0 ? " " + stats.failuresByStage() : "",
            stats.warnings(), stats.totalClaims(), stats.claimsByType(), wall, toStdout ? "" : " -> " + output);
      }
      return stats.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    } finally {
      if (files != null) {
        files.close();
        removeHook(hint);
      }
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hint is being printed
    }
  }

  /** The one-line problem with the arguments, or null. */
  private String checkArguments() {
    for (String in : inputs) {
      if (!in.equals("-") && !Files.exists(Path.of(in))) {
        return "input not found: " + in;
      }
    }
    if (threads != null && threads < 1) {
      return "--threads must be at least 1, not " + threads;
    }
    if (documents.problem() != null) {
      return documents.problem();
    }
    if (resume && output.equals("-")) {
      return "--resume needs an output file (-o FILE), not standard output";
    }
    return null;
  }

  /** Bytes read for one document before its characters are even counted: 8 × --max-chars (UTF-8, JSON escapes). */
  public static long readLimit(int maxChars) {
    return maxChars == 0 ? Inputs.NO_LIMIT : 8L * maxChars + 65_536;
  }

  /** What must be the same for a run to be resumed: versions, settings, inputs, where errors go. */
  private ObjectNode fingerprint(Settings settings, Path errorsPath, Path warningsPath) throws IOException {
    ObjectNode f = ClaimJson.MAPPER.createObjectNode();
    f.put("version", NewsClaims.VERSION);
    f.put("schema", NewsClaims.SCHEMA);
    f.set("settings", ClaimJson.MAPPER.valueToTree(settings.toMap()));
    var in = f.putArray("inputs");
    inputs.forEach(i -> in.add(i.equals("-") ? i : Path.of(i).toAbsolutePath().normalize().toString()));
    f.put("errors", errorsPath.toAbsolutePath().normalize().toString());
    f.put("warnings", warningsPath.toAbsolutePath().normalize().toString());
    // as the checkpoint file will hold it, so that numbers compare equal after a round trip
    return (ObjectNode) ClaimJson.MAPPER.readTree(ClaimJson.MAPPER.writeValueAsString(f));
  }

  /** Reads past the items an interrupted run finished; the problem when the inputs no longer match it, else null. */
  private static String skipCommitted(Iterator<InputItem> items, RunFiles.Committed before) {
    if (before == null || before.documents() == 0) {
      return null;
    }
    InputItem last = null;
    for (long i = 0; i < before.documents(); i++) {
      if (!items.hasNext()) {
        return "the interrupted run had finished " + before.documents() + " documents but the inputs now hold only " + i;
      }
      last = items.next();
    }
    if (!Objects.equals(last.id(), before.lastId()) || !Objects.equals(last.location(), before.lastLocation())) {
      return "the inputs changed: document " + before.documents() + " was " + before.lastId() + " at "
          + before.lastLocation() + ", now " + last.id() + " at " + last.location();
    }
    return null;
  }

  /** Writes each outcome (claims, or an error line; a warning line for a fallback decoding) and commits now and then. */
  private final class Sink implements Consumer<BatchRunner.Outcome> {
    private final RunStats stats;
    private final Writer claimsOut;
    private final Writer errorsOut;
    private final Writer warningsOut;
    private final RunFiles files;
    private final PrintWriter err;
    Progress progress;
    long documents;
    String lastId;
    String lastLocation;
    private long lastCommit = System.nanoTime();

    Sink(RunStats stats, Writer claimsOut, Writer errorsOut, Writer warningsOut, RunFiles files, PrintWriter err,
        RunFiles.Committed before) {
      this.stats = stats;
      this.claimsOut = claimsOut;
      this.errorsOut = errorsOut;
      this.warningsOut = warningsOut;
      this.files = files;
      this.err = err;
      if (before != null) {
        documents = before.documents();
        lastId = before.lastId();
        lastLocation = before.lastLocation();
      }
    }

    @Override
    public void accept(BatchRunner.Outcome outcome) {
      try {
        write(outcome);
        documents++;
        lastId = outcome.item().id();
        lastLocation = outcome.item().location();
        if (files != null && System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
          files.commit(documents, lastId, lastLocation, stats.snapshot());
          lastCommit = System.nanoTime();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      progress.step();
    }

    private void write(BatchRunner.Outcome outcome) throws IOException {
      InputItem item = outcome.item();
      if (item.note() != null) {
        warningsOut.write(ClaimJson.decodingWarningLine(item.id(), item.location(), item.document().decoding(), item.note()));
        warningsOut.write('\n');
        stats.addWarning();
      }
      if (outcome.result() == null) {
        stats.addUnreadable(item.id(), item.location(), item.stage(), item.error());
        errorLine(item.id(), item.location(), item.stage(), item.error(), null);
        return;
      }
      var r = outcome.result();
      stats.add(r);
      if (r.failed()) {
        errorLine(r.id(), item.location(), r.error().stage(), r.error().reason(), r.error().trace());
        return;
      }
      for (Claim c : r.claims()) {
        claimsOut.write(ClaimJson.toLine(r.id(), c));
        claimsOut.write('\n');
      }
    }

    private void errorLine(String id, String location, String stage, String reason, String trace) throws IOException {
      errorsOut.write(ClaimJson.errorLine(id, location, stage, reason));
      errorsOut.write('\n');
      if (!quiet) {
        err.println("newsclaims: " + (location != null ? location : id) + ": " + reason);
      }
      if (verbose && trace != null) {
        err.print(trace); // a bug in a stage: where it happened
      }
    }
  }

  /** Parses a time: a number of seconds, or a number with ms, s, m or h. */
  public static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      var m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?").matcher(value.strip());
      if (!m.matches()) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a time (examples: 60, 60s, 500ms, 2m)");
      }
      double n = Double.parseDouble(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      double millis = switch (unit) {
        case "ms" -> n;
        case "m" -> n * 60_000;
        case "h" -> n * 3_600_000;
        default -> n * 1000;
      };
      return Duration.ofMillis(Math.round(millis));
    }
  }

  private static Path path(String file) {
    return file == null ? null : Path.of(file);
  }

  private static Path temp(Path target) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    return RunFiles.hidden(target, ".tmp");
  }

  private static void moveIntoPlace(Path target) throws IOException {
    if (target != null) {
      Files.move(RunFiles.hidden(target, ".tmp"), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
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
