package io.newsclaims.cli;

import io.newsclaims.NewsClaims;
import picocli.CommandLine;

/** Prints the tool version and the versions of the models it runs. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "newsclaims " + NewsClaims.VERSION + " (output schema " + NewsClaims.SCHEMA + ")",
      "Stanford CoreNLP 4.5.10, Apache OpenNLP 2.5.6 with langdetect-183 (models 1.3.0)",
      "Java " + System.getProperty("java.version")
    };
  }
}
