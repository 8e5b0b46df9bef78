package io.newsclaims.regress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsclaims.io.ClaimJson;
import io.newsclaims.testing.SeedClaims;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's own regression suite: the claims of the seed articles must stay those checked
 * in under {@code src/test/resources/regression/seeds.expected.jsonl}, compared with
 * {@link ClaimDiff}. After a reviewed change of the extraction, rewrite the file with
 * {@code mvn -B -q test -Dtest=SeedsRegressionTest -Dregression.update=true} and commit it.
 */
class SeedsRegressionTest {
  static final Path EXPECTED = Path.of("src/test/resources/regression/seeds.expected.jsonl");
  static final String UPDATE = "mvn -B -q test -Dtest=SeedsRegressionTest -Dregression.update=true";

  @Test
  void seedClaimsAreTheExpectedOnes() throws IOException {
    List<String> lines = SeedClaims.lines();
    assertFalse(lines.isEmpty(), "the seeds gave no claims at all");
    if (Boolean.getBoolean("regression.update")) {
      Files.writeString(EXPECTED, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      System.err.println("regression: wrote " + lines.size() + " claims to " + EXPECTED);
      return;
    }
    List<ClaimJson.Record> expected = ClaimsFile.read(EXPECTED).records();
    ClaimDiff.Result diff = ClaimDiff.allFields().diff(expected, SeedClaims.records());
    if (!diff.same()) {
      fail("the seeds' claims changed:\n" + DiffReport.text(diff, EXPECTED.toString(), "this build")
          + "If the change is intended and reviewed, update the expected claims with\n  " + UPDATE + "\nand commit them.");
    }
  }
}
