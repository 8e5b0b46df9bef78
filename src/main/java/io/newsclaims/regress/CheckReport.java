package io.newsclaims.regress;

import io.newsclaims.io.ClaimJson;
import java.util.List;

/**
 * The outcome of checking expectations: one {@link Outcome} per expectation, in the order
 * written, printable as text or as a JUnit XML report. Immutable and thread-safe.
 */
public final class CheckReport {
  /** Whether one expectation held, why, and the claim that met it (or came nearest), if any. */
  public record Outcome(Expectation expectation, boolean passed, String message, ClaimJson.Record claim) {
    /** Throws an {@link AssertionError} with the expectation and the message when it did not hold (for JUnit). */
    public void assertHolds() {
      if (!passed) {
        throw new AssertionError(expectation + ": " + message);
      }
    }
  }

  private final String source;
  private final List<Outcome> outcomes;

  CheckReport(String source, List<Outcome> outcomes) {
    this.source = source;
    this.outcomes = List.copyOf(outcomes);
  }

  public List<Outcome> outcomes() {
    return outcomes;
  }

  public List<Outcome> failures() {
    return outcomes.stream().filter(o -> !o.passed()).toList();
  }

  public boolean allHold() {
    return outcomes.stream().allMatch(Outcome::passed);
  }

  /** Throws an {@link AssertionError} listing every expectation that did not hold. */
  public void assertAllHold() {
    if (!allHold()) {
      StringBuilder b = new StringBuilder(failures().size() + " of " + outcomes.size() + " expectations failed:");
      failures().forEach(o -> b.append("\n  ").append(o.expectation()).append(": ").append(o.message()));
      throw new AssertionError(b.toString());
    }
  }

  /** One line per expectation ({@code PASS}/{@code FAIL}, where, what, why), then a summary line. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Outcome o : outcomes) {
      b.append(o.passed() ? "PASS " : "FAIL ").append(o.expectation()).append('\n');
      if (!o.passed()) {
        b.append("     ").append(o.message()).append('\n');
      }
    }
    int failed = failures().size();
    b.append(outcomes.size() - failed).append(" passed, ").append(failed).append(" failed\n");
    return b.toString();
  }

  /**
   * The report as JUnit XML (one {@code testsuite}, one {@code testcase} per expectation, a
   * {@code failure} element for each that did not hold), as CI systems read it.
   */
  public String junitXml() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    String suite = "newsclaims check " + source;
    b.append("<testsuite name=\"").append(xml(suite)).append("\" tests=\"").append(outcomes.size())
        .append("\" failures=\"").append(failures().size()).append("\" errors=\"0\" skipped=\"0\">\n");
    String className = "newsclaims.check." + source.replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_]+", "_");
    for (Outcome o : outcomes) {
      Expectation e = o.expectation();
      String name = (e.location() != null ? e.location() + " " : "") + e.name();
      b.append("  <testcase classname=\"").append(xml(className)).append("\" name=\"").append(xml(name)).append('"');
      if (o.passed()) {
        b.append("/>\n");
      } else {
        b.append(">\n    <failure message=\"").append(xml(o.message())).append("\" type=\"ExpectationFailed\">")
            .append(xml(e + "\n" + o.message())).append("</failure>\n  </testcase>\n");
      }
    }
    return b.append("</testsuite>\n").toString();
  }

  /** Text escaped for XML attributes and content; characters XML 1.0 cannot hold become U+FFFD. */
  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        case '\n' -> b.append("&#10;");
        case '\t', '\r' -> b.append("&#").append(cp).append(';');
        default -> {
          boolean ok = cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
          b.appendCodePoint(ok ? cp : 0xFFFD);
        }
      }
    });
    return b.toString();
  }
}
