package io.newsclaims.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on stderr (documents done / total, documents per second, time
 * left), redrawn at most twice a second. Silent when stderr is not a terminal or with --quiet.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long total;
  private final long start = System.nanoTime();
  private long lastDraw;
  private long done;

  Progress(PrintWriter err, boolean enabled, long total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (enabled && now - lastDraw > 500_000_000L) {
      lastDraw = now;
      double secs = (now - start) / 1e9;
      double rate = done / Math.max(secs, 1e-9);
      String left = total > 0 && rate > 0 ? ", " + clock((total - done) / rate) + " left" : "";
      String of = total > 0 ? "/" + total : "";
      err.print("\r" + done + of + " documents, " + String.format(Locale.ROOT, "%.1f", rate) + " docs/s" + left + "   ");
      err.flush();
    }
  }

  void finish() {
    if (enabled && lastDraw != 0) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
