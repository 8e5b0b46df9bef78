package io.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.Claim;
import io.newsclaims.model.Span;
import io.newsclaims.model.TextRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page data: UTF-16 offsets for the browser, claims that do not fit their text flagged, summary numbers. */
class ReportDataTest {
  @TempDir Path tmp;

  /** One document "a" whose text starts with an emoji (two UTF-16 units, one code point). */
  static final String TEXT = "\uD83D\uDE00 The ministry said 12 people were killed.";

  ArticleSet articles() throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(in, ClaimJson.MAPPER.createObjectNode().put("id", "a").put("text", TEXT) + "\n");
    return ArticleSet.read(List.of(in.toString()));
  }

  static ClaimJson.Record record(String doc, String type, int start, String text) {
    return new ClaimJson.Record(null, doc, Claim.of(type, new Span(start, start + text.length()), text, 0));
  }

  static ObjectNode report(ArticleSet articles, List<ClaimJson.Record> records, RunSummary run) {
    return ReportData.report("t", Map.of(), articles, records, run, new ArrayList<>());
  }

  @Test
  void offsetsAreUtf16IndicesIntoTheText() throws Exception {
    // "12 people" starts at code point 20, UTF-16 index 21
    Attribution a = new Attribution("Ministry", new TextRef("said", 15, 19), new TextRef("The ministry", 2, 14), null);
    var r = record("a", "casualty", 20, "12 people");
    r = new ClaimJson.Record(null, "a", r.claim().withAttribution(a).withValue(12L, "exact").withCategory("killed"));
    JsonNode c = report(articles(), List.of(r), null).at("/claims/0");
    assertEquals("{\"d\":0,\"t\":\"casualty\",\"s\":21,\"e\":30,\"cs\":20,\"ce\":29,\"v\":12,\"q\":\"exact\",\"c\":\"killed\","
        + "\"sp\":\"Ministry\",\"m\":[3,15,\"The ministry\"],\"cue\":[16,20,\"said\"],\"id\":\"" + c.get("id").asText() + "\"}",
        c.toString());
    assertEquals("12 people", TEXT.substring(c.get("s").asInt(), c.get("e").asInt()));
  }

  @Test
  void aClaimThatDoesNotFitItsTextIsKeptUnplacedAndCounted() throws Exception {
    ObjectNode data = report(articles(), List.of(record("a", "casualty", 19, "12 people")), null);
    JsonNode c = data.at("/claims/0");
    assertEquals("12 people", c.get("x").asText());
    assertEquals(false, c.has("s"));
    assertEquals("1 claim does not match the document text at its span (were the articles changed, or are these other "
        + "inputs?); they are listed but not highlighted", data.at("/summary/notes/0").asText());
  }

  @Test
  void documentsAreInInputOrderThenThoseOnlyClaimsOrFailuresName() throws Exception {
    RunSummary run = RunSummary.counted(3, List.of(new RunSummary.Failure("c", "in.jsonl:3", "language", "not English")), "x");
    ObjectNode data = report(articles(), List.of(record("b", "date", 0, "Friday")), run);
    assertEquals("[{\"id\":\"a\",\"text\":\"" + TEXT + "\",\"loc\":\"" + tmp.resolve("in.jsonl") + ":1\"},"
        + "{\"id\":\"b\",\"text\":null},{\"id\":\"c\",\"text\":null,\"err\":\"language: not English\"}]",
        data.get("docs").toString());
    assertEquals("1 claim belongs to documents whose text was not found in the inputs; pass the inputs of the run with --input",
        data.at("/summary/notes/0").asText());
  }

  @Test
  void speakersRankByQuotesThenByAllTheirClaims() throws Exception {
    Attribution x = new Attribution("X", null, null, null);
    Attribution y = new Attribution("Y", null, null, null);
    List<ClaimJson.Record> rs = List.of(
        new ClaimJson.Record(null, "a", record("a", "casualty", 20, "12 people").claim().withAttribution(x)),
        new ClaimJson.Record(null, "a", record("a", "quote", 20, "12 people were killed").claim().withAttribution(y)),
        new ClaimJson.Record(null, "b", record("b", "quote", 0, "Friday").claim().withAttribution(x)));
    assertEquals("[{\"name\":\"X\",\"quotes\":1,\"claims\":2,\"docs\":2},{\"name\":\"Y\",\"quotes\":1,\"claims\":1,\"docs\":1}]",
        report(articles(), rs, null).at("/summary/speakers").toString());
  }

  @Test
  void typesCountInContractOrderThenByName() throws Exception {
    List<ClaimJson.Record> rs = List.of(record("a", "money", 0, "x"), record("a", "date", 0, "x"),
        record("a", "quote", 0, "x"), record("a", "duration", 0, "x"), record("a", "date", 1, "x"));
    assertEquals("{\"quote\":1,\"date\":2,\"duration\":1,\"money\":1}", report(ArticleSet.empty(), rs, null)
        .at("/summary/types").toString());
  }

  @Test
  void noClaimsNoDocuments() {
    ObjectNode data = report(ArticleSet.empty(), List.of(), null);
    assertEquals("[]", data.get("docs").toString());
    assertEquals("{\"types\":{},\"speakers\":[],\"notes\":[]}", data.get("summary").toString());
  }
}
