package io.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsclaims.testing.RunCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsclaims check} on the command line: PASS/FAIL lines, the JUnit report, exit codes 0/1/2. */
class CheckCommandTest {
  static final String CLAIMS = """
      {"doc_id": "d1", "type": "casualty", "span": {"start": 15, "end": 17}, "text": "12", "value": 12, "qualifier": "at_least", "category": "killed", "attribution": {"speaker": "Health Ministry"}}
      {"doc_id": "d1", "type": "date", "span": {"start": 40, "end": 46}, "text": "Monday", "value": "2024-05-06"}
      """;
  static final String FACTS = """
      # what d1 must keep saying
      {"doc": "d1", "type": "casualty", "value": 12, "qualifier": "at_least", "category": "killed", "speaker": "Ministry"}
      {"doc": "d1", "type": "date", "value": "2024-05-06"}
      """;

  @TempDir Path dir;

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void allHoldExitsZero() throws IOException {
    RunCli r = RunCli.run("check", write("facts.jsonl", FACTS).toString(), "--claims", write("claims.jsonl", CLAIMS).toString());
    assertEquals(0, r.code());
    assertEquals("""
        PASS facts.jsonl:2: d1 casualty value=12 qualifier=at_least category=killed speaker="Ministry"
        PASS facts.jsonl:3: d1 date value="2024-05-06"
        2 passed, 0 failed
        """, r.out());
    assertEquals("", r.err());
  }

  @Test
  void aFailureExitsOneAndTheJunitReportSaysWhich() throws IOException {
    Path facts = write("facts.jsonl", FACTS.replace("\"value\": 12", "\"value\": 13"));
    Path report = dir.resolve("reports/check.xml");
    RunCli r = RunCli.run("check", facts.toString(), "--claims", write("claims.jsonl", CLAIMS).toString(), "--junit", report.toString(), "-q");
    assertEquals(1, r.code());
    assertEquals("""
        FAIL facts.jsonl:2: d1 casualty value=13 qualifier=at_least category=killed speaker="Ministry"
             no casualty claim matches among 1; nearest: casualty [15,17) "12" value=12 qualifier=at_least category=killed speaker="Health Ministry" — value 12 (expected 13)
        1 passed, 1 failed
        """, r.out());
    String xml = Files.readString(report);
    assertTrue(xml.contains("<testsuite name=\"newsclaims check facts.jsonl\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\">"), xml);
    assertTrue(xml.contains("<testcase classname=\"newsclaims.check.facts\" name=\"facts.jsonl:3 d1 date value=&quot;2024-05-06&quot;\"/>"), xml);
    assertTrue(xml.contains("<failure message=\"no casualty claim matches among 1; nearest:"), xml);
  }

  @Test
  void claimsDefaultToWhatExtractWrites() {
    assertEquals("out/claims.jsonl", new picocli.CommandLine(new CheckCommand()).getCommandSpec().findOption("--claims").defaultValue());
  }

  @Test
  void missingExpectationsFile() throws IOException {
    Path none = dir.resolve("none.jsonl");
    RunCli r = RunCli.run("check", none.toString(), "--claims", write("claims.jsonl", CLAIMS).toString());
    assertEquals(2, r.code());
    assertEquals("newsclaims: " + none + ": file not found\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void missingClaimsFile() throws IOException {
    Path none = dir.resolve("none.jsonl");
    RunCli r = RunCli.run("check", write("facts.jsonl", FACTS).toString(), "--claims", none.toString());
    assertEquals(2, r.code());
    assertEquals("newsclaims: " + none + ": file not found\n", r.err());
  }

  @Test
  void malformedExpectationNamesFileAndLine() throws IOException {
    Path facts = write("facts.jsonl", FACTS + "{\"doc\": \"d1\", \"type\": \"date\", \"value\": \"2024-05-06\",}\n");
    RunCli r = RunCli.run("check", facts.toString(), "--claims", write("claims.jsonl", CLAIMS).toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("newsclaims: " + facts + ":4: malformed JSON: "), r.err());
  }

  @Test
  void malformedClaimNamesFileAndLine() throws IOException {
    Path claims = write("claims.jsonl", CLAIMS + "{\"doc_id\": \"d1\", \"span\": {\"start\": 1, \"end\": 2}, \"text\": \"x\"}\n");
    RunCli r = RunCli.run("check", write("facts.jsonl", FACTS).toString(), "--claims", claims.toString());
    assertEquals(2, r.code());
    assertEquals("newsclaims: " + claims + ":3: not a claim record: record has no 'type'\n", r.err());
  }
}
