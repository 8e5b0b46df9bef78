package io.newsclaims.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Claim;
import io.newsclaims.regress.ClaimDiff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every claim of two runs once, with its fate, for the report's diff view: the pairing and the
 * compared fields are those of {@code newsclaims diff} ({@link ClaimDiff}), so the page and the
 * command agree on what was added, removed and changed; claims the diff reports as neither are
 * {@code same}. Stateless and thread-safe.
 */
public final class ClaimMatcher {
  public static final String ADDED = "added";
  public static final String REMOVED = "removed";
  public static final String CHANGED = "changed";
  public static final String SAME = "same";

  /** One output field that differs in a pair, with both values as short text (null when absent). */
  public record FieldChange(String field, String before, String after) {}

  /** A claim's fate between the runs: {@code old} is null when added, {@code now} null when removed. */
  public record Change(String status, String docId, Claim old, Claim now, List<FieldChange> fields) {
    public Claim shown() {
      return now != null ? now : old;
    }
  }

  private ClaimMatcher() {}

  /** Every claim of both runs once, grouped by document (first-seen order) and sorted by span, then type. */
  public static List<Change> match(List<ClaimJson.Record> oldRun, List<ClaimJson.Record> newRun) {
    ClaimDiff.Result diff = ClaimDiff.allFields().diff(oldRun, newRun);
    Set<ClaimJson.Record> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Change> all = new ArrayList<>();
    for (ClaimJson.Record r : diff.added()) {
      reported.add(r);
      all.add(new Change(ADDED, r.docId(), null, r.claim(), List.of()));
    }
    for (ClaimJson.Record r : diff.removed()) {
      all.add(new Change(REMOVED, r.docId(), r.claim(), null, List.of()));
    }
    for (ClaimDiff.Changed c : diff.changed()) {
      reported.add(c.after());
      List<FieldChange> fields = c.changes().stream()
          .map(f -> new FieldChange(f.field(), show(f.before()), show(f.after()))).toList();
      all.add(new Change(CHANGED, c.after().docId(), c.before().claim(), c.after().claim(), fields));
    }
    for (ClaimJson.Record r : newRun) {
      if (!reported.contains(r)) {
        all.add(new Change(SAME, r.docId(), r.claim(), r.claim(), List.of()));
      }
    }
    Map<String, Integer> docOrder = new LinkedHashMap<>();
    oldRun.forEach(r -> docOrder.putIfAbsent(r.docId(), docOrder.size()));
    newRun.forEach(r -> docOrder.putIfAbsent(r.docId(), docOrder.size()));
    all.sort(Comparator.comparingInt((Change c) -> docOrder.get(c.docId()))
        .thenComparing(c -> c.shown().span())
        .thenComparing(c -> c.shown().type()));
    return all;
  }

  private static String show(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    return v.isTextual() ? v.asText() : ClaimDiff.show(v);
  }
}
