package io.newsclaims.regress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An evaluation {@link Evaluation.Score} printed as {@code score.py} prints it: the table (with
 * the miss lines first when asked) or one JSON object with the same keys, order and rounding.
 * Stateless and thread-safe.
 */
public final class EvalReport {
  private EvalReport() {}

  /** The figures as one JSON object (score.py {@code --json}). */
  public static String json(Evaluation.Score s) {
    return PythonText.jsonDumps(figures(s));
  }

  /** The figures as nested maps in score.py's key order, numbers rounded to 3 decimals. */
  public static Map<String, Object> figures(Evaluation.Score s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("docs", s.docs());
    out.put("records", s.records());
    out.put("bad_records", s.badRecords());
    out.put("span_mismatches", s.spanMismatches());
    Map<String, Object> types = new LinkedHashMap<>();
    s.types().forEach((type, t) -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("precision", PythonText.round3(t.precision()));
      o.put("recall", PythonText.round3(t.recall()));
      o.put("f1", PythonText.round3(t.f1()));
      o.put("tp", t.tp());
      o.put("fp", t.fp());
      o.put("fn", t.fn());
      for (String a : Evaluation.ATTRIBUTES) {
        if (t.checked(a) > 0) {
          o.put(a, PythonText.round3((double) t.right(a) / t.checked(a)));
        }
      }
      types.put(type, o);
    });
    out.put("types", types);
    out.put("speaker_accuracy", s.speakerAccuracy());
    out.put("macro_f1", s.macroF1());
    return out;
  }

  /** The table, each line ending in a newline; with {@code misses}, the miss lines and a blank-or-not separator line first, as score.py prints them. */
  public static String text(Evaluation.Score s, boolean misses) {
    StringBuilder b = new StringBuilder();
    if (misses) {
      b.append(String.join("\n", s.misses())).append('\n');
    }
    b.append(String.format(Locale.ROOT, "%-9s%7s%7s%7s   attributes (share right among matched)\n", "type", "P", "R", "F1"));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> types = (Map<String, Map<String, Object>>) figures(s).get("types");
    for (String type : Evaluation.TYPES) {
      Map<String, Object> o = types.get(type);
      List<String> attrs = new ArrayList<>();
      for (String a : Evaluation.ATTRIBUTES) {
        if (o.containsKey(a)) {
          attrs.add(a + "=" + PythonText.fixed2((Double) o.get(a)));
        }
      }
      b.append(String.format(Locale.ROOT, "%-9s%7s%7s%7s   %s\n", type, PythonText.fixed2((Double) o.get("precision")),
          PythonText.fixed2((Double) o.get("recall")), PythonText.fixed2((Double) o.get("f1")), String.join("  ", attrs)));
    }
    b.append("records=").append(s.records()).append(" bad_records=").append(s.badRecords())
        .append(" span_mismatches=").append(s.spanMismatches()).append('\n');
    Double sa = s.speakerAccuracy();
    b.append("macro_f1=").append(PythonText.floatRepr(s.macroF1()))
        .append(" speaker_accuracy=").append(sa == null ? "None" : PythonText.floatRepr(sa)).append('\n');
    return b.toString();
  }
}
