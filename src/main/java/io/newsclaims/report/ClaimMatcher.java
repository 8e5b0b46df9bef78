package io.newsclaims.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Claim;
import io.newsclaims.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the claims of two runs for the report's diff view: a claim of the old run and one of
 * the new run are the same claim when they have the same document and type and their spans
 * overlap (identical spans first, then the largest overlap relative to the union). A pair
 * whose output fields differ is {@code changed}; an unpaired old claim is {@code removed}, an
 * unpaired new one {@code added}. Stateless and thread-safe.
 */
public final class ClaimMatcher {
  public static final String ADDED = "added";
  public static final String REMOVED = "removed";
  public static final String CHANGED = "changed";
  public static final String SAME = "same";

  /** One output field that differs in a pair, with both values as compact text (null when absent). */
  public record FieldChange(String field, String before, String after) {}

  /** A claim's fate between the runs: {@code old} is null when added, {@code now} null when removed. */
  public record Change(String status, String docId, Claim old, Claim now, List<FieldChange> fields) {
    public Claim shown() {
      return now != null ? now : old;
    }
  }

  /** Fields that identify a claim rather than describe it (the id hashes the span). */
  private static final Set<String> IGNORED = Set.of("schema", "claim_id", "doc_id", "type");
  private static final List<String> ATTRIBUTION_PARTS = List.of("speaker", "cue", "mention", "role");

  private ClaimMatcher() {}

  /** Every claim of both runs once, grouped by document (first-seen order) and sorted by span. */
  public static List<Change> match(List<ClaimJson.Record> oldRun, List<ClaimJson.Record> newRun) {
    Map<String, Map<String, List<Claim>>> olds = group(oldRun);
    Map<String, Map<String, List<Claim>>> news = group(newRun);
    List<String> docs = new ArrayList<>(olds.keySet());
    news.keySet().stream().filter(d -> !olds.containsKey(d)).forEach(docs::add);
    List<Change> out = new ArrayList<>();
    for (String doc : docs) {
      List<Change> inDoc = new ArrayList<>();
      Map<String, List<Claim>> o = olds.getOrDefault(doc, Map.of());
      Map<String, List<Claim>> n = news.getOrDefault(doc, Map.of());
      List<String> types = new ArrayList<>(o.keySet());
      n.keySet().stream().filter(t -> !o.containsKey(t)).forEach(types::add);
      for (String type : types) {
        pair(doc, o.getOrDefault(type, List.of()), n.getOrDefault(type, List.of()), inDoc);
      }
      inDoc.sort(Comparator.comparing((Change c) -> c.shown().span()).thenComparing(c -> c.shown().type()));
      out.addAll(inDoc);
    }
    return out;
  }

  private static void pair(String doc, List<Claim> olds, List<Claim> news, List<Change> out) {
    record Candidate(int o, int n, double score) {}
    List<Candidate> candidates = new ArrayList<>();
    // new claims by start, so that only the ones that can overlap an old claim are scored
    Integer[] byStart = new Integer[news.size()];
    int longest = 0;
    for (int j = 0; j < news.size(); j++) {
      byStart[j] = j;
      longest = Math.max(longest, news.get(j).span().length());
    }
    java.util.Arrays.sort(byStart, Comparator.comparing((Integer j) -> news.get(j).span()));
    for (int i = 0; i < olds.size(); i++) {
      Span a = olds.get(i).span();
      for (int k = firstStartingAtOrAfter(news, byStart, a.start() - longest); k < byStart.length; k++) {
        Span b = news.get(byStart[k]).span();
        if (b.start() > a.end()) {
          break;
        }
        double s = score(a, b);
        if (s > 0) {
          candidates.add(new Candidate(i, byStart[k], s));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparingInt(Candidate::o).thenComparingInt(Candidate::n));
    boolean[] oldUsed = new boolean[olds.size()];
    boolean[] newUsed = new boolean[news.size()];
    for (Candidate c : candidates) {
      if (!oldUsed[c.o()] && !newUsed[c.n()]) {
        oldUsed[c.o()] = true;
        newUsed[c.n()] = true;
        Claim a = olds.get(c.o());
        Claim b = news.get(c.n());
        List<FieldChange> fields = differences(doc, a, b);
        out.add(new Change(fields.isEmpty() ? SAME : CHANGED, doc, a, b, fields));
      }
    }
    for (int i = 0; i < olds.size(); i++) {
      if (!oldUsed[i]) {
        out.add(new Change(REMOVED, doc, olds.get(i), null, List.of()));
      }
    }
    for (int j = 0; j < news.size(); j++) {
      if (!newUsed[j]) {
        out.add(new Change(ADDED, doc, null, news.get(j), List.of()));
      }
    }
  }

  private static int firstStartingAtOrAfter(List<Claim> claims, Integer[] byStart, int start) {
    int lo = 0;
    int hi = byStart.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (claims.get(byStart[mid]).span().start() < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** 2 for identical spans, else the overlap over the union (0 when the spans do not overlap). */
  static double score(Span a, Span b) {
    if (a.equals(b)) {
      return 2;
    }
    if (!a.overlaps(b)) {
      return 0;
    }
    int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
    return (double) overlap / union;
  }

  /** The output fields (as {@link ClaimJson} writes them) that differ, attribution parts one by one. */
  static List<FieldChange> differences(String doc, Claim a, Claim b) {
    Map<String, JsonNode> x = fields(ClaimJson.toNode(doc, a));
    Map<String, JsonNode> y = fields(ClaimJson.toNode(doc, b));
    List<FieldChange> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : x.entrySet()) {
      JsonNode after = y.get(e.getKey());
      if (!e.getValue().equals(after)) {
        out.add(new FieldChange(e.getKey(), compact(e.getValue()), compact(after)));
      }
    }
    return out;
  }

  private static Map<String, JsonNode> fields(ObjectNode record) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String name = f.getKey();
      if (IGNORED.contains(name)) {
        continue;
      }
      if (name.equals("attribution")) {
        JsonNode a = f.getValue();
        for (String part : ATTRIBUTION_PARTS) {
          out.put("attribution." + part, a.hasNonNull(part) ? a.get(part) : NullNode.getInstance());
        }
        continue;
      }
      out.put(name, f.getValue());
    }
    return out;
  }

  private static String compact(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isObject() && v.has("text") && v.has("start")) {
      return v.get("text").asText() + " [" + v.get("start").asInt() + "," + v.get("end").asInt() + ")";
    }
    if (v.isObject() && v.has("start") && v.has("end") && v.size() == 2) {
      return "[" + v.get("start").asInt() + "," + v.get("end").asInt() + ")";
    }
    return v.toString();
  }

  private static Map<String, Map<String, List<Claim>>> group(List<ClaimJson.Record> records) {
    Map<String, Map<String, List<Claim>>> out = new LinkedHashMap<>();
    for (ClaimJson.Record r : records) {
      out.computeIfAbsent(r.docId(), d -> new LinkedHashMap<>())
          .computeIfAbsent(r.claim().type(), t -> new ArrayList<>())
          .add(r.claim());
    }
    return out;
  }
}
