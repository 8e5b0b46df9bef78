package io.newsclaims.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium} package) driven from a test: loads a page,
 * lets its scripts run for a few seconds of virtual time, and returns the DOM it ended with
 * and the console messages it logged. A missing browser fails the test in CI (CI=true, where
 * .ci/run installs it) with the command that installs it; on a developer's machine that has
 * only Java and Maven the browser tests are skipped with that same message.
 */
final class Chromium {
  static final String INSTALL = "apt-get update && apt-get install -y chromium";
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

  /** The page after its scripts ran: the serialized DOM, and the console lines Chromium logged. */
  record Loaded(String dom, List<String> console) {}

  private final Path binary;
  private final Path profile;

  private Chromium(Path binary, Path profile) {
    this.binary = binary;
    this.profile = profile;
  }

  /** The browser on the PATH, with a fresh profile under {@code tmp}; fails the test when there is none. */
  static Chromium find(Path tmp) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : NAMES) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return new Chromium(p, tmp.resolve("chromium-profile"));
        }
      }
    }
    String missing = "headless Chromium is needed for the report page's browser tests and none of " + NAMES
        + " is on the PATH; install it: " + INSTALL;
    if (!"true".equals(System.getenv("CI"))) {
      org.junit.jupiter.api.Assumptions.abort(missing);
    }
    return fail(missing);
  }

  /** Loads {@code page} (with {@code fragment} after '#', or none) and returns the DOM after 5 s of virtual time. */
  Loaded load(Path page, String fragment) throws IOException, InterruptedException {
    String url = page.toUri() + (fragment == null ? "" : "#" + fragment);
    Path out = Files.createTempFile(profile.getParent(), "dom", ".html");
    Path log = Files.createTempFile(profile.getParent(), "log", ".txt");
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--window-size=1400,1000",
        "--virtual-time-budget=5000", "--dump-dom", url));
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish loading " + url + " in 90 s");
    }
    List<String> console = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains(":CONSOLE")).toList();
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    if (p.exitValue() != 0 || dom.isBlank()) {
      fail("chromium failed (exit " + p.exitValue() + ") on " + url + ":\n" + Files.readString(log));
    }
    return new Loaded(dom, console);
  }
}
