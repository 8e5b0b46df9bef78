package io.newsclaims.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.cli.ExitCodes;
import io.newsclaims.cli.Main;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.testing.Shared;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Spark job against the CLI on 20 articles (the 3 seeds and 17 BBC files, one of them not
 * UTF-8) plus a JSON-lines file with one good record and four that fail: the claims, errors and
 * counts of {@code newsclaims spark} are the CLI's, byte for byte, with 1 or 2 cores and run after
 * run, and its Parquet output holds the same claims.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobTest {
  static final List<String> BBC = List.of("business/001", "business/002", "business/003", "business/004",
      "entertainment/001", "entertainment/002", "entertainment/003", "politics/001", "politics/002",
      "politics/003", "sport/001", "sport/002", "sport/003", "sport/199", "tech/001", "tech/002", "tech/003");
  static final String EXTRA = String.join("\n",
      "{\"id\":\"ok\",\"text\":\"The ministry said on Monday that 12 people were killed.\",\"date\":\"2024-05-01\"}",
      "{\"id\": broken",
      "{\"id\":\"bbc/sport/001\",\"text\":\"A second document with an id already seen.\"}",
      "{\"id\":\"fr\",\"text\":\"Le ministère de la Santé a annoncé lundi que douze personnes avaient été tuées dans"
          + " le bombardement de la ville, selon un porte-parole.\"}",
      "{\"id\":\"no-text\"}",
      "");

  /** Relative to the project folder, so that locations in errors.jsonl are literal. */
  static final Path ROOT = Path.of("target", "spark-test");
  static final String IN = ROOT.resolve("in").toString();

  Path cli;
  Path local2;

  @BeforeAll
  void runCliAndSparkLocal2() throws IOException {
    Files.createDirectories(ROOT);
    deleteTree(ROOT.resolve("in"));
    for (String f : BBC) {
      copy(Shared.SHARED.resolve("corpus/bbc/" + f + ".txt"), ROOT.resolve("in/bbc/" + f + ".txt"));
    }
    try (var seeds = Files.list(Shared.SHARED.resolve("seeds"))) {
      for (Path s : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        copy(s, ROOT.resolve("in/seeds/" + s.getFileName()));
      }
    }
    Files.writeString(ROOT.resolve("in/extra.jsonl"), EXTRA, StandardCharsets.UTF_8);
    cli = ROOT.resolve("cli");
    assertEquals(ExitCodes.PARTIAL, run("extract", IN, "-o", cli.resolve("claims.jsonl").toString(), "--threads", "2", "-q"));
    local2 = ROOT.resolve("local2");
    assertEquals(ExitCodes.PARTIAL, run("spark", IN, "-o", local2.resolve("claims.jsonl").toString(),
        "--master", "local[2]", "--parquet", local2.resolve("parquet").toString(), "-q"));
  }

  @Test
  void claimsAndErrorsAreTheClisByteForByte() throws IOException {
    List<String> claims = Files.readAllLines(cli.resolve("claims.jsonl"));
    assertTrue(claims.size() > 100, "the reference run found claims: " + claims.size());
    assertArrayEquals(Files.readAllBytes(cli.resolve("claims.jsonl")), Files.readAllBytes(local2.resolve("claims.jsonl")));
    assertArrayEquals(Files.readAllBytes(cli.resolve("errors.jsonl")), Files.readAllBytes(local2.resolve("errors.jsonl")));
    // the one windows-1252 file of the BBC sample is a decoding warning in both
    assertEquals(1, Files.readAllLines(cli.resolve("warnings.jsonl")).size());
    assertArrayEquals(Files.readAllBytes(cli.resolve("warnings.jsonl")), Files.readAllBytes(local2.resolve("warnings.jsonl")));
  }

  @Test
  void errorEntriesNameEachFailedDocument() throws IOException {
    List<String> summary = new ArrayList<>();
    for (String line : Files.readAllLines(local2.resolve("errors.jsonl"))) {
      JsonNode e = ClaimJson.MAPPER.readTree(line);
      summary.add(e.get("doc_id").asText("-") + " @ " + e.get("location").asText() + " [" + e.get("stage").asText() + "] "
          + e.get("reason").asText().replaceAll(":.*|\\(confidence.*", ""));
    }
    String extra = ROOT.resolve("in/extra.jsonl").toString();
    assertEquals(List.of(
        "- @ " + extra + ":2 [read] malformed JSON line",
        "bbc/sport/001 @ " + extra + ":3 [read] duplicate id 'bbc/sport/001' (first seen at "
            + ROOT.resolve("in/bbc/sport/001.txt") + ")",
        "fr @ " + extra + ":4 [language] not English",
        "no-text @ " + extra + ":5 [read] record has no 'text'"), summary);
  }

  @Test
  void runCountsAreTheClis() throws IOException {
    JsonNode reference = ClaimJson.MAPPER.readTree(cli.resolve("run.json").toFile());
    JsonNode spark = ClaimJson.MAPPER.readTree(local2.resolve("run.json").toFile());
    assertEquals(reference.get("documents"), spark.get("documents"));
    assertEquals(reference.get("claims"), spark.get("claims"));
    assertEquals(reference.get("configuration").get("inputs"), spark.get("configuration").get("inputs"));
    assertEquals(25, spark.get("documents").get("read").asInt());
    assertEquals(21, spark.get("documents").get("succeeded").asInt());
    assertEquals(1, spark.get("documents").get("decodings").get("windows-1252").asInt());
    assertEquals(1, spark.get("documents").get("warnings").asInt());
    assertEquals("spark", spark.get("engine").get("name").asText());
    assertEquals("local[2]", spark.get("engine").get("master").asText());
  }

  @Test
  void oneCoreAndASecondRunGiveTheSameBytes() throws IOException {
    Path local1 = ROOT.resolve("local1");
    assertEquals(ExitCodes.PARTIAL, run("spark", IN, "-o", local1.resolve("claims.jsonl").toString(), "--master", "local[1]", "-q"));
    Path again = ROOT.resolve("local2-again");
    assertEquals(ExitCodes.PARTIAL, run("spark", IN, "-o", again.resolve("claims.jsonl").toString(), "--master", "local[2]",
        "--partitions", "7", "-q"));
    for (Path other : List.of(local1, again)) {
      assertArrayEquals(Files.readAllBytes(local2.resolve("claims.jsonl")), Files.readAllBytes(other.resolve("claims.jsonl")), other.toString());
      assertArrayEquals(Files.readAllBytes(local2.resolve("errors.jsonl")), Files.readAllBytes(other.resolve("errors.jsonl")), other.toString());
    }
  }

  @Test
  void parquetHoldsTheSameClaimsInTheDocumentedSchema() throws IOException {
    List<String> lines = Files.readAllLines(local2.resolve("claims.jsonl"));
    SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
    List<Row> rows;
    try {
      var df = spark.read().parquet(local2.resolve("parquet").toString());
      assertEquals(ClaimRows.SCHEMA.json(), df.schema().json());
      rows = df.orderBy("input_order", "claim_seq").collectAsList();
    } finally {
      spark.stop();
    }
    assertEquals(lines.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode c = ClaimJson.MAPPER.readTree(lines.get(i));
      Row r = rows.get(i);
      String where = "row " + i + ": " + lines.get(i);
      assertEquals(c.get("claim_id").asText(), r.getAs("claim_id"), where);
      assertEquals(c.get("doc_id").asText(), r.getAs("doc_id"), where);
      assertEquals(c.get("type").asText(), r.getAs("type"), where);
      assertEquals(c.get("text").asText(), r.getAs("text"), where);
      Row span = r.getAs("span");
      assertEquals(c.get("span").get("start").asInt(), span.<Integer>getAs("start"), where);
      assertEquals(c.get("span").get("end").asInt(), span.<Integer>getAs("end"), where);
      JsonNode v = c.get("value");
      assertEquals(v.isNumber() ? v.asDouble() : null, r.getAs("value_number"), where);
      assertEquals(v.isTextual() ? v.asText() : null, r.getAs("value_text"), where);
      assertEquals(c.get("sentence").asInt(), r.<Integer>getAs("sentence"), where);
    }
  }

  static int run(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    if (code == ExitCodes.USAGE) {
      throw new AssertionError("newsclaims " + String.join(" ", args) + " failed: " + err);
    }
    return code;
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
