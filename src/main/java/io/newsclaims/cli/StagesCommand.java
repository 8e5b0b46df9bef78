package io.newsclaims.cli;

import io.newsclaims.NewsClaims;
import io.newsclaims.pipeline.Settings;
import io.newsclaims.pipeline.Stage;
import java.io.PrintWriter;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsclaims stages}: prints the pipeline as a table of stages, what each requires and provides. */
@Command(
    name = "stages",
    mixinStandardHelpOptions = true,
    description = "Prints the pipeline: its stages in order, with what each requires and provides.",
    footer = {"", "Example:", "  newsclaims stages"})
public final class StagesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-10s %-34s %-28s %s%n", "stage", "class", "requires", "provides");
    for (Stage s : NewsClaims.create(Settings.defaults()).pipeline().stages()) {
      out.printf("%-10s %-34s %-28s %s%n", s.name(), s.getClass().getName().replace("io.newsclaims.", ""),
          String.join(",", new TreeSet<>(s.requires())), String.join(",", new TreeSet<>(s.provides())));
    }
    return ExitCodes.OK;
  }
}
