package io.newsclaims.cli;

import io.newsclaims.NewsClaims;
import io.newsclaims.pipeline.Settings;
import io.newsclaims.pipeline.Stage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"stage", "class", "requires", "provides"});
    for (Stage s : NewsClaims.create(Settings.defaults()).pipeline().stages()) {
      rows.add(new String[] {s.name(), s.getClass().getName().replace("io.newsclaims.", ""),
          String.join(",", new TreeSet<>(s.requires())), String.join(",", new TreeSet<>(s.provides()))});
    }
    int[] width = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    String format = "%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s%n";
    for (String[] row : rows) {
      out.printf(Locale.ROOT, format, (Object[]) row);
    }
    return ExitCodes.OK;
  }
}
