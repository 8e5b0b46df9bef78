package io.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.Claim;
import io.newsclaims.model.Span;
import io.newsclaims.model.TextRef;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every claim of two runs once with its fate, as {@code newsclaims diff} pairs and compares them. */
class ClaimMatcherTest {
  static final String TEXT = "On Friday the ministry said 12 people were killed and 3 groups met.";

  static ClaimJson.Record claim(String doc, String type, String words) {
    int start = TEXT.indexOf(words);
    return new ClaimJson.Record(null, doc, Claim.of(type, new Span(start, start + words.length()), words, 0));
  }

  static ClaimJson.Record with(ClaimJson.Record r, Claim c) {
    return new ClaimJson.Record(null, r.docId(), c);
  }

  /** Compact form: {@code status doc type [start,end) text; field: old -> new}. */
  static List<String> match(List<ClaimJson.Record> olds, List<ClaimJson.Record> news) {
    return ClaimMatcher.match(olds, news).stream().map(c -> c.status() + " " + c.docId() + " " + c.shown().type() + " "
        + c.shown().span() + " " + c.shown().text()
        + c.fields().stream().map(f -> "; " + f.field() + ": " + f.before() + " -> " + f.after()).collect(Collectors.joining()))
        .toList();
  }

  @Test
  void identicalClaimsAreTheSame() {
    var d = claim("a", "date", "Friday");
    assertEquals(List.of("same a date [3,9) Friday"), match(List.of(d), List.of(d)));
  }

  @Test
  void aChangedValueIsAChangeOfThatField() {
    var d = claim("a", "date", "Friday");
    var d2 = with(d, d.claim().withValue("2024-07-26", null));
    assertEquals(List.of("changed a date [3,9) Friday; value: null -> 2024-07-26"), match(List.of(d), List.of(d2)));
  }

  @Test
  void overlappingSpansOfOneTypeAreOneClaimThatMoved() {
    var old = claim("a", "casualty", "12 people");
    var now = claim("a", "casualty", "12 people were killed");
    assertEquals(List.of("changed a casualty [28,49) 12 people were killed; span: [28,37) -> [28,49); "
        + "text: 12 people -> 12 people were killed"), match(List.of(old), List.of(now)));
  }

  @Test
  void spansThatDoNotOverlapAreOneRemovedAndOneAdded() {
    assertEquals(List.of("removed a count [28,37) 12 people", "added a count [54,62) 3 groups"),
        match(List.of(claim("a", "count", "12 people")), List.of(claim("a", "count", "3 groups"))));
  }

  @Test
  void anotherTypeOrAnotherDocumentIsNeverTheSameClaim() {
    // within a document by span, then by type name
    assertEquals(List.of("added a casualty [28,37) 12 people", "removed a count [28,37) 12 people",
            "added b count [28,37) 12 people"),
        match(List.of(claim("a", "count", "12 people")),
            List.of(claim("a", "casualty", "12 people"), claim("b", "count", "12 people"))));
  }

  @Test
  void theIdenticalSpanWinsOverALargerOverlap() {
    var wide = claim("a", "quote", "the ministry said 12 people");
    var exact = claim("a", "quote", "12 people were killed");
    assertEquals(List.of("removed a quote [10,37) the ministry said 12 people", "same a quote [28,49) 12 people were killed"),
        match(List.of(wide, exact), List.of(exact)));
  }

  @Test
  void anAttributionFoundIsAChangeOfTheAttribution() {
    var c = claim("a", "casualty", "12 people");
    var attributed = with(c, c.claim().withAttribution(
        new Attribution("ministry", new TextRef("said", 23, 27), new TextRef("the ministry", 10, 22), null)));
    assertEquals(List.of("changed a casualty [28,37) 12 people; attribution: null -> "
        + "{speaker=\"ministry\", cue=\"said\"[23,27), mention=\"the ministry\"[10,22)}"),
        match(List.of(c), List.of(attributed)));
  }

  @Test
  void anotherSpeakerIsAChangeOfThatPart() {
    var c = claim("a", "casualty", "12 people");
    var ministry = with(c, c.claim().withAttribution(new Attribution("ministry", null, null, null)));
    var health = with(c, c.claim().withAttribution(new Attribution("Ministry of Health", null, null, null)));
    assertEquals(List.of("changed a casualty [28,37) 12 people; attribution.speaker: ministry -> Ministry of Health"),
        match(List.of(ministry), List.of(health)));
  }

  @Test
  void noClaimsNoChanges() {
    assertEquals(List.of(), match(List.of(), List.of()));
  }
}
