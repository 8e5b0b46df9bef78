package io.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Claim;
import io.newsclaims.model.Span;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsclaims report}: which files it reads, what it refuses, what the page it writes holds. */
class ReportCommandTest {
  @TempDir Path tmp;
  Path articles;
  Path claims;
  final StringWriter err = new StringWriter();

  @BeforeEach
  void files() throws Exception {
    articles = tmp.resolve("articles.jsonl");
    Files.writeString(articles, "{\"id\":\"a\",\"text\":\"On Friday 12 people were killed.\"}\n");
    claims = tmp.resolve("claims.jsonl");
    Files.writeString(claims, ClaimJson.toLine("a", Claim.of("date", new Span(3, 9), "Friday", 0).withValue("2024-07-26", null))
        + "\n" + ClaimJson.toLine("a", Claim.of("casualty", new Span(10, 19), "12 people", 0).withValue(12L, "exact")) + "\n");
  }

  int run(String... args) {
    return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
  }

  static JsonNode data(Path page) throws Exception {
    return ClaimJson.MAPPER.readTree(Jsoup.parse(Files.readString(page)).getElementById("report-data").data());
  }

  @Test
  void writesOnePageWithTheArticlesAndClaims() throws Exception {
    Path page = tmp.resolve("out/report.html");
    assertEquals(0, run("report", claims.toString(), "--input", articles.toString(), "-o", page.toString(), "-q"));
    JsonNode d = data(page);
    assertEquals("report", d.get("mode").asText());
    assertEquals("On Friday 12 people were killed.", d.at("/docs/0/text").asText());
    assertEquals("{\"casualty\":1,\"date\":1}", d.at("/summary/types").toString());
    assertEquals("{\"read\":1,\"succeeded\":1,\"failed\":0,\"basis\":\"counted from the inputs and the claims "
        + "(no run.json or errors.jsonl beside the claims file)\",\"inputs\":[],\"failures\":[]}", d.at("/summary/run").toString());
  }

  @Test
  void takesTheInputsAndCountsFromTheRunManifestBesideTheClaims() throws Exception {
    Files.writeString(tmp.resolve("run.json"), "{\"version\":\"0.1.0\",\"configuration\":{\"inputs\":[\"" + articles
        + "\"],\"output\":\"" + claims + "\"},\"documents\":{\"read\":2,\"succeeded\":1,\"failed\":1,\"failures\":"
        + "[{\"doc_id\":\"b\",\"location\":\"x.txt\",\"stage\":\"read\",\"reason\":\"binary file\"}]}}");
    Path page = tmp.resolve("report.html");
    assertEquals(0, run("report", claims.toString(), "-o", page.toString(), "-q"));
    JsonNode d = data(page);
    assertEquals("On Friday 12 people were killed.", d.at("/docs/0/text").asText());
    assertEquals("{\"id\":\"b\",\"text\":null,\"err\":\"read: binary file\"}", d.at("/docs/1").toString());
    assertEquals(2, d.at("/summary/run/read").asInt());
    assertEquals("run manifest", d.at("/summary/run/basis").asText());
    assertEquals(articles + " (from the run manifest; 1 documents)", d.at("/files/article texts").asText());
  }

  @Test
  void countsFailuresFromTheErrorsFileWhenThereIsNoManifest() throws Exception {
    Files.writeString(tmp.resolve("errors.jsonl"),
        "{\"doc_id\":\"b\",\"location\":\"b.txt\",\"stage\":\"language\",\"reason\":\"not English\"}\n");
    Path page = tmp.resolve("report.html");
    assertEquals(0, run("report", claims.toString(), "--input", articles.toString(), "-o", page.toString(), "-q"));
    JsonNode run = data(page).at("/summary/run");
    assertEquals("2 1 1", run.get("read") + " " + run.get("succeeded") + " " + run.get("failed"));
    assertEquals("[{\"doc_id\":\"b\",\"location\":\"b.txt\",\"stage\":\"language\",\"reason\":\"not English\"}]",
        run.get("failures").toString());
  }

  @Test
  void aManifestOfAnotherOutputIsNotUsed() throws Exception {
    Files.writeString(tmp.resolve("run.json"), "{\"configuration\":{\"inputs\":[],\"output\":\"other.jsonl\"},"
        + "\"documents\":{\"read\":9,\"succeeded\":9,\"failed\":0,\"failures\":[]}}");
    Path page = tmp.resolve("report.html");
    assertEquals(0, run("report", claims.toString(), "--input", articles.toString(), "-o", page.toString()));
    assertEquals(1, data(page).at("/summary/run/read").asInt());
    assertEquals("newsclaims: note: " + tmp.resolve("run.json") + " describes a run that wrote other.jsonl, not claims.jsonl; "
        + "it is not used (pass --run to use it)", err.toString().lines().findFirst().orElseThrow());
  }

  @Test
  void diffPageMarksWhatChanged() throws Exception {
    Path old = tmp.resolve("old.jsonl");
    Files.writeString(old, ClaimJson.toLine("a", Claim.of("date", new Span(3, 9), "Friday", 0)) + "\n");
    Path page = tmp.resolve("diff.html");
    assertEquals(0, run("report", "--diff", old.toString(), claims.toString(), "--input", articles.toString(),
        "-o", page.toString(), "-q"));
    JsonNode d = data(page);
    assertEquals("diff", d.get("mode").asText());
    assertEquals("changed", d.at("/claims/0/st").asText());
    assertEquals("[[\"value\",null,\"2024-07-26\"]]", d.at("/claims/0/ch").toString());
    assertEquals("added", d.at("/claims/1/st").asText());
    assertEquals("{\"old\":0,\"new\":1,\"added\":1,\"removed\":0,\"changed\":0,\"same\":0}", d.at("/summary/types/casualty").toString());
  }

  @Test
  void refusesWhatItCannotUse() throws Exception {
    assertEquals(2, run("report", "-o", tmp.resolve("x.html").toString()));
    assertEquals(2, run("report", claims.toString(), "--diff", claims.toString(), claims.toString()));
    assertEquals(2, run("report", tmp.resolve("missing.jsonl").toString()));
    assertEquals(2, run("report", claims.toString(), "--input", tmp.resolve("nowhere").toString()));
    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(bad, Files.readString(claims) + "{not json\n");
    assertEquals(2, run("report", bad.toString()));
    assertEquals(String.join("\n",
        "newsclaims: give either a claims file or --diff OLD NEW",
        "newsclaims: give either a claims file or --diff OLD NEW",
        "newsclaims: claims file not found: " + tmp.resolve("missing.jsonl"),
        "newsclaims: input not found: " + tmp.resolve("nowhere"),
        "newsclaims: " + bad + ":3: malformed JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name"),
        err.toString().strip());
  }
}
