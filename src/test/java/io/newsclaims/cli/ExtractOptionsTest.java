package io.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The robustness options as a user types them, and the one-line usage errors they give. */
class ExtractOptionsTest {
  private final ExtractCommand.DurationConverter time = new ExtractCommand.DurationConverter();

  @Test
  void timesTakeAUnitOrMeanSeconds() {
    assertEquals(Duration.ofSeconds(60), time.convert("60"));
    assertEquals(Duration.ofSeconds(60), time.convert("60s"));
    assertEquals(Duration.ofMillis(500), time.convert("500ms"));
    assertEquals(Duration.ofMillis(1500), time.convert("1.5s"));
    assertEquals(Duration.ofMinutes(2), time.convert("2m"));
    assertEquals(Duration.ofHours(1), time.convert("1h"));
    assertEquals(Duration.ZERO, time.convert("0"));
  }

  private static String usageError(String... args) {
    StringWriter err = new StringWriter();
    assertEquals(ExitCodes.USAGE, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args));
    return err.toString().lines().findFirst().orElse("");
  }

  @Test
  void badValuesAreUsageErrorsNamingTheValue() {
    assertEquals("newsclaims: Invalid value for option '--doc-timeout': 'soon' is not a time (examples: 60, 60s, 500ms, 2m)",
        usageError("extract", "seeds", "--doc-timeout", "soon"));
    assertEquals("newsclaims: Invalid value for option '--doc-timeout': '-5s' is not a time (examples: 60, 60s, 500ms, 2m)",
        usageError("extract", "seeds", "--doc-timeout", "-5s"));
    assertEquals("newsclaims: --max-chars must be 0 (no limit) or more, not -1",
        usageError("extract", "seeds", "--max-chars", "-1"));
    assertEquals("newsclaims: --resume needs an output file (-o FILE), not standard output",
        usageError("extract", "seeds", "-o", "-", "--resume"));
    assertEquals("newsclaims: --threads must be at least 1, not 0", usageError("extract", "seeds", "--threads", "0"));
  }
}
