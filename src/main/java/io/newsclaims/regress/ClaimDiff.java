package io.newsclaims.regress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two sets of claim records: which claims were added, removed, or changed in which
 * fields. A claim is the same claim across both sets when it is in the same document, has the
 * same type, and its span overlaps or its words mostly agree; so a shifted span or a new claim
 * id shows as a change, not as a removal plus an addition. Immutable and thread-safe.
 */
public final class ClaimDiff {
  /**
   * The fields compared, as {@code newsclaims extract} writes them; a field inside an object is
   * named with a dot ({@code attribution.speaker}). {@code claim_id} is not compared: it follows
   * from the span.
   */
  public static final List<String> FIELDS = List.of("span", "text", "value", "qualifier", "category",
      "attribution", "attribution.speaker", "attribution.cue", "attribution.mention", "attribution.role",
      "quote", "quote.direct", "quote.content", "sentence", "low", "high", "unit",
      "context", "context.location", "context.time", "context.time_value");

  /** The fields compared field by field when both sides have them. */
  private static final Set<String> OBJECTS = Set.of("attribution", "quote", "context");

  /** Below this share of common words, two claims whose spans do not overlap are different claims. */
  static final double MIN_TEXT_SIMILARITY = 0.5;

  /** One field that differs between the old and the new version of a claim. */
  public record FieldChange(String field, JsonNode before, JsonNode after) {}

  /** A claim found in both sets whose compared fields differ. */
  public record Changed(ClaimJson.Record before, ClaimJson.Record after, List<FieldChange> changes) {}

  /** What changed from the old set to the new one; lists are in document, then span order. */
  public record Result(List<ClaimJson.Record> added, List<ClaimJson.Record> removed, List<Changed> changed, int unchanged) {
    /** Whether both sets hold the same claims with the same compared fields. */
    public boolean same() {
      return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
  }

  private final Set<String> ignored;

  private ClaimDiff(Set<String> ignored) {
    this.ignored = Set.copyOf(ignored);
  }

  /** A diff that compares every field of {@link #FIELDS}. */
  public static ClaimDiff allFields() {
    return new ClaimDiff(Set.of());
  }

  /**
   * A diff that does not compare the given fields; naming an object ({@code attribution})
   * ignores all of its fields. Throws IllegalArgumentException on a name not in {@link #FIELDS}.
   */
  public static ClaimDiff ignoring(Set<String> fields) {
    for (String f : fields) {
      if (!FIELDS.contains(f)) {
        throw new IllegalArgumentException("unknown field '" + f + "'; known: " + String.join(", ", FIELDS));
      }
    }
    return new ClaimDiff(fields);
  }

  public Result diff(List<ClaimJson.Record> before, List<ClaimJson.Record> after) {
    Map<String, List<ClaimJson.Record>> oldGroups = group(before);
    Map<String, List<ClaimJson.Record>> newGroups = group(after);
    Set<String> keys = new java.util.TreeSet<>(oldGroups.keySet());
    keys.addAll(newGroups.keySet());
    List<ClaimJson.Record> added = new ArrayList<>();
    List<ClaimJson.Record> removed = new ArrayList<>();
    List<Changed> changed = new ArrayList<>();
    int unchanged = 0;
    for (String key : keys) {
      List<ClaimJson.Record> olds = oldGroups.getOrDefault(key, List.of());
      List<ClaimJson.Record> news = newGroups.getOrDefault(key, List.of());
      List<int[]> pairs = pair(olds, news);
      Set<Integer> usedOld = new HashSet<>();
      Set<Integer> usedNew = new HashSet<>();
      for (int[] p : pairs) {
        usedOld.add(p[0]);
        usedNew.add(p[1]);
        List<FieldChange> changes = changes(olds.get(p[0]), news.get(p[1]));
        if (changes.isEmpty()) {
          unchanged++;
        } else {
          changed.add(new Changed(olds.get(p[0]), news.get(p[1]), changes));
        }
      }
      for (int i = 0; i < olds.size(); i++) {
        if (!usedOld.contains(i)) {
          removed.add(olds.get(i));
        }
      }
      for (int j = 0; j < news.size(); j++) {
        if (!usedNew.contains(j)) {
          added.add(news.get(j));
        }
      }
    }
    Comparator<ClaimJson.Record> order = Comparator.comparing(ClaimJson.Record::docId)
        .thenComparing(r -> r.claim().span()).thenComparing(r -> r.claim().type());
    added.sort(order);
    removed.sort(order);
    changed.sort(Comparator.comparing(Changed::after, order));
    return new Result(List.copyOf(added), List.copyOf(removed), List.copyOf(changed), unchanged);
  }

  private static Map<String, List<ClaimJson.Record>> group(List<ClaimJson.Record> records) {
    Map<String, List<ClaimJson.Record>> groups = new LinkedHashMap<>();
    for (ClaimJson.Record r : records) {
      groups.computeIfAbsent(r.docId() + "\u0000" + r.claim().type(), k -> new ArrayList<>()).add(r);
    }
    return groups;
  }

  private record Candidate(int oldIndex, int newIndex, boolean identical, double similarity, int distance) {}

  /** Pairs old and new claims of one document and type: identical ones first, then the most similar, then the nearest. */
  private List<int[]> pair(List<ClaimJson.Record> olds, List<ClaimJson.Record> news) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < olds.size(); i++) {
      for (int j = 0; j < news.size(); j++) {
        ClaimJson.Record a = olds.get(i);
        ClaimJson.Record b = news.get(j);
        Span sa = a.claim().span();
        Span sb = b.claim().span();
        double text = textSimilarity(a.claim().text(), b.claim().text());
        if (!sa.overlaps(sb) && !sa.equals(sb) && text < MIN_TEXT_SIMILARITY) {
          continue;
        }
        double similarity = Math.max(spanSimilarity(sa, sb), text);
        boolean identical = sa.equals(sb) && changes(a, b).isEmpty();
        candidates.add(new Candidate(i, j, identical, similarity, Math.abs(sa.start() - sb.start())));
      }
    }
    candidates.sort(Comparator.comparing((Candidate c) -> !c.identical())
        .thenComparing(Comparator.comparingDouble(Candidate::similarity).reversed())
        .thenComparingInt(Candidate::distance)
        .thenComparingInt(Candidate::oldIndex)
        .thenComparingInt(Candidate::newIndex));
    Set<Integer> usedOld = new HashSet<>();
    Set<Integer> usedNew = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!usedOld.contains(c.oldIndex()) && !usedNew.contains(c.newIndex())) {
        usedOld.add(c.oldIndex());
        usedNew.add(c.newIndex());
        pairs.add(new int[] {c.oldIndex(), c.newIndex()});
      }
    }
    return pairs;
  }

  /** Shared length over joint length of two spans (1 for equal spans, 0 when apart). */
  static double spanSimilarity(Span a, Span b) {
    int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
    if (union == 0) {
      return a.equals(b) ? 1 : 0;
    }
    return Math.max(0, overlap) / (double) union;
  }

  /** Shared words over all words of two texts, after {@link PythonText#norm} (1 for texts with the same words). */
  static double textSimilarity(String a, String b) {
    Set<String> wa = new HashSet<>(PythonText.words(a));
    Set<String> wb = new HashSet<>(PythonText.words(b));
    if (wa.isEmpty() || wb.isEmpty()) {
      return a.equals(b) ? 1 : 0;
    }
    Set<String> common = new HashSet<>(wa);
    common.retainAll(wb);
    Set<String> all = new HashSet<>(wa);
    all.addAll(wb);
    return common.size() / (double) all.size();
  }

  /** The compared fields that differ, in {@link #FIELDS} order. */
  public List<FieldChange> changes(ClaimJson.Record before, ClaimJson.Record after) {
    ObjectNode a = node(before);
    ObjectNode b = node(after);
    List<FieldChange> out = new ArrayList<>();
    for (String field : FIELDS) {
      if (field.contains(".") || ignored.contains(field)) {
        continue;
      }
      JsonNode x = a.path(field);
      JsonNode y = b.path(field);
      if (x.isObject() && y.isObject() && OBJECTS.contains(field)) {
        for (String sub : FIELDS) {
          if (sub.startsWith(field + ".") && !ignored.contains(sub)) {
            String name = sub.substring(field.length() + 1);
            JsonNode xs = x.has(name) ? x.get(name) : NullNode.instance;
            JsonNode ys = y.has(name) ? y.get(name) : NullNode.instance;
            if (!xs.equals(ys)) {
              out.add(new FieldChange(sub, xs, ys));
            }
          }
        }
      } else if (!x.equals(y)) {
        out.add(new FieldChange(field, x, y));
      }
    }
    return out;
  }

  /** A record as the output writes it, with the claim id it was read with. */
  public static ObjectNode node(ClaimJson.Record r) {
    ObjectNode n = ClaimJson.toNode(r.docId(), r.claim());
    if (r.claimId() != null) {
      n.put("claim_id", r.claimId());
    }
    return n;
  }

  /** A short rendering of a field value: a span as {@code [s,e)}, a text reference as {@code "said"[s,e)}, else JSON. */
  public static String show(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "null";
    }
    if (v.isObject() && v.has("start") && v.has("end") && v.size() <= 3) {
      String span = "[" + v.get("start").asText() + "," + v.get("end").asText() + ")";
      return v.has("text") ? v.get("text").toString() + span : span;
    }
    if (v.isObject()) {
      StringBuilder b = new StringBuilder("{");
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isNull()) {
          b.append(b.length() > 1 ? ", " : "").append(e.getKey()).append('=').append(show(e.getValue()));
        }
      }
      return b.append('}').toString();
    }
    return v.toString();
  }
}
