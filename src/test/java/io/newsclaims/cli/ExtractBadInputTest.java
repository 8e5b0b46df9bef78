package io.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsclaims.testing.Shared;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad input in a batch with good documents around it: it gets exactly one clear error
 * entry (doc id, location, stage, reason) — or, for a fallback decoding, one warning — the
 * counts add up (read = succeeded + failed), and the good documents' claims are byte for byte
 * those of a batch without the bad input.
 */
class ExtractBadInputTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String GOOD_A = "date 2024-05-01\nThe ministry said 12 people were killed on Monday.\n";
  static final String GOOD_Z = "Police said two men were arrested in London on Friday, 3 March 2023.\n";
  static final String LINE_BEFORE =
      "{\"id\":\"j_before\",\"text\":\"The UN said 40 people were displaced on Tuesday.\",\"date\":\"2024-03-02\"}";
  static final String LINE_AFTER =
      "{\"id\":\"j_after\",\"text\":\"Rescuers said \\\"five people\\\" were missing on Sunday.\",\"date\":\"2024-03-03\"}";
  static final Set<String> GOOD_IDS = Set.of("a_good", "z_good", "j_before", "j_after");

  @TempDir Path tmp;

  /** What one run left: exit code, the good documents' claim lines, errors, warnings, manifest. */
  record Run(int exit, List<String> goodClaims, List<String> allClaims, List<JsonNode> errors, List<JsonNode> warnings,
      JsonNode documents, String stderr) {}

  static Run extract(Path in, Path out, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("extract", in.toString(), "-o", out.resolve("claims.jsonl").toString(), "--threads", "2"));
    args.addAll(List.of(extra));
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
    if (!Files.exists(out.resolve("claims.jsonl"))) {
      return new Run(exit, List.of(), List.of(), List.of(), List.of(), null, err.toString());
    }
    List<String> claims = Files.readAllLines(out.resolve("claims.jsonl"));
    List<String> good = new ArrayList<>();
    for (String line : claims) {
      if (GOOD_IDS.contains(JSON.readTree(line).get("doc_id").asText())) {
        good.add(line);
      }
    }
    JsonNode docs = JSON.readTree(out.resolve("run.json").toFile()).get("documents");
    assertEquals(docs.get("read").asLong(), docs.get("succeeded").asLong() + docs.get("failed").asLong(),
        "read = succeeded + failed");
    List<JsonNode> errors = lines(out.resolve("errors.jsonl"));
    assertEquals(docs.get("failed").asLong(), errors.size(), "one error line per failed document");
    return new Run(exit, good, claims, errors, lines(out.resolve("warnings.jsonl")), docs, err.toString());
  }

  static List<JsonNode> lines(Path p) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(p)) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  /** A batch folder with the two good text files, plus m.jsonl holding the good lines around {@code badLine} when given. */
  Path batch(String name, String badLine) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(dir.resolve("a_good.txt"), GOOD_A);
    Files.writeString(dir.resolve("z_good.txt"), GOOD_Z);
    if (badLine != null) {
      Files.writeString(dir.resolve("m.jsonl"), LINE_BEFORE + "\n" + badLine + (badLine.isEmpty() ? "" : "\n") + LINE_AFTER + "\n");
    }
    return dir;
  }

  private static List<String> baselineTxt;
  private static List<String> baselineJsonl;

  /** The good documents' claims from a batch of only good documents (computed once). */
  List<String> baseline(boolean withJsonl) throws IOException {
    if (withJsonl && baselineJsonl == null) {
      baselineJsonl = extract(batch("baseline-jsonl", ""), tmp.resolve("out-baseline-jsonl")).goodClaims();
    }
    if (!withJsonl && baselineTxt == null) {
      baselineTxt = extract(batch("baseline-txt", null), tmp.resolve("out-baseline-txt")).goodClaims();
    }
    List<String> b = withJsonl ? baselineJsonl : baselineTxt;
    assertTrue(b.size() >= (withJsonl ? 4 : 2), "the good documents have claims to compare: " + b);
    return b;
  }

  /** Runs the batch and checks the one failure it must report and that the good documents are untouched. */
  Run assertOneFailure(Path dir, boolean withJsonl, String docId, String location, String stage, String reason) throws IOException {
    Run r = extract(dir, tmp.resolve("out-" + dir.getFileName()));
    assertEquals(1, r.exit(), r.stderr());
    assertEquals(1, r.errors().size(), r.errors().toString());
    JsonNode e = r.errors().get(0);
    assertEquals(docId, e.get("doc_id").isNull() ? null : e.get("doc_id").asText());
    assertEquals(location, e.get("location").asText());
    assertEquals(stage, e.get("stage").asText());
    assertEquals(reason, e.get("reason").asText());
    assertEquals(withJsonl ? 5 : 3, r.documents().get("read").asInt());
    assertEquals(withJsonl ? 4 : 2, r.documents().get("succeeded").asInt());
    assertEquals(baseline(withJsonl), r.goodClaims());
    assertTrue(r.stderr().contains("newsclaims: " + location + ": " + reason + "\n"), r.stderr());
    return r;
  }

  @Test
  void invalidUtf8FileIsDecodedAsWindows1252WithAWarningAndOffsetsIntoTheDecodedText() throws IOException {
    Path dir = batch("latin", null);
    byte[] raw = Files.readAllBytes(Shared.SHARED.resolve("corpus/bbc/sport/199.txt"));
    Files.write(dir.resolve("m_latin.txt"), raw);
    Run r = extract(dir, tmp.resolve("out-latin"));
    assertEquals(0, r.exit(), r.stderr());
    assertEquals(List.of(), r.errors());
    assertEquals(1, r.warnings().size());
    JsonNode w = r.warnings().get(0);
    assertEquals("m_latin", w.get("doc_id").asText());
    assertEquals(dir.resolve("m_latin.txt").toString(), w.get("location").asText());
    assertEquals("decoding", w.get("kind").asText());
    assertEquals("windows-1252", w.get("decoding").asText());
    assertEquals("not valid UTF-8 (byte 0xA3 at offset 257); decoded as windows-1252", w.get("message").asText());
    assertEquals(1, r.documents().get("decodings").get("windows-1252").asInt());
    assertEquals(1, r.documents().get("warnings").asInt());
    String decoded = new String(raw, Charset.forName("windows-1252"));
    int latinClaims = 0;
    for (String line : r.allClaims()) {
      JsonNode c = JSON.readTree(line);
      if (c.get("doc_id").asText().equals("m_latin")) {
        latinClaims++;
        int s = decoded.offsetByCodePoints(0, c.get("span").get("start").asInt());
        int e = decoded.offsetByCodePoints(0, c.get("span").get("end").asInt());
        assertEquals(decoded.substring(s, e), c.get("text").asText());
      }
    }
    assertTrue(latinClaims > 0);
    assertEquals(baseline(false), r.goodClaims());
  }

  @Test
  void invalidUtf8InsideAJsonLinesFileLosesNoLine() throws IOException {
    Path dir = batch("latin-jsonl", null);
    byte[] bad = "{\"id\":\"j_cafe\",\"text\":\"The mayor said caf\u00e9 owners were angry.\"}".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("m.jsonl"), concat((LINE_BEFORE + "\n").getBytes(StandardCharsets.UTF_8), bad,
        ("\n" + LINE_AFTER + "\n").getBytes(StandardCharsets.UTF_8)));
    Run r = extract(dir, tmp.resolve("out-latin-jsonl"));
    assertEquals(0, r.exit(), r.stderr());
    assertEquals(List.of(), r.errors());
    assertEquals(5, r.documents().get("succeeded").asInt());
    assertEquals(1, r.warnings().size());
    assertEquals("j_cafe", r.warnings().get(0).get("doc_id").asText());
    assertEquals(dir.resolve("m.jsonl") + ":2", r.warnings().get(0).get("location").asText());
    assertEquals("JSON line not valid UTF-8 (byte 0xE9 at offset 41); decoded as windows-1252",
        r.warnings().get(0).get("message").asText());
    assertEquals(baseline(true), r.goodClaims());
  }

  @Test
  void emptyFile() throws IOException {
    Path dir = batch("empty", null);
    Files.writeString(dir.resolve("m_empty.txt"), "");
    assertOneFailure(dir, false, "m_empty", dir.resolve("m_empty.txt").toString(), "limits", "empty document: no text");
  }

  @Test
  void binaryFile() throws IOException {
    Path dir = batch("binary", null);
    Files.write(dir.resolve("m_image.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, (byte) 0xFF});
    assertOneFailure(dir, false, "m_image", dir.resolve("m_image.txt").toString(), "read",
        "binary data, not text: NUL byte at offset 6");
  }

  @Test
  void fiveMegabyteSingleLineDocument() throws IOException {
    Path dir = batch("huge", null);
    Files.writeString(dir.resolve("m_huge.txt"), "word ".repeat(1_000_000));
    assertOneFailure(dir, false, "m_huge", dir.resolve("m_huge.txt").toString(), "limits",
        "document too large: 5000000 characters, the limit is 1000000 (--max-chars)");
  }

  @Test
  void nonEnglishText() throws IOException {
    Path dir = batch("french", null);
    Files.writeString(dir.resolve("m_fr.txt"), "Le ministre a déclaré lundi que douze personnes avaient été tuées "
        + "dans l'attaque contre le village, selon les autorités locales.\n");
    assertOneFailure(dir, false, "m_fr", dir.resolve("m_fr.txt").toString(), "language",
        "not English: language detected as 'fra' (confidence 0.26)");
  }

  @Test
  void malformedJsonLine() throws IOException {
    Path dir = batch("malformed", "{\"id\": \"x\", text: \"no quotes on the key\"}");
    assertOneFailure(dir, true, null, dir.resolve("m.jsonl") + ":2", "read",
        "malformed JSON line: Unexpected character ('t' (code 116)): was expecting double-quote to start field name (column 13)");
  }

  @Test
  void truncatedLastJsonLine() throws IOException {
    Path dir = batch("truncated", null);
    Files.writeString(dir.resolve("m.jsonl"), LINE_BEFORE + "\n" + LINE_AFTER + "\n{\"id\":\"cut\",\"text\":\"The minister sa");
    assertOneFailure(dir, true, null, dir.resolve("m.jsonl") + ":3", "read",
        "malformed JSON line: Unexpected end-of-input: was expecting closing quote for a string value (column 36)");
  }

  @Test
  void recordWithoutText() throws IOException {
    Path dir = batch("notext", "{\"id\":\"j_notext\",\"date\":\"2024-01-01\"}");
    assertOneFailure(dir, true, "j_notext", dir.resolve("m.jsonl") + ":2", "read", "record has no 'text'");
  }

  @Test
  void duplicateIds() throws IOException {
    Path dir = batch("duplicate", "{\"id\":\"j_before\",\"text\":\"Another story said 99 people died.\"}");
    assertOneFailure(dir, true, "j_before", dir.resolve("m.jsonl") + ":2", "read",
        "duplicate id 'j_before' (first seen at " + dir.resolve("m.jsonl") + ":1)");
  }

  @Test
  void unreadableFileADanglingLink() throws IOException {
    Path dir = batch("unreadable", null);
    Files.createSymbolicLink(dir.resolve("m_gone.txt"), dir.resolve("deleted-meanwhile.txt"));
    assertOneFailure(dir, false, "m_gone", dir.resolve("m_gone.txt").toString(), "read",
        "cannot read: dangling symbolic link (its target does not exist)");
  }

  @Test
  void documentDateThatIsNotADate() throws IOException {
    Path dir = batch("baddate", "{\"id\":\"j_date\",\"text\":\"Officials said 7 people were injured.\",\"date\":\"yesterday\"}");
    assertOneFailure(dir, true, "j_date", dir.resolve("m.jsonl") + ":2", "header",
        "document date 'yesterday' is not a date (expected YYYY-MM-DD)");
  }

  @Test
  void headerDateThatIsNotADate() throws IOException {
    Path dir = batch("badheader", null);
    Files.writeString(dir.resolve("m_header.txt"), "date 2024-02-30\nThe army said 3 soldiers died.\n");
    assertOneFailure(dir, false, "m_header", dir.resolve("m_header.txt").toString(), "header",
        "header date '2024-02-30' is not a date (expected YYYY-MM-DD)");
  }

  @Test
  void everyOutputLineIsValidJsonAndIdsNeverBecomePaths() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("escape"));
    String text = "The \"council\" said: \u201cWe lost 12 homes\u201d \\ \u0007 \uD83D\uDE00 on Monday.";
    Files.writeString(dir.resolve("d.jsonl"), JSON.writeValueAsString(
        JSON.createObjectNode().put("id", "../../escape\"\n").put("text", text).put("date", "2024-01-01")) + "\n");
    Path out = tmp.resolve("out-escape");
    Run r = extract(dir, out);
    assertEquals(0, r.exit(), r.stderr());
    assertFalse(r.allClaims().isEmpty());
    for (String line : r.allClaims()) {
      JsonNode c = JSON.readTree(line);
      assertEquals("../../escape\"\n", c.get("doc_id").asText());
      int s = text.offsetByCodePoints(0, c.get("span").get("start").asInt());
      int e = text.offsetByCodePoints(0, c.get("span").get("end").asInt());
      assertEquals(text.substring(s, e), c.get("text").asText());
    }
    try (var files = Files.list(out)) {
      assertEquals(List.of("claims.jsonl", "errors.jsonl", "run.json", "warnings.jsonl"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    try (var files = Files.list(tmp)) {
      assertEquals(List.of("escape", "out-escape"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void outputInsideAnInputDirectoryIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path dir = batch("inside", null);
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
        "extract", dir.toString(), "-o", dir.resolve("out/claims.jsonl").toString());
    assertEquals(2, exit);
    assertEquals("newsclaims: refusing to write " + dir.resolve("out/claims.jsonl") + ": it is inside the input " + dir
        + " (outputs never go among the inputs)\n", err.toString());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
