package io.newsclaims.cli;

import io.newsclaims.bench.BenchCommand;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code newsclaims} command: {@code main} only exits with what {@link #run} returns. */
@Command(
    name = "newsclaims",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Extracts claims (quotes, casualty figures, actor counts, dates) with exact spans from news articles.",
    subcommands = {ExtractCommand.class, StagesCommand.class, EvalCommand.class, DiffCommand.class, CheckCommand.class,
      ReportCommand.class, BenchCommand.class, io.newsclaims.spark.SparkCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 all went well, 1 some documents failed (or differences/failed checks), 2 usage or setup error."})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(utf8(System.out), utf8(System.err), args));
  }

  /** JSON lines on standard output are UTF-8 whatever the platform's charset (LANG=C: ASCII). */
  public static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** Runs the command line with the given streams; returns the exit code (tests call this). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean verbose = parseResult.hasMatchedOption("--verbose")
          || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose"));
      commandLine.getErr().println("newsclaims: " + oneLine(e));
      if (verbose) {
        e.printStackTrace(commandLine.getErr());
      }
      return ExitCodes.USAGE;
    });
    cl.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("newsclaims: " + e.getMessage());
      e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCodes.USAGE;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.split("\n")[0];
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
