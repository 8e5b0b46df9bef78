package io.newsclaims.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.cli.ExitCodes;
import io.newsclaims.cli.Main;
import io.newsclaims.io.ClaimJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against the CLI on a folder of bad inputs among good ones, with the robustness
 * rules of extract: read limits (stage {@code limits}), fallback decodings (warnings.jsonl and
 * their count in run.json), binary, empty and unreadable files, broken JSON lines, duplicate ids,
 * the per-document time limit; and the refusals: --resume, outputs among the inputs.
 */
class SparkBadInputTest {
  static final String GOOD = "The ministry said 12 people were killed on Monday.";
  static final String LINE_GOOD =
      "{\"id\":\"j_good\",\"text\":\"The UN said 40 people were displaced on Tuesday.\",\"date\":\"2024-03-02\"}";

  @TempDir Path tmp;

  @Test
  void claimsErrorsWarningsAndCountsAreTheClisByteForByte() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a_good.txt"), "date 2024-05-01\n" + GOOD + "\n");
    Files.write(in.resolve("b_latin.txt"), ("Le caf\u00e9: " + GOOD).getBytes(Charset.forName("windows-1252")));
    Files.writeString(in.resolve("c_empty.txt"), "");
    Files.write(in.resolve("d_image.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, (byte) 0xFF});
    // over --max-chars 2000 but within the read limit (8 × 2000 + 65536 bytes): refused by the pipeline
    Files.writeString(in.resolve("e_long.txt"), (GOOD + " ").repeat(60));
    // over the read limit: never read into memory
    Files.writeString(in.resolve("f_huge.txt"), "word ".repeat(20_000));
    Files.createSymbolicLink(in.resolve("g_dangling.txt"), in.resolve("nowhere.txt"));
    byte[] badUtf8 = "{\"id\":\"j_latin\",\"text\":\"Le caf\u00e9 said 3 people died.\"}\n"
        .getBytes(Charset.forName("windows-1252"));
    List<byte[]> parts = List.of(
        (LINE_GOOD + "\n").getBytes(StandardCharsets.UTF_8),
        badUtf8,
        "{\"id\":\"j_surrogate\",\"text\":\"Police said \\ud800 two men were arrested.\"}\n".getBytes(StandardCharsets.UTF_8),
        ("{\"id\":\"j_huge\",\"text\":\"" + "word ".repeat(20_000) + "\"}\n").getBytes(StandardCharsets.UTF_8),
        "{\"id\":\"a_good\",\"text\":\"A second document with an id already seen.\"}\n".getBytes(StandardCharsets.UTF_8),
        "{\"id\":\"j_no_text\"}\n".getBytes(StandardCharsets.UTF_8),
        "{\"id\":\"cut\",\"text\":\"The minister sa".getBytes(StandardCharsets.UTF_8));
    var jsonl = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      jsonl.writeBytes(p);
    }
    Files.write(in.resolve("m.jsonl"), jsonl.toByteArray());

    Path cli = tmp.resolve("cli");
    Path spark = tmp.resolve("spark");
    assertEquals(ExitCodes.PARTIAL, run("extract", in.toString(), "-o", cli.resolve("claims.jsonl").toString(),
        "--max-chars", "2000", "--threads", "2", "-q"));
    assertEquals(ExitCodes.PARTIAL, run("spark", in.toString(), "-o", spark.resolve("claims.jsonl").toString(),
        "--max-chars", "2000", "--master", "local[2]", "--partitions", "3", "-q"));

    for (String f : List.of("claims.jsonl", "errors.jsonl", "warnings.jsonl")) {
      assertArrayEquals(Files.readAllBytes(cli.resolve(f)), Files.readAllBytes(spark.resolve(f)), f);
    }
    JsonNode reference = ClaimJson.MAPPER.readTree(cli.resolve("run.json").toFile());
    JsonNode got = ClaimJson.MAPPER.readTree(spark.resolve("run.json").toFile());
    assertEquals(reference.get("documents"), got.get("documents"));
    assertEquals(reference.get("claims"), got.get("claims"));
    assertEquals(reference.get("configuration").get("max_chars"), got.get("configuration").get("max_chars"));
    assertEquals(60.0, got.get("configuration").get("doc_timeout_seconds").asDouble());

    List<String> errors = new ArrayList<>();
    for (String line : Files.readAllLines(spark.resolve("errors.jsonl"))) {
      JsonNode e = ClaimJson.MAPPER.readTree(line);
      errors.add(e.get("doc_id").asText("-") + " [" + e.get("stage").asText() + "]");
    }
    assertEquals(List.of("c_empty [limits]", "d_image [read]", "e_long [limits]", "f_huge [limits]",
        "g_dangling [read]", "- [limits]", "a_good [read]", "j_no_text [read]", "- [read]"), errors);
    assertEquals(3, got.get("documents").get("warnings").asInt());
    assertEquals(Files.readAllLines(spark.resolve("warnings.jsonl")).size(), 3);
  }

  @Test
  void aDocumentOverTheTimeLimitFailsAtStageTimeoutOnItsExecutor() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("long.txt"), ("Officials said on Monday that " + GOOD + " ").repeat(150));
    Path out = tmp.resolve("out");
    assertEquals(ExitCodes.PARTIAL, run("spark", in.toString(), "-o", out.resolve("claims.jsonl").toString(),
        "--master", "local[1]", "--doc-timeout", "50ms", "-q"));
    JsonNode e = ClaimJson.MAPPER.readTree(Files.readAllLines(out.resolve("errors.jsonl")).get(0));
    assertEquals("long", e.get("doc_id").asText());
    assertEquals("timeout", e.get("stage").asText());
    assertEquals("processing took more than 50 ms of CPU time (--doc-timeout); abandoned", e.get("reason").asText());
    JsonNode run = ClaimJson.MAPPER.readTree(out.resolve("run.json").toFile());
    assertEquals(0.05, run.get("configuration").get("doc_timeout_seconds").asDouble());
  }

  @Test
  void resumeAndOutputsAmongTheInputsAreRefused() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), GOOD);
    StringWriter err = new StringWriter();
    assertEquals(ExitCodes.USAGE, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
        "spark", in.toString(), "-o", tmp.resolve("out/claims.jsonl").toString(), "--resume"));
    assertTrue(err.toString().startsWith("newsclaims: spark has no --resume"), err.toString());
    err = new StringWriter();
    assertEquals(ExitCodes.USAGE, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
        "spark", in.toString(), "-o", in.resolve("out/claims.jsonl").toString()));
    assertEquals("newsclaims: refusing to write " + in.resolve("out/claims.jsonl") + ": it is inside the input " + in
        + " (outputs never go among the inputs)\n", err.toString());
    assertTrue(Files.notExists(in.resolve("out")));
  }

  static int run(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    if (code == ExitCodes.USAGE) {
      throw new AssertionError("newsclaims " + String.join(" ", args) + " failed: " + err);
    }
    return code;
  }
}
