package io.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.io.ClaimJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job as a user runs it: files in, claims file, manifest and errors file out. */
class ExtractCliTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void seedsGiveClaimsAndAManifest() throws Exception {
    Path out = tmp.resolve("out/claims.jsonl");
    Run r = run("extract", "seeds", "-o", out.toString(), "--quiet");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(lines.size() >= 15, "claims: " + lines.size());
    assertTrue(lines.get(0).startsWith("{\"schema\":\"newsclaims/1\",\"claim_id\":"), lines.get(0));
    JsonNode manifest = ClaimJson.MAPPER.readTree(tmp.resolve("out/run.json").toFile());
    assertEquals(3, manifest.at("/documents/read").asInt());
    assertEquals(3, manifest.at("/documents/succeeded").asInt());
    assertEquals(0, manifest.at("/documents/failed").asInt());
    assertEquals(lines.size(), manifest.at("/claims/total").asInt());
    assertTrue(manifest.at("/stage_seconds").has("annotate"));
    assertEquals("", Files.readString(tmp.resolve("out/errors.jsonl")));
  }

  @Test
  void aFailedDocumentIsReportedAndTheOthersGoOn() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "The minister said on Monday that 12 people were hurt.");
    Files.writeString(in.resolve("b.txt"), "Der Minister sagte am Montag, dass zwölf Menschen in der Stadt "
        + "verletzt worden seien und die Polizei ermittle.");
    Files.writeString(in.resolve("c.txt"), "The talks resumed in April, the ministry said.");
    Path out = tmp.resolve("claims.jsonl");
    Run r = run("extract", in.toString(), "-o", out.toString(), "--date", "2024-07-26");
    assertEquals(ExitCodes.PARTIAL, r.code());
    assertTrue(r.err().contains("b.txt: not English: language detected as 'deu'"), r.err());
    String claims = Files.readString(out);
    assertTrue(claims.contains("\"doc_id\":\"a\""));
    assertTrue(claims.contains("\"doc_id\":\"c\""));
    assertTrue(claims.contains("\"text\":\"April\",\"value\":\"2024-04\""), claims);
    JsonNode error = ClaimJson.MAPPER.readTree(Files.readAllLines(tmp.resolve("errors.jsonl")).get(0));
    assertEquals("b", error.get("doc_id").asText());
    assertEquals("language", error.get("stage").asText());
  }

  @Test
  void dashWritesClaimsToStdout() {
    Run r = run("extract", "seeds/003_47b5167eeece3b24.txt", "-o", "-", "--quiet");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().lines().allMatch(l -> l.contains("\"doc_id\":\"003_47b5167eeece3b24\"")));
    assertEquals("", r.err());
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    Run missing = run("extract", "no/such/dir");
    assertEquals(ExitCodes.USAGE, missing.code());
    assertEquals("newsclaims: input not found: no/such/dir", missing.err().strip());
    Run badDate = run("extract", "seeds", "--date", "yesterday");
    assertEquals(ExitCodes.USAGE, badDate.code());
    assertTrue(badDate.err().startsWith("newsclaims: Invalid value for option '--date'"), badDate.err());
  }

  @Test
  void versionNamesTheModelArtifacts() {
    Run r = run("--version");
    assertEquals(ExitCodes.OK, r.code());
    assertTrue(r.out().startsWith("newsclaims 0.1.0 (output schema newsclaims/1)"), r.out());
    assertTrue(r.out().contains("  org.apache.opennlp:opennlp-models-langdetect:1.3.0"), r.out());
    assertTrue(r.out().contains("  edu.stanford.nlp:stanford-corenlp:4.5.10:models"), r.out());
  }

  @Test
  void helpShowsExamplesAndExitCodes() {
    Run r = run("extract", "--help");
    assertEquals(ExitCodes.OK, r.code());
    assertTrue(r.out().contains("newsclaims extract seeds -o out/claims.jsonl"));
    assertTrue(r.out().contains("Exit codes: 0"));
  }
}
