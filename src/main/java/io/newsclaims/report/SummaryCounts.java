package io.newsclaims.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.model.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The numbers of a report's summary: claims per type (in a diff, per type and change), the
 * speakers by how often they are quoted, and in a diff how often each output field changed.
 * Removed claims count only where a diff's counts say so. Stateless.
 */
final class SummaryCounts {
  /** The scored types first, in the order of the output contract; other types follow by name. */
  static final List<String> TYPE_ORDER = List.of("quote", "casualty", "count", "date");

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<String> DIFF_COUNTS = List.of("old", "new", ClaimMatcher.ADDED, ClaimMatcher.REMOVED,
      ClaimMatcher.CHANGED, ClaimMatcher.SAME);

  private SummaryCounts() {}

  /** {type: n}; in a diff {type: {old, new, added, removed, changed, same}}. */
  static ObjectNode types(List<ClaimMatcher.Change> items, boolean diff) {
    Map<String, Map<String, Long>> byType = new TreeMap<>(SummaryCounts::compareTypes);
    for (ClaimMatcher.Change c : items) {
      Map<String, Long> m = byType.computeIfAbsent(c.shown().type(), t -> new LinkedHashMap<>());
      if (diff) {
        DIFF_COUNTS.forEach(k -> m.putIfAbsent(k, 0L));
        if (c.old() != null) {
          m.merge("old", 1L, Long::sum);
        }
        if (c.now() != null) {
          m.merge("new", 1L, Long::sum);
        }
        m.merge(c.status(), 1L, Long::sum);
      } else {
        m.merge("n", 1L, Long::sum);
      }
    }
    ObjectNode o = F.objectNode();
    byType.forEach((type, m) -> {
      if (diff) {
        ObjectNode t = o.putObject(type);
        m.forEach(t::put);
      } else {
        o.put(type, m.get("n"));
      }
    });
    return o;
  }

  static int compareTypes(String a, String b) {
    int x = TYPE_ORDER.indexOf(a);
    int y = TYPE_ORDER.indexOf(b);
    if (x >= 0 || y >= 0) {
      return x < 0 ? 1 : y < 0 ? -1 : Integer.compare(x, y);
    }
    return a.compareTo(b);
  }

  /** [{name, quotes, claims, docs}] by quotes, then all claims attributed, then name; removed claims do not count. */
  static ArrayNode speakers(List<ClaimMatcher.Change> items) {
    record Tally(String name, long[] n, Set<String> docs) {}
    Map<String, Tally> by = new HashMap<>();
    for (ClaimMatcher.Change c : items) {
      Claim claim = c.now();
      if (claim == null || claim.attribution() == null || claim.attribution().speaker() == null) {
        continue; // a hedge ("is expected to") names no speaker
      }
      Tally t = by.computeIfAbsent(claim.attribution().speaker(), k -> new Tally(k, new long[2], new HashSet<>()));
      if (claim.type().equals("quote")) {
        t.n()[0]++;
      }
      t.n()[1]++;
      t.docs().add(c.docId());
    }
    List<Tally> all = new ArrayList<>(by.values());
    all.sort(Comparator.comparingLong((Tally t) -> -t.n()[0]).thenComparingLong(t -> -t.n()[1])
        .thenComparing(Tally::name));
    ArrayNode a = F.arrayNode();
    for (Tally t : all) {
      a.addObject().put("name", t.name()).put("quotes", t.n()[0]).put("claims", t.n()[1]).put("docs", t.docs().size());
    }
    return a;
  }

  /** {field: number of changed claims in which it changed}, by field name. */
  static ObjectNode fields(List<ClaimMatcher.Change> items) {
    Map<String, Long> counts = new TreeMap<>();
    items.forEach(c -> c.fields().forEach(f -> counts.merge(f.field(), 1L, Long::sum)));
    ObjectNode o = F.objectNode();
    counts.forEach(o::put);
    return o;
  }
}
