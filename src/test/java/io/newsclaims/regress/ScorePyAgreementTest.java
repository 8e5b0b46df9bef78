package io.newsclaims.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.testing.RunCli;
import io.newsclaims.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code newsclaims eval} prints the same bytes as {@code ../shared/eval/score.py} (run with
 * python3, when the machine has it): on the seeds with the frozen predictions, and on
 * predictions made by randomly disturbing the seeds gold (shifted spans, wrong and right
 * values, categories, qualifiers and speakers, duplicates, false positives).
 */
class ScorePyAgreementTest {
  static final Path SCORE_PY = Shared.SHARED.resolve("eval/score.py");
  static final Path SEEDS_GOLD = Shared.SHARED.resolve("gold/seeds.gold.jsonl");
  static final Path FROZEN = Path.of("src/test/resources/regression/eval/seeds.pred.jsonl");

  @TempDir static Path dir;

  @BeforeAll
  static void needsPython() {
    assumeTrue(Files.isRegularFile(SCORE_PY), "no score.py at " + SCORE_PY);
    assumeTrue(python(List.of("-c", "print('ok')")).strip().equals("ok"), "no python3 on this machine");
  }

  @Test
  void frozenSeedsPredictions() {
    for (String flag : List.of("--misses", "--json")) {
      assertSame(List.of("--gold", SEEDS_GOLD.toString(), "--pred", FROZEN.toString(), flag));
    }
  }

  @Test
  void twoGoldFilesOneWithInlineText() throws IOException {
    Path small = EvaluationTest.write(dir, "small/small.gold.jsonl", EvaluationTest.GOLD);
    Path pred = dir.resolve("both.pred.jsonl");
    Files.writeString(pred, Files.readString(FROZEN) + EvaluationTest.PRED);
    assertSame(List.of("--gold", SEEDS_GOLD.toString(), "--gold", small.toString(), "--pred", pred.toString(), "--misses"));
  }

  @Test
  void rootOption() throws IOException {
    Path gold = dir.resolve("elsewhere/g.jsonl");
    Files.createDirectories(gold.getParent());
    Files.copy(SEEDS_GOLD, gold, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertSame(List.of("--gold", gold.toString(), "--root", Shared.SHARED.toString(), "--pred", FROZEN.toString(), "--misses"));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void randomlyDisturbedGold(long seed) throws IOException {
    Path pred = dir.resolve("random-" + seed + ".jsonl");
    Files.writeString(pred, disturbed(new Random(seed)), StandardCharsets.UTF_8);
    assertSame(List.of("--gold", SEEDS_GOLD.toString(), "--pred", pred.toString(), "--misses"));
    assertSame(List.of("--gold", SEEDS_GOLD.toString(), "--pred", pred.toString(), "--json"));
  }

  static void assertSame(List<String> args) {
    List<String> py = new ArrayList<>(List.of(SCORE_PY.toString()));
    py.addAll(args);
    String expected = python(py);
    List<String> java = new ArrayList<>(List.of("eval"));
    java.addAll(args);
    RunCli r = RunCli.run(java.toArray(String[]::new));
    assertEquals("", r.err());
    assertEquals(0, r.code());
    assertEquals(expected, r.out(), "eval and score.py differ on " + args);
  }

  static String python(List<String> args) {
    List<String> cmd = new ArrayList<>(List.of("python3"));
    cmd.addAll(args);
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("PYTHONIOENCODING", "utf-8");
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(60, TimeUnit.SECONDS);
      return p.exitValue() == 0 ? out : "python3 failed with exit code " + p.exitValue();
    } catch (IOException e) {
      return "python3 not runnable: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** Predictions made from the seeds gold by random changes of every kind the scorer has a rule for. */
  static String disturbed(Random rnd) {
    Gold gold = Gold.load(List.of(SEEDS_GOLD), null);
    StringBuilder out = new StringBuilder();
    List<String> types = List.of("quote", "casualty", "count", "date", "money");
    for (Gold.Doc doc : gold.docs().values()) {
      int length = doc.text().codePointCount(0, doc.text().length());
      for (Gold.Claim g : doc.claims()) {
        int copies = rnd.nextInt(10) < 7 ? 1 : rnd.nextInt(3);
        for (int k = 0; k < copies; k++) {
          String type = rnd.nextInt(10) == 0 ? types.get(rnd.nextInt(types.size())) : g.type();
          int start = Math.max(0, g.start() + rnd.nextInt(11) - 5);
          int end = Math.min(length, Math.max(start + 1, g.end() + rnd.nextInt(11) - 5));
          out.append(record(rnd, doc, type, start, end, g)).append('\n');
        }
      }
      for (int k = 0; k < 4; k++) {
        int start = rnd.nextInt(length - 20);
        out.append(record(rnd, doc, types.get(rnd.nextInt(types.size())), start, start + 1 + rnd.nextInt(19), null)).append('\n');
      }
    }
    out.append("{\"doc_id\": \"not-in-gold\", \"type\": \"date\", \"span\": {\"start\": 0, \"end\": 1}, \"text\": \"x\"}\n");
    return out.toString();
  }

  private static String record(Random rnd, Gold.Doc doc, String type, int start, int end, Gold.Claim g) {
    ObjectNode o = ClaimJson.MAPPER.createObjectNode();
    o.put("doc_id", doc.docId());
    o.put("type", type);
    o.putObject("span").put("start", start).put("end", end);
    String text = Gold.slice(doc.text(), start, end);
    if (rnd.nextInt(20) == 0) {
      text = "#" + text.substring(text.offsetByCodePoints(0, 1)); // same length, other text: a span mismatch
    }
    o.put("text", text);
    JsonNode gv = g == null ? null : g.get("value");
    if (gv != null && gv.isArray()) {
      gv = gv.get(rnd.nextInt(gv.size()));
    }
    switch (rnd.nextInt(7)) {
      case 0 -> o.putNull("value");
      case 1 -> o.put("value", gv != null && gv.isNumber() ? gv.asDouble() + 1e-9 : 3.5);
      case 2 -> o.put("value", gv != null ? PythonText.str(gv) : "2024-07");
      case 3 -> o.put("value", gv != null && gv.isNumber() ? gv.asLong() + 1 : 7);
      default -> o.set("value", gv);
    }
    String cat = g != null && g.has("category") ? g.get("category").asText() : "group";
    List<String> cats = List.of(cat, cat + "s", cat.toUpperCase(Locale.ROOT), "killed");
    if (rnd.nextInt(5) > 0) {
      o.put("category", cats.get(rnd.nextInt(cats.size())));
    }
    List<String> quals = List.of("exact", "about", "at_least", "vague", "At Least");
    if (rnd.nextInt(5) > 0) {
      o.put("qualifier", g != null && g.has("qualifier") && rnd.nextBoolean() ? g.get("qualifier").asText()
          : quals.get(rnd.nextInt(quals.size())));
    }
    List<String> names = new ArrayList<>(List.of("Foreign Ministry spokesman Lin Jian", "Lin", "Xi Jinping’s office", "Israel"));
    if (g != null && g.has("speaker") && g.get("speaker").isArray()) {
      g.get("speaker").forEach(n -> names.add(n.asText()));
      g.get("speaker").forEach(n -> names.add("the " + n.asText().toUpperCase(Locale.ROOT) + " said"));
    }
    if (rnd.nextInt(4) > 0) {
      o.putObject("attribution").put("speaker", names.get(rnd.nextInt(names.size())));
    } else {
      o.putNull("attribution");
    }
    if (rnd.nextBoolean()) {
      o.putObject("quote").put("direct", rnd.nextBoolean());
    }
    return o.toString();
  }
}
