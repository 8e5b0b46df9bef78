package io.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsclaims.testing.RunCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsclaims eval} on the command line: output, exit codes, and every way its inputs can be wrong. */
class EvalCommandTest {
  static final String GOLD = """
      {"doc_id": "d1", "text": "Officials said 12 people were killed on Monday.", "claims": [
      """.strip() + """
      {"type": "casualty", "anchor": "12 people", "value": 12, "category": "killed", "speaker": ["officials"]},\
       {"type": "date", "anchor": "Monday", "value": "2024-05-06"}]}
      """;
  static final String PRED = """
      {"doc_id": "d1", "type": "casualty", "span": {"start": 15, "end": 17}, "text": "12", "value": 12, "category": "killed", "attribution": {"speaker": "Officials"}}
      {"doc_id": "d1", "type": "date", "span": {"start": 40, "end": 46}, "text": "Monday", "value": "2024-05-07"}
      """;

  @TempDir Path dir;

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void printsTheTableAndMisses() throws IOException {
    RunCli r = RunCli.run("eval", "--gold", write("g.jsonl", GOLD).toString(), "--pred", write("p.jsonl", PRED).toString(), "--misses");
    assertEquals(0, r.code());
    assertEquals("", r.err());
    assertEquals("""
        d1 date 'Monday': value gold='2024-05-06' pred='2024-05-07'
        type           P      R     F1   attributes (share right among matched)
        quote       0.00   0.00   0.00  \s
        casualty    1.00   1.00   1.00   value=1.00  category=1.00  speaker=1.00
        count       0.00   0.00   0.00  \s
        date        1.00   1.00   1.00   value=0.00
        records=2 bad_records=0 span_mismatches=0
        macro_f1=0.5 speaker_accuracy=1.0
        """, r.out());
  }

  @Test
  void printsJson() throws IOException {
    RunCli r = RunCli.run("eval", "--gold", write("g.jsonl", GOLD).toString(), "--pred", write("p.jsonl", PRED).toString(), "--json");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("{\"docs\": 1, \"records\": 2, \"bad_records\": 0, \"span_mismatches\": 0, \"types\": {\"quote\": "), r.out());
    assertTrue(r.out().endsWith("\"speaker_accuracy\": 1.0, \"macro_f1\": 0.5}\n"), r.out());
  }

  @Test
  void failUnderExitsWithOneWhenTheMacroF1IsLower() throws IOException {
    String g = write("g.jsonl", GOLD).toString();
    String p = write("p.jsonl", PRED).toString();
    assertEquals(0, RunCli.run("eval", "--gold", g, "--pred", p, "--fail-under", "0.5").code());
    RunCli low = RunCli.run("eval", "--gold", g, "--pred", p, "--fail-under", "0.75");
    assertEquals(1, low.code());
    assertEquals("newsclaims: macro F1 0.5 is below 0.75\n", low.err());
  }

  @Test
  void missingGoldFile() throws IOException {
    RunCli r = RunCli.run("eval", "--gold", dir.resolve("nope.jsonl").toString(), "--pred", write("p.jsonl", PRED).toString());
    assertEquals(2, r.code());
    assertEquals("newsclaims: " + dir.resolve("nope.jsonl") + ": file not found\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void missingPredictionFile() throws IOException {
    RunCli r = RunCli.run("eval", "--gold", write("g.jsonl", GOLD).toString(), "--pred", dir.resolve("nope.jsonl").toString());
    assertEquals(2, r.code());
    assertEquals("newsclaims: " + dir.resolve("nope.jsonl") + ": file not found\n", r.err());
  }

  @Test
  void malformedPredictionLineNamesFileAndLine() throws IOException {
    Path p = write("p.jsonl", PRED + "\n{\"doc_id\": \"d1\", \"type\": \"date\"\n");
    RunCli r = RunCli.run("eval", "--gold", write("g.jsonl", GOLD).toString(), "--pred", p.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("newsclaims: " + p + ":4: malformed JSON: "), r.err());
  }

  @Test
  void recordWithoutSpanNamesFileAndLine() throws IOException {
    Path p = write("p.jsonl", "{\"doc_id\": \"d1\", \"type\": \"date\", \"text\": \"Monday\"}\n");
    RunCli r = RunCli.run("eval", "--gold", write("g.jsonl", GOLD).toString(), "--pred", p.toString());
    assertEquals(2, r.code());
    assertEquals("newsclaims: " + p + ":1: not a claim record: record has no span.start/span.end\n", r.err());
  }

  @Test
  void skipBadCountsBadRecordsAsScorePyDoes() throws IOException {
    Path p = write("p.jsonl", PRED + "not json\n");
    RunCli r = RunCli.run("eval", "--gold", write("g.jsonl", GOLD).toString(), "--pred", p.toString(), "--skip-bad");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("records=2 bad_records=1 span_mismatches=0\n"), r.out());
    assertTrue(r.err().startsWith("newsclaims: " + p + ":3: skipped: malformed JSON: "), r.err());
  }

  @Test
  void malformedGoldLineNamesFileAndLine() throws IOException {
    Path g = write("g.jsonl", GOLD + "{\"doc_id\": \"d2\", \"text\": \"x\"}\n");
    RunCli r = RunCli.run("eval", "--gold", g.toString(), "--pred", write("p.jsonl", PRED).toString());
    assertEquals(2, r.code());
    assertEquals("newsclaims: " + g + ":2: document d2 has no 'claims' list\n", r.err());
  }

  @Test
  void goldAnchorNotInTheText() throws IOException {
    Path g = write("g.jsonl", GOLD.replace("\"anchor\": \"Monday\"", "\"anchor\": \"Monday\", \"nth\": 2"));
    RunCli r = RunCli.run("eval", "--gold", g.toString(), "--pred", write("p.jsonl", PRED).toString());
    assertEquals(2, r.code());
    assertEquals("newsclaims: " + g + ":1: gold anchor not found: d1: 'Monday' #2\n", r.err());
  }

  @Test
  void goldPathToAMissingTextFile() throws IOException {
    Path g = write("g.jsonl", "{\"doc_id\": \"d3\", \"path\": \"seeds/d3.txt\", \"claims\": []}\n");
    RunCli r = RunCli.run("eval", "--gold", g.toString(), "--pred", write("p.jsonl", PRED).toString(), "--root", dir.toString());
    assertEquals(2, r.code());
    assertEquals("newsclaims: " + g + ":1: document d3: text file not found: " + dir.resolve("seeds/d3.txt") + "\n", r.err());
  }

  @Test
  void goldFileIsRequired() {
    RunCli r = RunCli.run("eval", "--pred", "p.jsonl");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("newsclaims: Missing required option: '--gold=GOLD.jsonl'"), r.err());
  }
}
