package io.newsclaims.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsclaims.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring rules of score.py on a hand-made gold/prediction pair whose figures are worked out by hand. */
class EvaluationTest {
  static final String TEXT = "On Monday the health ministry said 12 people were killed and about 40 injured. "
      + "\\\"We will rebuild,\\\" Ana Lopez told reporters. Two groups met on Monday.";

  /** Seven gold claims: a direct and a reported quote, two casualty figures, a count, a date and an optional date. */
  static final String GOLD = String.format(Locale.ROOT, """
      {"doc_id": "a1", "text": "%s", "claims": [
        {"type": "quote", "anchor": "\\"We will rebuild,\\"", "direct": true, "speaker": ["Ana Lopez"]},
        {"type": "quote", "anchor": "12 people were killed and about 40 injured", "direct": false, "speaker": ["health ministry", "Ministry of Health"]},
        {"type": "casualty", "anchor": "12 people were killed", "value": 12, "category": "killed", "qualifier": "exact", "speaker": ["health ministry"]},
        {"type": "casualty", "anchor": "about 40 injured", "value": 40, "qualifier": "about", "category": "injured"},
        {"type": "count", "anchor": "Two groups", "value": 2, "category": "group"},
        {"type": "date", "anchor": "Monday", "value": "2024-05-06"},
        {"type": "date", "anchor": "Monday", "nth": 2, "value": "2024-05-06", "optional": true}]}
      """, TEXT).replace("\n  ", " ").replace("\n", " ").strip() + "\n";

  /**
   * Predictions: quote 1 without its marks, speaker "Ms Ana Lopez" (accepted: both words of
   * "Ana Lopez"); quote 2 with speaker "the ministry" (wrong: "health" missing); casualty "12"
   * with value 12.0000001 (within tolerance) and category "Killed" (case ignored); casualty "40"
   * and "40 injured" both overlap gold "about 40 injured": the larger overlap wins, "40" is a
   * false positive; no count; date Monday #1 right, Monday #2 matches the optional gold claim
   * (scores nothing); a date on "reporters" (false positive); a money claim (not scored); a
   * claim of a document not in gold (not scored, but counted as a record).
   */
  static final String PRED = """
      {"doc_id": "a1", "type": "quote", "span": {"start": 80, "end": 95}, "text": "We will rebuild", "attribution": {"speaker": "Ms Ana Lopez"}, "quote": {"direct": true}}
      {"doc_id": "a1", "type": "quote", "span": {"start": 35, "end": 77}, "text": "12 people were killed and about 40 injured", "attribution": {"speaker": "the ministry"}, "quote": {"direct": false}}
      {"doc_id": "a1", "type": "casualty", "span": {"start": 35, "end": 37}, "text": "12", "value": 12.0000001, "qualifier": "exact", "category": "Killed", "attribution": {"speaker": "Health Ministry"}}
      {"doc_id": "a1", "type": "casualty", "span": {"start": 67, "end": 69}, "text": "40", "value": 41, "qualifier": "about", "category": "injured"}
      {"doc_id": "a1", "type": "casualty", "span": {"start": 67, "end": 77}, "text": "40 injured", "value": 40, "qualifier": "about", "category": "injured"}
      {"doc_id": "a1", "type": "date", "span": {"start": 3, "end": 9}, "text": "Monday", "value": "2024-05-06"}
      {"doc_id": "a1", "type": "date", "span": {"start": 142, "end": 148}, "text": "Monday", "value": "2024-05-06"}
      {"doc_id": "a1", "type": "date", "span": {"start": 113, "end": 122}, "text": "reporters", "value": null}
      {"doc_id": "a1", "type": "money", "span": {"start": 35, "end": 37}, "text": "12"}
      {"doc_id": "zz", "type": "date", "span": {"start": 0, "end": 2}, "text": "On"}
      """;

  @TempDir Path dir;

  static Path write(Path dir, String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  Evaluation.Score scoreSmallPair() throws IOException {
    Path gold = write(dir, "gold/small.gold.jsonl", GOLD);
    Path pred = write(dir, "pred.jsonl", PRED);
    return Evaluation.score(Gold.load(List.of(gold), null), ClaimsFile.read(pred));
  }

  @Test
  void goldAnchorsBecomeCodePointSpans() throws IOException {
    Gold g = Gold.load(List.of(write(dir, "gold/small.gold.jsonl", GOLD)), null);
    List<Gold.Claim> claims = g.docs().get("a1").claims();
    assertEquals(List.of("[79,97)", "[35,77)", "[35,56)", "[61,77)", "[124,134)", "[3,9)", "[142,148)"),
        claims.stream().map(c -> "[" + c.start() + "," + c.end() + ")").toList());
  }

  @Test
  void detectionCountsPerType() throws IOException {
    Evaluation.Score s = scoreSmallPair();
    assertEquals(List.of("2/0/0", "2/1/0", "0/0/1", "1/1/0"), Evaluation.TYPES.stream()
        .map(t -> s.types().get(t)).map(t -> t.tp() + "/" + t.fp() + "/" + t.fn()).toList());
    assertEquals(1, s.docs());
    assertEquals(10, s.records());
    assertEquals(0, s.badRecords());
    assertEquals(0, s.spanMismatches());
  }

  @Test
  void precisionRecallF1AndMacroF1() throws IOException {
    Evaluation.Score s = scoreSmallPair();
    Evaluation.Tally casualty = s.types().get("casualty");
    assertEquals(2.0 / 3, casualty.precision(), 1e-12);
    assertEquals(1.0, casualty.recall());
    assertEquals(0.8, casualty.f1(), 1e-12);
    assertEquals(0.0, s.types().get("count").f1());
    assertEquals(0.617, s.macroF1()); // (1 + 0.8 + 0 + 0.667) / 4
    assertEquals(0.667, s.speakerAccuracy()); // 2 of 3 matched claims with a gold speaker
  }

  @Test
  void attributesAreCheckedOnlyWhereTheGoldGivesThem() throws IOException {
    Evaluation.Score s = scoreSmallPair();
    Evaluation.Tally quote = s.types().get("quote");
    assertEquals("1/2 2/2 0/0", quote.right("speaker") + "/" + quote.checked("speaker") + " "
        + quote.right("direct") + "/" + quote.checked("direct") + " " + quote.right("value") + "/" + quote.checked("value"));
    Evaluation.Tally casualty = s.types().get("casualty");
    assertEquals("2/2 2/2 2/2 1/1", casualty.right("value") + "/" + casualty.checked("value") + " "
        + casualty.right("category") + "/" + casualty.checked("category") + " "
        + casualty.right("qualifier") + "/" + casualty.checked("qualifier") + " "
        + casualty.right("speaker") + "/" + casualty.checked("speaker"));
  }

  @Test
  void missesAreWordedAsScorePyWordsThem() throws IOException {
    assertEquals(List.of(
        "a1 quote '12 people were killed and about 40 injur': speaker gold=['health ministry', 'Ministry of Health'] pred='the ministry'",
        "a1 casualty '40': not in gold",
        "a1 count 'Two groups': missed",
        "a1 date 'reporters': not in gold"), scoreSmallPair().misses());
  }

  @Test
  void reportPrintsTheTableAsScorePy() throws IOException {
    assertEquals("""
        type           P      R     F1   attributes (share right among matched)
        quote       1.00   1.00   1.00   speaker=0.50  direct=1.00
        casualty    0.67   1.00   0.80   value=1.00  category=1.00  qualifier=1.00  speaker=1.00
        count       0.00   0.00   0.00  \s
        date        0.50   1.00   0.67   value=1.00
        records=10 bad_records=0 span_mismatches=0
        macro_f1=0.617 speaker_accuracy=0.667
        """, EvalReport.text(scoreSmallPair(), false));
  }

  @Test
  void explicitStartEndGoldWorksLikeAnAnchor() throws IOException {
    Path gold = write(dir, "g.jsonl", """
        {"doc_id": "b", "text": "Five groups met.", "claims": [{"type": "count", "start": 0, "end": 11, "value": 5}]}
        """);
    Path pred = write(dir, "p.jsonl", """
        {"doc_id": "b", "type": "count", "span": {"start": 0, "end": 4}, "text": "Five", "value": 5}
        """);
    Evaluation.Score s = Evaluation.score(Gold.load(List.of(gold), null), ClaimsFile.read(pred));
    assertEquals(1, s.types().get("count").tp());
    assertEquals(1, s.types().get("count").right("value"));
  }

  @Test
  void goldValueNullNeverMatchesAndSpeakerNullWantsNoAttribution() throws IOException {
    Path gold = write(dir, "g.jsonl", """
        {"doc_id": "b", "text": "Dozens were hurt.", "claims": [{"type": "casualty", "anchor": "Dozens", "value": null, "speaker": null}]}
        """);
    Path pred = write(dir, "p.jsonl", """
        {"doc_id": "b", "type": "casualty", "span": {"start": 0, "end": 6}, "text": "Dozens", "value": null, "attribution": null}
        """);
    Evaluation.Tally t = Evaluation.score(Gold.load(List.of(gold), null), ClaimsFile.read(pred)).types().get("casualty");
    assertEquals(0, t.right("value")); // as in score.py: norm(None) is "none", a null prediction is never right
    assertEquals(1, t.right("speaker"));
  }

  @Test
  void withoutSpeakerCheckedSpeakerAccuracyIsNone() throws IOException {
    Path gold = write(dir, "g.jsonl", """
        {"doc_id": "b", "text": "On Monday.", "claims": [{"type": "date", "anchor": "Monday"}]}
        """);
    Path pred = write(dir, "p.jsonl", "");
    Evaluation.Score s = Evaluation.score(Gold.load(List.of(gold), null), ClaimsFile.read(pred));
    assertNull(s.speakerAccuracy());
    assertEquals(0.0, s.macroF1());
  }

  /** The seeds gold against a frozen prediction file (src/test/resources/regression/eval/seeds.pred.jsonl). */
  @Test
  void seedsFiguresAgainstTheFrozenPredictions() {
    Gold gold = Gold.load(List.of(Shared.SHARED.resolve("gold/seeds.gold.jsonl")), null);
    Evaluation.Score s = Evaluation.score(gold, ClaimsFile.read(Path.of("src/test/resources/regression/eval/seeds.pred.jsonl")));
    assertEquals("""
        {"docs": 3, "records": 26, "bad_records": 0, "span_mismatches": 1, "types": {\
        "quote": {"precision": 1.0, "recall": 0.615, "f1": 0.762, "tp": 8, "fp": 0, "fn": 5, "speaker": 0.0, "direct": 1.0}, \
        "casualty": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 3, "fp": 0, "fn": 0, "value": 1.0, "category": 0.667, "qualifier": 0.667, "speaker": 0.5}, \
        "count": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0, "value": 1.0, "category": 0.0}, \
        "date": {"precision": 0.8, "recall": 1.0, "f1": 0.889, "tp": 8, "fp": 2, "fn": 0, "value": 0.875}}, \
        "speaker_accuracy": 0.1, "macro_f1": 0.913}""", EvalReport.json(s));
  }
}
