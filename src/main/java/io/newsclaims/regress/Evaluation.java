package io.newsclaims.regress;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted claims against gold with the rules of {@code score.py} (docs/regression.md):
 * within a document and type, overlapping gold/predicted pairs are matched greedily, largest
 * overlap first; a matched optional gold claim scores nothing; every attribute the gold gives
 * is checked on each matched pair. Stateless and thread-safe.
 */
public final class Evaluation {
  /** The scored claim types, in report order. */
  public static final List<String> TYPES = List.of("quote", "casualty", "count", "date");
  /** The checked attributes, in report order. */
  public static final List<String> ATTRIBUTES = List.of("value", "category", "qualifier", "speaker", "direct");

  /** The counts of one claim type: detections and, per attribute, how many matched pairs had it right. Immutable. */
  public record Tally(int tp, int fp, int fn, Map<String, Integer> right, Map<String, Integer> checked) {
    public Tally {
      right = Map.copyOf(right);
      checked = Map.copyOf(checked);
    }

    public double precision() {
      return tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
    }

    public double recall() {
      return tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /** How many matched pairs had the attribute right. */
    public int right(String attribute) {
      return right.getOrDefault(attribute, 0);
    }

    /** How many matched pairs had the attribute checked (the gold gives it). */
    public int checked(String attribute) {
      return checked.getOrDefault(attribute, 0);
    }
  }

  /** The counts of one claim type while scoring. */
  private static final class Counter {
    int tp;
    int fp;
    int fn;
    final Map<String, Integer> right = new LinkedHashMap<>();
    final Map<String, Integer> checked = new LinkedHashMap<>();

    Tally tally() {
      return new Tally(tp, fp, fn, right, checked);
    }
  }

  /**
   * The outcome: per type tallies, the record counts, and one line per miss, wrong attribute
   * and prediction not in gold, worded as {@code score.py --misses} words them.
   */
  public record Score(int docs, int records, int badRecords, int spanMismatches, Map<String, Tally> types, List<String> misses) {
    /** Speaker accuracy over all types, or null when no matched gold claim gives a speaker. */
    public Double speakerAccuracy() {
      int right = 0;
      int total = 0;
      for (Tally t : types.values()) {
        right += t.right("speaker");
        total += t.checked("speaker");
      }
      return total > 0 ? PythonText.round3((double) right / total) : null;
    }

    /** The mean of the per-type F1 (each rounded to 3 decimals first, as score.py does), rounded to 3 decimals. */
    public double macroF1() {
      double sum = 0;
      for (String t : TYPES) {
        sum += PythonText.round3(types.get(t).f1());
      }
      return PythonText.round3(sum / TYPES.size());
    }
  }

  private Evaluation() {}

  /** Scores a claims file against gold; lines of the file that are not claim records count as bad records. */
  public static Score score(Gold gold, ClaimsFile predictions) {
    int spanMismatches = 0;
    Map<String, List<ClaimJson.Record>> byDoc = new LinkedHashMap<>();
    for (ClaimsFile.Line line : predictions.lines()) {
      ClaimJson.Record r = line.record();
      Gold.Doc g = gold.docs().get(r.docId());
      if (g == null || !TYPES.contains(r.claim().type())) {
        continue;
      }
      if (!Gold.slice(g.text(), r.claim().span().start(), r.claim().span().end()).equals(r.claim().text())) {
        spanMismatches++;
      }
      byDoc.computeIfAbsent(r.docId(), k -> new ArrayList<>()).add(r);
    }
    Map<String, Counter> counters = new LinkedHashMap<>();
    TYPES.forEach(t -> counters.put(t, new Counter()));
    List<String> misses = new ArrayList<>();
    for (Gold.Doc doc : gold.docs().values()) {
      for (String type : TYPES) {
        List<Gold.Claim> gs = doc.claims().stream().filter(c -> c.type().equals(type)).toList();
        List<Claim> ps = byDoc.getOrDefault(doc.docId(), List.of()).stream()
            .map(ClaimJson.Record::claim).filter(c -> c.type().equals(type)).toList();
        match(doc.docId(), type, gs, ps, counters.get(type), misses);
      }
    }
    Map<String, Tally> tallies = new LinkedHashMap<>();
    counters.forEach((type, c) -> tallies.put(type, c.tally()));
    return new Score(gold.docs().size(), predictions.lines().size(), predictions.bad().size(), spanMismatches,
        java.util.Collections.unmodifiableMap(tallies), List.copyOf(misses));
  }

  private record Pair(int overlap, int gold, int pred) {}

  private static final Comparator<Pair> LARGEST_FIRST = Comparator.comparingInt(Pair::overlap)
      .thenComparingInt(Pair::gold).thenComparingInt(Pair::pred).reversed();

  private static void match(String docId, String type, List<Gold.Claim> gs, List<Claim> ps, Counter t, List<String> misses) {
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < gs.size(); i++) {
      Gold.Claim a = gs.get(i);
      for (int j = 0; j < ps.size(); j++) {
        Claim b = ps.get(j);
        if (a.start() < b.span().end() && b.span().start() < a.end()) {
          pairs.add(new Pair(Math.min(a.end(), b.span().end()) - Math.max(a.start(), b.span().start()), i, j));
        }
      }
    }
    pairs.sort(LARGEST_FIRST);
    Set<Integer> usedG = new HashSet<>();
    Set<Integer> usedP = new HashSet<>();
    for (Pair pair : pairs) {
      if (usedG.contains(pair.gold()) || usedP.contains(pair.pred())) {
        continue;
      }
      usedG.add(pair.gold());
      usedP.add(pair.pred());
      Gold.Claim g = gs.get(pair.gold());
      if (g.optional()) {
        continue;
      }
      t.tp++;
      Claim p = ps.get(pair.pred());
      for (String a : ATTRIBUTES) {
        if (g.has(a)) {
          boolean ok = attributeRight(a, g, p);
          t.right.merge(a, ok ? 1 : 0, Integer::sum);
          t.checked.merge(a, 1, Integer::sum);
          if (!ok) {
            misses.add(docId + " " + type + " " + PythonText.reprString(head(g.anchor())) + ": " + a
                + " gold=" + PythonText.repr(g.get(a)) + " pred=" + PythonText.repr(shown(a, p)));
          }
        }
      }
    }
    for (int i = 0; i < gs.size(); i++) {
      if (!usedG.contains(i) && !gs.get(i).optional()) {
        t.fn++;
        misses.add(docId + " " + type + " " + PythonText.reprString(head(gs.get(i).anchor())) + ": missed");
      }
    }
    for (int j = 0; j < ps.size(); j++) {
      if (!usedP.contains(j)) {
        t.fp++;
        misses.add(docId + " " + type + " " + PythonText.reprString(head(ps.get(j).text())) + ": not in gold");
      }
    }
  }

  /** The first 40 code points, as Python's {@code s[:40]}. */
  private static String head(String s) {
    return Gold.slice(s, 0, 40);
  }

  private static Object shown(String attribute, Claim p) {
    return switch (attribute) {
      case "speaker" -> p.attribution() == null ? null : p.attribution().speaker();
      case "direct" -> p.quote() == null ? null : p.quote().direct();
      case "value" -> p.value();
      case "category" -> p.category();
      case "qualifier" -> p.qualifier();
      default -> throw new IllegalArgumentException("no attribute " + attribute);
    };
  }

  /** Whether a predicted claim has the attribute the gold claim gives. */
  static boolean attributeRight(String attribute, Gold.Claim g, Claim p) {
    JsonNode gv = g.get(attribute);
    return switch (attribute) {
      case "speaker" -> speakerRight(gv, p.attribution());
      case "direct" -> directRight(gv, p.quote() != null && p.quote().direct());
      case "value" -> valueRight(gv, p.value());
      default -> {
        Object pv = attribute.equals("category") ? p.category() : p.qualifier();
        yield pv != null && PythonText.norm(PythonText.str(pv)).equals(PythonText.norm(PythonText.str(gv)));
      }
    };
  }

  private static boolean speakerRight(JsonNode accepted, Attribution a) {
    if (accepted == null || accepted.isNull()) {
      return a == null;
    }
    if (a == null) {
      return false;
    }
    List<String> names = new ArrayList<>();
    if (accepted.isArray()) {
      accepted.forEach(n -> names.add(PythonText.str(n)));
    } else {
      names.add(PythonText.str(accepted));
    }
    return Matching.speakerAccepted(names, a.speaker());
  }

  private static boolean directRight(JsonNode gold, boolean direct) {
    if (gold.isBoolean()) {
      return gold.asBoolean() == direct;
    }
    return gold.isNumber() && gold.asDouble() == (direct ? 1 : 0);
  }

  private static boolean valueRight(JsonNode gold, Object pred) {
    List<JsonNode> accepted = new ArrayList<>();
    if (gold.isArray()) {
      gold.forEach(accepted::add);
    } else {
      accepted.add(gold);
    }
    for (JsonNode g : accepted) {
      boolean goldNumber = g.isNumber() || g.isBoolean();
      if (goldNumber && pred instanceof Number n) {
        double gd = g.isBoolean() ? (g.asBoolean() ? 1 : 0) : g.asDouble();
        if (Matching.numbersEqual(gd, n.doubleValue())) {
          return true;
        }
      } else if (pred != null && PythonText.norm(PythonText.str(g)).equals(PythonText.norm(PythonText.str(pred)))) {
        return true;
      }
    }
    return false;
  }
}
