package io.newsclaims.regress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link ClaimDiff.Result} printed for people (grouped by document, one line per added or
 * removed claim, one line per changed field) or as one JSON object. Stateless and thread-safe.
 */
public final class DiffReport {
  private DiffReport() {}

  /** The differences grouped by document, then a summary line; just the summary line when there are none. */
  public static String text(ClaimDiff.Result r, String oldLabel, String newLabel) {
    StringBuilder b = new StringBuilder();
    if (!r.same()) {
      b.append("--- ").append(oldLabel).append('\n').append("+++ ").append(newLabel).append('\n');
    }
    List<Entry> entries = new ArrayList<>();
    r.removed().forEach(x -> entries.add(new Entry(x, "  - " + summary(x.claim()), List.of())));
    r.added().forEach(x -> entries.add(new Entry(x, "  + " + summary(x.claim()), List.of())));
    for (ClaimDiff.Changed c : r.changed()) {
      List<String> lines = c.changes().stream()
          .map(f -> "      " + f.field() + ": " + ClaimDiff.show(f.before()) + " -> " + ClaimDiff.show(f.after()))
          .toList();
      entries.add(new Entry(c.after(), "  ~ " + head(c.after().claim()), lines));
    }
    entries.sort(java.util.Comparator.comparing((Entry e) -> e.record().docId())
        .thenComparing(e -> e.record().claim().span()));
    String doc = null;
    for (Entry e : entries) {
      if (!Objects.equals(doc, e.record().docId())) {
        doc = e.record().docId();
        b.append(doc).append('\n');
      }
      b.append(e.line()).append('\n');
      e.details().forEach(d -> b.append(d).append('\n'));
    }
    if (r.same()) {
      b.append("no differences (").append(r.unchanged()).append(" claims)\n");
    } else {
      b.append(r.added().size()).append(" added, ").append(r.removed().size()).append(" removed, ")
          .append(r.changed().size()).append(" changed, ").append(r.unchanged()).append(" unchanged\n");
    }
    return b.toString();
  }

  private record Entry(ClaimJson.Record record, String line, List<String> details) {}

  /** One JSON object: {@code equal}, counts, the added and removed records, and each change with both records. */
  public static String json(ClaimDiff.Result r, String oldLabel, String newLabel) {
    ObjectNode o = ClaimJson.MAPPER.createObjectNode();
    o.put("old", oldLabel);
    o.put("new", newLabel);
    o.put("equal", r.same());
    o.put("added_count", r.added().size());
    o.put("removed_count", r.removed().size());
    o.put("changed_count", r.changed().size());
    o.put("unchanged_count", r.unchanged());
    ArrayNode added = o.putArray("added");
    r.added().forEach(x -> added.add(ClaimDiff.node(x)));
    ArrayNode removed = o.putArray("removed");
    r.removed().forEach(x -> removed.add(ClaimDiff.node(x)));
    ArrayNode changed = o.putArray("changed");
    for (ClaimDiff.Changed c : r.changed()) {
      ObjectNode n = changed.addObject();
      n.put("doc_id", c.after().docId());
      n.put("type", c.after().claim().type());
      ArrayNode fields = n.putArray("changes");
      for (ClaimDiff.FieldChange f : c.changes()) {
        ObjectNode fc = fields.addObject();
        fc.put("field", f.field());
        fc.set("old", f.before());
        fc.set("new", f.after());
      }
      n.set("old", ClaimDiff.node(c.before()));
      n.set("new", ClaimDiff.node(c.after()));
    }
    try {
      return ClaimJson.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A claim in one line: type, span, text and the attributes it has. */
  public static String summary(Claim c) {
    StringBuilder b = new StringBuilder(head(c));
    if (c.value() != null) {
      b.append(" value=").append(c.value() instanceof String s ? quoted(s) : PythonText.repr(c.value()));
    }
    if (c.qualifier() != null) {
      b.append(" qualifier=").append(c.qualifier());
    }
    if (c.category() != null) {
      b.append(" category=").append(c.category());
    }
    if (c.attribution() != null) {
      b.append(" speaker=").append(quoted(c.attribution().speaker()));
    }
    if (c.quote() != null) {
      b.append(" direct=").append(c.quote().direct());
    }
    return b.toString();
  }

  private static String head(Claim c) {
    String t = c.text();
    if (t.codePointCount(0, t.length()) > 60) {
      t = t.substring(0, t.offsetByCodePoints(0, 59)) + "…";
    }
    return c.type() + " " + c.span() + " " + quoted(t.replace('\n', ' '));
  }

  private static String quoted(String s) {
    return s == null ? "null" : ClaimJson.MAPPER.getNodeFactory().textNode(s).toString(); // a hedge names no speaker
  }
}
