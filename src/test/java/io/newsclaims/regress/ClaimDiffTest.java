package io.newsclaims.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsclaims.io.ClaimJson;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which claims {@link ClaimDiff} pairs across two runs, and what it reports as changed. */
class ClaimDiffTest {
  static List<ClaimJson.Record> records(String jsonLines) {
    return jsonLines.lines().filter(l -> !l.isBlank()).map(ClaimsFile::parse).toList();
  }

  static final String OLD = """
      {"claim_id": "a", "doc_id": "d1", "type": "casualty", "span": {"start": 15, "end": 17}, "text": "12", "value": 12, "category": "killed", "attribution": {"speaker": "Officials"}}
      {"claim_id": "b", "doc_id": "d1", "type": "date", "span": {"start": 40, "end": 46}, "text": "Monday", "value": "2024-05-06"}
      {"claim_id": "c", "doc_id": "d2", "type": "quote", "span": {"start": 0, "end": 38}, "text": "the ministry will rebuild the hospital", "quote": {"direct": true}}
      """;

  /** A compact rendering of a diff result: one line per difference. */
  static List<String> lines(ClaimDiff.Result r) {
    List<String> out = new java.util.ArrayList<>();
    r.removed().forEach(x -> out.add("- " + x.docId() + " " + x.claim().type() + " " + x.claim().span()));
    r.added().forEach(x -> out.add("+ " + x.docId() + " " + x.claim().type() + " " + x.claim().span()));
    r.changed().forEach(c -> out.add("~ " + c.after().docId() + " " + c.after().claim().type() + " "
        + c.changes().stream().map(f -> f.field() + " " + ClaimDiff.show(f.before()) + "->" + ClaimDiff.show(f.after())).toList()));
    return out;
  }

  @Test
  void sameClaimsAreEqual() {
    ClaimDiff.Result r = ClaimDiff.allFields().diff(records(OLD), records(OLD));
    assertTrue(r.same());
    assertEquals(3, r.unchanged());
  }

  @Test
  void emptySetsAreEqual() {
    assertTrue(ClaimDiff.allFields().diff(List.of(), List.of()).same());
  }

  @Test
  void shiftedSpanAndNewIdAreAChangeNotARemovalAndAnAddition() {
    String now = OLD.replace("{\"claim_id\": \"a\", \"doc_id\": \"d1\", \"type\": \"casualty\", \"span\": {\"start\": 15, \"end\": 17}, \"text\": \"12\"",
        "{\"claim_id\": \"zz\", \"doc_id\": \"d1\", \"type\": \"casualty\", \"span\": {\"start\": 15, \"end\": 24}, \"text\": \"12 people\"");
    ClaimDiff.Result r = ClaimDiff.allFields().diff(records(OLD), records(now));
    assertEquals(List.of("~ d1 casualty [span [15,17)->[15,24), text \"12\"->\"12 people\"]"), lines(r));
    assertEquals(2, r.unchanged());
  }

  @Test
  void changedAttributesAreListedByField() {
    String now = OLD.replace("\"value\": 12, \"category\": \"killed\", \"attribution\": {\"speaker\": \"Officials\"}",
        "\"value\": 13, \"category\": \"killed\", \"attribution\": {\"speaker\": \"Health officials\", \"role\": \"spokesman\"}");
    assertEquals(List.of("~ d1 casualty [value 12->13, attribution.speaker \"Officials\"->\"Health officials\", "
        + "attribution.role null->\"spokesman\"]"), lines(ClaimDiff.allFields().diff(records(OLD), records(now))));
  }

  @Test
  void aClaimGainingAnAttributionShowsTheWholeObject() {
    String now = OLD.replace("\"text\": \"Monday\", \"value\": \"2024-05-06\"}",
        "\"text\": \"Monday\", \"value\": \"2024-05-06\", \"attribution\": {\"speaker\": \"Officials\", \"cue\": {\"text\": \"said\", \"start\": 10, \"end\": 14}}}");
    assertEquals(List.of("~ d1 date [attribution null->{speaker=\"Officials\", cue=\"said\"[10,14)}]"),
        lines(ClaimDiff.allFields().diff(records(OLD), records(now))));
  }

  @Test
  void addedAndRemovedClaims() {
    String now = """
        {"doc_id": "d1", "type": "casualty", "span": {"start": 15, "end": 17}, "text": "12", "value": 12, "category": "killed", "attribution": {"speaker": "Officials"}}
        {"doc_id": "d1", "type": "count", "span": {"start": 50, "end": 60}, "text": "Two groups", "value": 2, "category": "group"}
        {"doc_id": "d2", "type": "quote", "span": {"start": 0, "end": 38}, "text": "the ministry will rebuild the hospital", "quote": {"direct": true}}
        """;
    assertEquals(List.of("- d1 date [40,46)", "+ d1 count [50,60)"), lines(ClaimDiff.allFields().diff(records(OLD), records(now))));
  }

  @Test
  void anotherTypeIsAnotherClaim() {
    String now = OLD.replace("\"type\": \"date\"", "\"type\": \"duration\"");
    assertEquals(List.of("- d1 date [40,46)", "+ d1 duration [40,46)"), lines(ClaimDiff.allFields().diff(records(OLD), records(now))));
  }

  @Test
  void theSameWordsElsewhereAreTheSameClaimWhenMostWordsAgree() {
    String now = OLD.replace("\"span\": {\"start\": 0, \"end\": 38}, \"text\": \"the ministry will rebuild the hospital\"",
        "\"span\": {\"start\": 100, \"end\": 143}, \"text\": \"the ministry will rebuild the hospital soon\"");
    assertEquals(List.of("~ d2 quote [span [0,38)->[100,143), text \"the ministry will rebuild the hospital\"->"
        + "\"the ministry will rebuild the hospital soon\"]"), lines(ClaimDiff.allFields().diff(records(OLD), records(now))));
  }

  @Test
  void otherWordsElsewhereAreAnotherClaim() {
    String now = OLD.replace("\"span\": {\"start\": 0, \"end\": 38}, \"text\": \"the ministry will rebuild the hospital\"",
        "\"span\": {\"start\": 100, \"end\": 139}, \"text\": \"aid trucks were stopped at the crossing\"");
    assertEquals(List.of("- d2 quote [0,38)", "+ d2 quote [100,139)"), lines(ClaimDiff.allFields().diff(records(OLD), records(now))));
  }

  @Test
  void repeatedWordsPairWithTheNearestWhenEverySpanMoved() {
    String before = """
        {"doc_id": "d", "type": "date", "span": {"start": 100, "end": 105}, "text": "April", "value": "2024-04"}
        {"doc_id": "d", "type": "date", "span": {"start": 300, "end": 305}, "text": "April", "value": "2024-04"}
        """;
    String after = """
        {"doc_id": "d", "type": "date", "span": {"start": 312, "end": 317}, "text": "April", "value": "2023-04"}
        {"doc_id": "d", "type": "date", "span": {"start": 112, "end": 117}, "text": "April", "value": "2024-04"}
        """;
    assertEquals(List.of("~ d date [span [100,105)->[112,117)]", "~ d date [span [300,305)->[312,317), value \"2024-04\"->\"2023-04\"]"),
        lines(ClaimDiff.allFields().diff(records(before), records(after))));
  }

  @Test
  void anIdenticalClaimIsPairedBeforeAMoreOverlappingOne() {
    String before = """
        {"doc_id": "d", "type": "quote", "span": {"start": 0, "end": 10}, "text": "aaaa bbbb ", "quote": {"direct": true}}
        """;
    String after = """
        {"doc_id": "d", "type": "quote", "span": {"start": 0, "end": 12}, "text": "aaaa bbbb cc", "quote": {"direct": false}}
        {"doc_id": "d", "type": "quote", "span": {"start": 0, "end": 10}, "text": "aaaa bbbb ", "quote": {"direct": true}}
        """;
    assertEquals(List.of("+ d quote [0,12)"), lines(ClaimDiff.allFields().diff(records(before), records(after))));
  }

  @Test
  void ignoredFieldsAreNotCompared() {
    String now = OLD.replace("\"span\": {\"start\": 15, \"end\": 17}, \"text\": \"12\", \"value\": 12",
        "\"span\": {\"start\": 16, \"end\": 18}, \"text\": \"13\", \"value\": 12");
    assertEquals(1, ClaimDiff.allFields().diff(records(OLD), records(now)).changed().size());
    assertTrue(ClaimDiff.ignoring(Set.of("span", "text")).diff(records(OLD), records(now)).same());
    String speaker = OLD.replace("\"Officials\"", "\"Police\"");
    assertTrue(ClaimDiff.ignoring(Set.of("attribution")).diff(records(OLD), records(speaker)).same());
    assertTrue(ClaimDiff.ignoring(Set.of("attribution.speaker")).diff(records(OLD), records(speaker)).same());
  }

  @Test
  void unknownIgnoredFieldIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClaimDiff.ignoring(Set.of("speaker")));
    assertTrue(e.getMessage().startsWith("unknown field 'speaker'; known: span, text, value,"), e.getMessage());
  }
}
