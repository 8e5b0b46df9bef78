package io.newsclaims.spark;

import io.newsclaims.batch.OutputSafety;
import io.newsclaims.cli.ExitCodes;
import io.newsclaims.cli.DocumentOptions;
import io.newsclaims.cli.ExtractCommand;
import io.newsclaims.cli.RunFileOptions;
import io.newsclaims.pipeline.Settings;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsclaims spark}: {@code extract} as a Spark job, local by default, on a cluster
 * through spark-submit. Same inputs, settings and outputs as {@code extract}; this class names no
 * Spark type, so the plain CLI loads without Spark on its class path.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = "Runs extract as an Apache Spark job: the same claims, errors, warnings and counts, byte for byte, "
        + "on all local cores by default or on a cluster through spark-submit.",
    footer = {
      "",
      "Inputs: .txt files, directories (recursive: .txt and .jsonl files) and .jsonl",
      "files, as for extract; on a cluster also Hadoop URIs (hdfs://, s3a://, file:).",
      "",
      "Examples:",
      "  newsclaims spark seeds -o out/claims.jsonl",
      "  newsclaims spark in.jsonl --master 'local[2]' --parquet out/claims.parquet",
      "  spark-submit --class io.newsclaims.spark.SparkMain --jars MODELS.jar \\",
      "    newsclaims-spark.jar hdfs:///news/in -o hdfs:///news/out/claims.jsonl",
      "  (README: On a Spark cluster)",
      "",
      "Exit codes: 0 all documents succeeded, 1 some documents failed (see",
      "errors.jsonl), 2 usage or setup error."
    })
public final class SparkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or .jsonl files (local paths or Hadoop URIs).")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, defaultValue = "out/claims.jsonl", paramLabel = "FILE",
      description = "Claims file (JSON lines), written by the driver in input order; - for stdout. Default: ${DEFAULT-VALUE}.")
  String output;

  @Option(names = "--parquet", paramLabel = "DIR",
      description = "Also write the claims as a Parquet dataset in DIR (replaced if present); schema in docs/spark.md.")
  String parquet;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master. Default: spark-submit's --master, else local[*] (all cores of this machine).")
  String master;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions the documents are processed in. Default: 4 per core, at most one per document.")
  Integer partitions;

  @Mixin
  DocumentOptions documents;

  @Option(names = "--resume", hidden = true, description = "Not for Spark: Spark retries failed tasks; rerun the job.")
  boolean resume;

  @Mixin
  RunFileOptions runFiles;

  @Option(names = {"-q", "--quiet"}, description = "No summary on stderr.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Stack traces with errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!sparkPresent()) {
      err.println("newsclaims: Spark is not on the class path: run the ./newsclaims script (it adds Spark for this "
          + "command) or spark-submit the newsclaims-spark jar");
      return ExitCodes.USAGE;
    }
    if (inputs.contains("-")) {
      err.println("newsclaims: spark reads files, not standard input");
      return ExitCodes.USAGE;
    }
    if (resume) {
      err.println("newsclaims: spark has no --resume: Spark retries failed tasks itself, and a stopped job is run "
          + "again from the start (extract --resume continues a run on one machine)");
      return ExitCodes.USAGE;
    }
    if (documents.problem() != null) {
      err.println("newsclaims: " + documents.problem());
      return ExitCodes.USAGE;
    }
    if (partitions != null && partitions < 1) {
      err.println("newsclaims: --partitions must be at least 1, not " + partitions);
      return ExitCodes.USAGE;
    }
    Settings settings = documents.settings();
    boolean toStdout = output.equals("-");
    RunFileOptions.Paths reportFiles = runFiles.resolve(output);
    String manifestPath = reportFiles.manifest();
    String errorsPath = reportFiles.errors();
    String warningsPath = reportFiles.warnings();
    String problem = outputsAmongInputs(toStdout ? null : output, manifestPath, errorsPath, warningsPath, parquet);
    if (problem != null) {
      err.println("newsclaims: " + problem);
      return ExitCodes.USAGE;
    }
    SparkJob.Options options = new SparkJob.Options(inputs, output, errorsPath, warningsPath, manifestPath, parquet,
        master, partitions, settings, documents.docTimeout(), quiet);
    SparkJob.Outcome run;
    try {
      run = SparkJob.run(options, spec.commandLine().getOut(), err);
    } catch (FileNotFoundException e) {
      err.println("newsclaims: input not found: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    var stats = run.stats();
    if (!quiet) {
      err.printf(Locale.ROOT, "newsclaims: %d documents read, %d succeeded, %d failed%s; %d warnings; %d claims %s in %.1f s "
              + "on Spark %s (%d partitions)%s%n",
          stats.read(), stats.succeeded(), stats.failed(), stats.failed() > 0 ? " " + stats.failuresByStage() : "",
          stats.warnings(), stats.totalClaims(), stats.claimsByType(), run.wallSeconds(),
          run.master(), run.partitions(), toStdout ? "" : " -> " + output);
    }
    return stats.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  /**
   * The CLI's {@link OutputSafety} check when inputs and outputs are all local paths (names
   * with a scheme are on a cluster's file system, which that check cannot see); else null.
   */
  private String outputsAmongInputs(String... outputs) throws IOException {
    List<Path> targets = new ArrayList<>();
    for (String o : outputs) {
      if (o != null) {
        if (SCHEME.matcher(o).find()) {
          return null;
        }
        targets.add(Path.of(o).toAbsolutePath().normalize());
      }
    }
    for (String in : inputs) {
      if (SCHEME.matcher(in).find() || !Files.exists(Path.of(in))) {
        return null; // a missing input is reported by the job, named as given
      }
    }
    return OutputSafety.check(targets, inputs);
  }

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private static boolean sparkPresent() {
    try {
      Class.forName("org.apache.spark.sql.SparkSession", false, SparkCommand.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
