package io.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.testing.RunCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsclaims diff} on the command line: both outputs, exit codes 0/1/2. */
class DiffCommandTest {
  static final String OLD = """
      {"claim_id": "a", "doc_id": "d1", "type": "casualty", "span": {"start": 15, "end": 17}, "text": "12", "value": 12, "category": "killed", "attribution": {"speaker": "Officials"}}
      {"claim_id": "b", "doc_id": "d1", "type": "date", "span": {"start": 40, "end": 46}, "text": "Monday", "value": "2024-05-06"}
      {"claim_id": "c", "doc_id": "d2", "type": "date", "span": {"start": 3, "end": 8}, "text": "April", "value": "2024-04"}
      """;
  static final String NEW = """
      {"claim_id": "x", "doc_id": "d1", "type": "casualty", "span": {"start": 15, "end": 24}, "text": "12 people", "value": 12, "category": "killed", "attribution": {"speaker": "Officials"}}
      {"claim_id": "b", "doc_id": "d1", "type": "date", "span": {"start": 40, "end": 46}, "text": "Monday", "value": "2024-05-06"}
      {"claim_id": "d", "doc_id": "d2", "type": "quote", "span": {"start": 20, "end": 60}, "text": "we will rebuild every school in the city", "attribution": {"speaker": "Ana Lopez"}, "quote": {"direct": true}}
      """;

  @TempDir Path dir;

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void equalFilesExitZero() throws IOException {
    RunCli r = RunCli.run("diff", write("old.jsonl", OLD).toString(), write("new.jsonl", OLD).toString());
    assertEquals(0, r.code());
    assertEquals("no differences (3 claims)\n", r.out());
  }

  @Test
  void differencesArePrintedByDocumentAndExitOne() throws IOException {
    Path a = write("old.jsonl", OLD);
    Path b = write("new.jsonl", NEW);
    RunCli r = RunCli.run("diff", a.toString(), b.toString());
    assertEquals(1, r.code());
    assertEquals("--- " + a + "\n+++ " + b + "\n" + """
        d1
          ~ casualty [15,24) "12 people"
              span: [15,17) -> [15,24)
              text: "12" -> "12 people"
        d2
          - date [3,8) "April" value="2024-04"
          + quote [20,60) "we will rebuild every school in the city" speaker="Ana Lopez" direct=true
        1 added, 1 removed, 1 changed, 1 unchanged
        """, r.out());
    assertEquals("", r.err());
  }

  @Test
  void jsonOutput() throws IOException {
    RunCli r = RunCli.run("diff", write("old.jsonl", OLD).toString(), write("new.jsonl", NEW).toString(), "--json");
    assertEquals(1, r.code());
    JsonNode o = ClaimJson.MAPPER.readTree(r.out());
    assertEquals(false, o.get("equal").asBoolean());
    assertEquals("1 1 1 1", o.get("added_count") + " " + o.get("removed_count") + " " + o.get("changed_count") + " " + o.get("unchanged_count"));
    assertEquals("d", o.get("added").get(0).get("claim_id").asText());
    assertEquals("c", o.get("removed").get(0).get("claim_id").asText());
    JsonNode change = o.get("changed").get(0);
    assertEquals("[{\"field\":\"span\",\"old\":{\"start\":15,\"end\":17},\"new\":{\"start\":15,\"end\":24}},"
        + "{\"field\":\"text\",\"old\":\"12\",\"new\":\"12 people\"}]", change.get("changes").toString());
    assertEquals("a", change.get("old").get("claim_id").asText());
    assertEquals("x", change.get("new").get("claim_id").asText());
  }

  @Test
  void ignoreOption() throws IOException {
    Path a = write("old.jsonl", OLD);
    Path b = write("new.jsonl", OLD.replace("\"text\": \"12\"", "\"text\": \"XY\""));
    assertEquals(1, RunCli.run("diff", a.toString(), b.toString()).code());
    assertEquals(0, RunCli.run("diff", a.toString(), b.toString(), "--ignore", "text,sentence").code());
    RunCli bad = RunCli.run("diff", a.toString(), b.toString(), "--ignore", "colour");
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("newsclaims: --ignore: unknown field 'colour'"), bad.err());
  }

  @Test
  void missingFile() throws IOException {
    Path missing = dir.resolve("missing.jsonl");
    RunCli r = RunCli.run("diff", write("old.jsonl", OLD).toString(), missing.toString());
    assertEquals(2, r.code());
    assertEquals("newsclaims: " + missing + ": file not found\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void malformedLineNamesFileAndLine() throws IOException {
    Path b = write("new.jsonl", NEW + "\n{\"doc_id\": \"d3\", \"type\": \"date\", \"span\": {\"start\": 5, \"end\": 2}, \"text\": \"\"}\n");
    RunCli r = RunCli.run("diff", write("old.jsonl", OLD).toString(), b.toString());
    assertEquals(2, r.code());
    assertEquals("newsclaims: " + b + ":5: not a claim record: bad span [5,2)\n", r.err());
  }

  @Test
  void textThatDoesNotFitTheSpanIsMalformed() throws IOException {
    Path b = write("new.jsonl", "{\"doc_id\": \"d3\", \"type\": \"date\", \"span\": {\"start\": 0, \"end\": 2}, \"text\": \"abc\"}\n");
    RunCli r = RunCli.run("diff", write("old.jsonl", OLD).toString(), b.toString());
    assertEquals(2, r.code());
    assertEquals("newsclaims: " + b + ":1: not a claim record: claim text 'abc' does not fit span [0,2)\n", r.err());
  }

  @Test
  void twoFilesAreRequired() {
    RunCli r = RunCli.run("diff", "only-one.jsonl");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("newsclaims: Missing required parameter: 'NEW.jsonl'"), r.err());
  }
}
