package io.newsclaims.testing;

import io.newsclaims.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the newsclaims command line in this JVM and keeps its exit code, stdout and stderr. */
public record RunCli(int code, String out, String err) {
  public static RunCli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new RunCli(code, out.toString(), err.toString());
  }
}
