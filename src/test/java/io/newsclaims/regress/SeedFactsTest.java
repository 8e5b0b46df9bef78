package io.newsclaims.regress;

import io.newsclaims.model.DocumentResult;
import io.newsclaims.model.InputDocument;
import io.newsclaims.testing.SeedClaims;
import io.newsclaims.testing.Shared;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Facts about the seed articles that must hold whatever else changes (true per the seeds gold),
 * one JUnit test per line of {@code src/test/resources/regression/seeds.facts.jsonl}: the way
 * the README shows a user pinning facts in their own JUnit 5 tests.
 */
class SeedFactsTest {
  @TestFactory
  Stream<DynamicTest> seedFactsHold() {
    CheckReport report = Expectations.load(Path.of("src/test/resources/regression/seeds.facts.jsonl"))
        .verify(SeedClaims.records());
    return report.outcomes().stream()
        .map(o -> DynamicTest.dynamicTest(o.expectation().toString(), o::assertHolds));
  }

  /** Facts stated in code about a document processed in this JVM (the README's second example). */
  @Test
  void factsStatedInCode() {
    DocumentResult r = Shared.core().process(InputDocument.of("a1", "The two delegations met in Beijing on Monday.", "2024-07-26"));
    Expectations.of(Expectation.claim("a1", "date").text("Monday").value("2024-07-22"),
        Expectation.claim("a1", "casualty").absent())
        .verify(r).assertAllHold();
  }
}
