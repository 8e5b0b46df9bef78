package io.newsclaims.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.Claim;
import io.newsclaims.model.DocumentResult;
import io.newsclaims.model.InputDocument;
import io.newsclaims.model.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The expectations format and what {@link Expectations#verify} says of each expectation. */
class ExpectationsTest {
  static final List<ClaimJson.Record> CLAIMS = ClaimDiffTest.records("""
      {"doc_id": "d1", "type": "casualty", "span": {"start": 40, "end": 46}, "text": "34,535", "value": 34535, "qualifier": "at_least", "category": "killed", "attribution": {"speaker": "Gaza's Ministry of Health"}}
      {"doc_id": "d1", "type": "casualty", "span": {"start": 90, "end": 96}, "text": "dozens", "value": null, "qualifier": "vague", "category": "captive"}
      {"doc_id": "d1", "type": "quote", "span": {"start": 120, "end": 135}, "text": "we will rebuild", "attribution": {"speaker": "Ana Lopez"}, "quote": {"direct": true}}
      {"doc_id": "d1", "type": "date", "span": {"start": 3, "end": 9}, "text": "Monday", "value": "2024-05-06"}
      """);

  static CheckReport.Outcome check(String expectationJson) {
    return Expectations.of(Expectations.parse(expectationJson)).verify(CLAIMS).outcomes().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // the figure, its qualifier, category and source, the source named in fewer words
      "{'doc': 'd1', 'type': 'casualty', 'value': 34535, 'qualifier': 'at_least', 'category': 'killed', 'speaker': 'Ministry of Health'}",
      // a range instead of a value
      "{'doc': 'd1', 'type': 'casualty', 'min': 30000, 'max': 40000}",
      // a number written as a decimal
      "{'doc': 'd1', 'type': 'casualty', 'value': 34535.0}",
      // one of several accepted speakers
      "{'doc': 'd1', 'type': 'casualty', 'speaker': ['Israel', 'ministry of health']}",
      // a vague amount: no value
      "{'doc': 'd1', 'type': 'casualty', 'value': null, 'qualifier': 'VAGUE'}",
      // a quote by its words
      "{'doc': 'd1', 'type': 'quote', 'text': 'will rebuild', 'direct': true, 'speaker': 'Lopez'}",
      // a date by value
      "{'doc': 'd1', 'type': 'date', 'value': '2024-05-06', 'speaker': null}",
      // nothing of this kind
      "{'doc': 'd1', 'type': 'count', 'absent': true}",
      "{'doc': 'd1', 'type': 'casualty', 'category': 'injured', 'absent': true}",
  })
  void holds(String json) {
    CheckReport.Outcome o = check(json.replace('\'', '"'));
    assertTrue(o.passed(), o.message());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'doc': 'd1', 'type': 'casualty', 'value': 34536} | no casualty claim matches among 2; nearest: casualty [40,46) \"34,535\" value=34535 qualifier=at_least category=killed speaker=\"Gaza's Ministry of Health\" — value 34535 (expected 34536)",
      "{'doc': 'd1', 'type': 'casualty', 'min': 35000} | no casualty claim matches among 2; nearest: casualty [40,46) \"34,535\" value=34535 qualifier=at_least category=killed speaker=\"Gaza's Ministry of Health\" — value 34535 (expected ≥ 35000)",
      "{'doc': 'd1', 'type': 'casualty', 'category': 'killed', 'speaker': 'Israel'} | no casualty claim matches among 2; nearest: casualty [40,46) \"34,535\" value=34535 qualifier=at_least category=killed speaker=\"Gaza's Ministry of Health\" — speaker \"Gaza's Ministry of Health\" (expected \"Israel\")",
      "{'doc': 'd1', 'type': 'quote', 'speaker': null} | no quote claim matches among 1; nearest: quote [120,135) \"we will rebuild\" speaker=\"Ana Lopez\" direct=true — speaker \"Ana Lopez\" (expected none)",
      "{'doc': 'd1', 'type': 'quote', 'text': 'rebu'} | no quote claim matches among 1; nearest: quote [120,135) \"we will rebuild\" speaker=\"Ana Lopez\" direct=true — text \"we will rebuild\" (expected it to contain \"rebu\")",
      "{'doc': 'd1', 'type': 'quote', 'direct': false} | no quote claim matches among 1; nearest: quote [120,135) \"we will rebuild\" speaker=\"Ana Lopez\" direct=true — direct true (expected false)",
      "{'doc': 'd1', 'type': 'date', 'value': 2024} | no date claim matches among 1; nearest: date [3,9) \"Monday\" value=\"2024-05-06\" — value \"2024-05-06\" (expected 2024)",
      "{'doc': 'd1', 'type': 'casualty', 'category': 'killed', 'absent': true} | expected no such claim, found casualty [40,46) \"34,535\" value=34535 qualifier=at_least category=killed speaker=\"Gaza's Ministry of Health\"",
      "{'doc': 'd1', 'type': 'count'} | document 'd1' has no count claim (it has casualty=2, date=1, quote=1)",
      "{'doc': 'd9', 'type': 'date'} | no claims at all for document 'd9' (is the id right?)",
  })
  void fails(String json, String message) {
    CheckReport.Outcome o = check(json.replace('\'', '"').replace("Gaza\"s", "Gaza's"));
    assertFalse(o.passed());
    assertEquals(message, o.message());
  }

  @Test
  void nearestClaimIsTheOneWithFewestMismatches() {
    CheckReport.Outcome o = check("{\"doc\": \"d1\", \"type\": \"casualty\", \"qualifier\": \"vague\", \"category\": \"captive\", \"value\": 12}");
    assertEquals("no casualty claim matches among 2; nearest: casualty [90,96) \"dozens\" qualifier=vague category=captive"
        + " — value null (expected 12)", o.message());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'doc': 'd1'}                                   | 'type' must be a non-empty string (missing)",
      "{'doc': 'd1', 'type': 'date', 'values': 3}      | unknown key 'values'; known: absent, category, direct, doc, max, min, name, qualifier, speaker, text, type, value",
      "{'doc': 'd1', 'type': 'date', 'value': true}    | 'value' must be a number, a string or null, not true",
      "{'doc': 'd1', 'type': 'date', 'min': '3'}       | 'min' must be a number, not \"3\"",
      "{'doc': 'd1', 'type': 'date', 'min': 5, 'max': 3} | min 5.0 is above max 3.0",
      "{'doc': 'd1', 'type': 'quote', 'speaker': []}   | 'speaker' must be a name, a list of accepted names, or null, not []",
      "{'doc': 'd1', 'type': 'quote', 'direct': 'yes'} | 'direct' must be true or false, not \"yes\"",
      "[1, 2]                                          | an expectation is a JSON object, not [1, 2]",
      "{'doc': 'd1', 'type': }                         | `malformed JSON: Unexpected character ('}' (code 125)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`",
  })
  void badExpectationsAreRejected(String json, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expectations.parse(json.replace('\'', '"')));
    assertEquals(message, e.getMessage());
  }

  @Test
  void describeSaysEveryConstraint() {
    assertEquals("d1 casualty value=34535 min=30000 max=40000.5 qualifier=at_least category=killed "
        + "speaker=\"Ministry of Health\"|\"Israel\" direct=false text=\"34,535\"",
        Expectations.parse("{\"doc\": \"d1\", \"type\": \"casualty\", \"value\": 34535, \"min\": 30000, \"max\": 40000.5,"
            + " \"qualifier\": \"at_least\", \"category\": \"killed\", \"speaker\": [\"Ministry of Health\", \"Israel\"],"
            + " \"direct\": false, \"text\": \"34,535\"}").describe());
    assertEquals("no d1 count", Expectation.claim("d1", "count").absent().describe());
  }

  @TempDir Path dir;

  @Test
  void loadSkipsCommentsAndBlankLinesAndRemembersLines() throws IOException {
    Path f = dir.resolve("facts.jsonl");
    Files.writeString(f, """
        # the toll in d1
        {"name": "toll", "doc": "d1", "type": "casualty", "value": 34535}

        {"doc": "d1", "type": "casualty", "value": 1}
        """);
    CheckReport r = Expectations.load(f).verify(CLAIMS);
    assertEquals("""
        PASS facts.jsonl:2: toll (d1 casualty value=34535)
        FAIL facts.jsonl:4: d1 casualty value=1
             no casualty claim matches among 2; nearest: casualty [40,46) "34,535" value=34535 qualifier=at_least category=killed speaker="Gaza's Ministry of Health" — value 34535 (expected 1)
        1 passed, 1 failed
        """, r.text());
    AssertionError e = assertThrows(AssertionError.class, r::assertAllHold);
    assertTrue(e.getMessage().startsWith("1 of 2 expectations failed:\n  facts.jsonl:4: d1 casualty value=1: no casualty"), e.getMessage());
    r.outcomes().get(0).assertHolds();
    assertThrows(AssertionError.class, () -> r.outcomes().get(1).assertHolds());
  }

  @Test
  void loadNamesFileAndLineOfABadLine() throws IOException {
    Path f = dir.resolve("facts.jsonl");
    Files.writeString(f, "{\"doc\": \"d1\", \"type\": \"date\"}\n\n{\"doc\": \"d1\", \"typo\": \"date\"}\n");
    InputFileException e = assertThrows(InputFileException.class, () -> Expectations.load(f));
    assertEquals(f + ":3: unknown key 'typo'; known: absent, category, direct, doc, max, min, name, qualifier, speaker, text, type, value",
        e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void loadRefusesAMissingOrEmptyFile() throws IOException {
    assertEquals(dir.resolve("none.jsonl") + ": file not found",
        assertThrows(InputFileException.class, () -> Expectations.load(dir.resolve("none.jsonl"))).getMessage());
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "# nothing yet\n");
    assertEquals(empty + ": no expectations in the file",
        assertThrows(InputFileException.class, () -> Expectations.load(empty)).getMessage());
  }

  @Test
  void junitXmlHasOneTestcasePerExpectationAndAFailureForEachThatFailed() throws Exception {
    CheckReport r = Expectations.of("facts.jsonl", List.of(
        Expectation.claim("d1", "casualty").value(34535).at("facts.jsonl:1"),
        Expectation.claim("d1", "quote").speaker("Lin Jian <spokesman> & \"co\"").named("quote by Lin Jian").at("facts.jsonl:2")))
        .verify(CLAIMS);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(r.junitXml().getBytes(StandardCharsets.UTF_8)));
    Element suite = xml.getDocumentElement();
    assertEquals("testsuite", suite.getTagName());
    assertEquals("newsclaims check facts.jsonl", suite.getAttribute("name"));
    assertEquals("2", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    Element first = (Element) suite.getElementsByTagName("testcase").item(0);
    Element second = (Element) suite.getElementsByTagName("testcase").item(1);
    assertEquals("newsclaims.check.facts", first.getAttribute("classname"));
    assertEquals("facts.jsonl:1 d1 casualty value=34535", first.getAttribute("name"));
    assertEquals(0, first.getElementsByTagName("failure").getLength());
    assertEquals("facts.jsonl:2 quote by Lin Jian", second.getAttribute("name"));
    Element failure = (Element) second.getElementsByTagName("failure").item(0);
    assertEquals("no quote claim matches among 1; nearest: quote [120,135) \"we will rebuild\" speaker=\"Ana Lopez\" direct=true"
        + " — speaker \"Ana Lopez\" (expected \"Lin Jian <spokesman> & \\\"co\\\"\")", failure.getAttribute("message"));
  }

  @Test
  void verifyTakesDocumentsProcessedInThisJvm() {
    Claim c = new Claim("casualty", new Span(4, 6), "12", 12L, "exact", "killed", null, null, null,
        new Attribution("Officials", null, null, null), null, 0, null);
    DocumentResult done = new DocumentResult(InputDocument.of("n1", "The 12 dead."), null, List.of(c), null, Map.of());
    CheckReport r = Expectations.of(Expectation.claim("n1", "casualty").value(12).category("killed").speaker("officials"),
        Expectation.claim("n1", "casualty").min(13)).verify(done);
    assertEquals(List.of(true, false), r.outcomes().stream().map(CheckReport.Outcome::passed).toList());
  }
}
