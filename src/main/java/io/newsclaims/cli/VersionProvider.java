package io.newsclaims.cli;

import io.newsclaims.NewsClaims;
import io.newsclaims.batch.ModelArtifacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Prints the tool version and the model artifacts it runs, from the list the run manifest records. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>();
    lines.add("newsclaims " + NewsClaims.VERSION + " (output schema " + NewsClaims.SCHEMA + ")");
    for (Map<String, String> a : ModelArtifacts.list()) {
      lines.add("  " + a.get("artifact"));
    }
    lines.add("Java " + System.getProperty("java.version"));
    return lines.toArray(String[]::new);
  }
}
