package io.newsclaims.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.Claim;
import io.newsclaims.model.Context;
import io.newsclaims.model.InputDocument;
import io.newsclaims.model.TextRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data a report page embeds: its documents (id, text, where read, failure), every claim in
 * a compact form whose offsets are UTF-16 indices into the document text (so the page's script
 * slices strings directly), and the summary numbers (documents, claims per type, speakers,
 * diff counts). A claim whose text is not the document's text at its span is kept, flagged and
 * counted, never highlighted at a wrong place. Stateless.
 *
 * <p>Claim fields: {@code d} document index, {@code t} type, {@code s}/{@code e} UTF-16 span
 * (absent when the text is unknown or does not match), {@code cs}/{@code ce} the code-point
 * span of the file, {@code x} the claim text (only when the page cannot slice it), {@code v}
 * value, {@code q} qualifier, {@code c} category, {@code lo}/{@code hi}/{@code u} bounds and
 * unit, {@code sp}/{@code role} speaker, {@code m}/{@code cue} {@code [start, end, text]}
 * (start and end null when not placeable), {@code dir} direct quote, {@code ctx} context,
 * {@code id} claim id; in a diff, {@code st} status and {@code ch} {@code [field, old, new]}.
 */
public final class ReportData {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ReportData() {}

  /** The page data for one claims file. {@code files} names the files read, for the page's header. */
  public static ObjectNode report(String title, Map<String, String> files, ArticleSet articles,
      List<ClaimJson.Record> records, RunSummary run, List<String> notes) {
    List<ClaimMatcher.Change> items = new ArrayList<>(records.size());
    for (ClaimJson.Record r : records) {
      items.add(new ClaimMatcher.Change(null, r.docId(), null, r.claim(), List.of()));
    }
    return build("report", title, files, articles, items, run, notes);
  }

  /** The page data for two runs matched by {@link ClaimMatcher}. */
  public static ObjectNode diff(String title, Map<String, String> files, ArticleSet articles,
      List<ClaimMatcher.Change> changes, RunSummary run, List<String> notes) {
    return build("diff", title, files, articles, changes, run, notes);
  }

  private static ObjectNode build(String mode, String title, Map<String, String> files, ArticleSet articles,
      List<ClaimMatcher.Change> items, RunSummary run, List<String> notes) {
    ObjectNode o = F.objectNode();
    o.put("mode", mode);
    o.put("title", title);
    ObjectNode f = o.putObject("files");
    files.forEach(f::put);

    Map<String, String> failed = new HashMap<>();
    if (run != null) {
      run.failures().forEach(fl -> failed.putIfAbsent(fl.docId(), fl.stage() + ": " + fl.reason()));
    }
    // documents: input order, then documents only the claims or the failures name
    Map<String, Integer> index = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>(articles.documents().keySet());
    items.stream().map(ClaimMatcher.Change::docId).forEach(ids::add);
    if (run != null) {
      run.failures().stream().map(RunSummary.Failure::docId).filter(d -> d != null).forEach(ids::add);
    }
    ArrayNode docs = o.putArray("docs");
    List<Utf16Index> offsets = new ArrayList<>();
    for (String id : ids) {
      if (index.containsKey(id)) {
        continue;
      }
      index.put(id, index.size());
      InputDocument d = articles.documents().get(id);
      ObjectNode doc = docs.addObject();
      doc.put("id", id);
      doc.put("text", d == null ? null : d.text());
      if (d != null && d.location() != null) {
        doc.put("loc", d.location());
      }
      if (d != null && d.date() != null) {
        doc.put("date", d.date());
      }
      if (failed.containsKey(id)) {
        doc.put("err", failed.get(id));
      }
      offsets.add(d == null ? null : new Utf16Index(d.text()));
    }

    List<ClaimMatcher.Change> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt((ClaimMatcher.Change c) -> index.get(c.docId()))
        .thenComparing(c -> c.shown().span().start())
        .thenComparing(c -> -c.shown().span().end()));
    ArrayNode claims = o.putArray("claims");
    int misaligned = 0;
    int withoutText = 0;
    for (ClaimMatcher.Change c : sorted) {
      int d = index.get(c.docId());
      InputDocument doc = articles.documents().get(c.docId());
      ObjectNode claim = claim(d, c.docId(), c.shown(), doc == null ? null : doc.text(), offsets.get(d));
      if (doc == null) {
        withoutText++;
      } else if (!claim.has("s")) {
        misaligned++;
      }
      if (c.status() != null) {
        claim.put("st", c.status());
        if (!c.fields().isEmpty()) {
          ArrayNode ch = claim.putArray("ch");
          for (ClaimMatcher.FieldChange fc : c.fields()) {
            ch.addArray().add(fc.field()).add(fc.before()).add(fc.after());
          }
        }
      }
      claims.add(claim);
    }

    ObjectNode summary = o.putObject("summary");
    summary.set("types", SummaryCounts.types(items, mode.equals("diff")));
    summary.set("speakers", SummaryCounts.speakers(items));
    if (mode.equals("diff")) {
      summary.set("fields", SummaryCounts.fields(items));
    }
    List<String> allNotes = new ArrayList<>(notes);
    if (misaligned > 0) {
      allNotes.add(misaligned + " claim" + (misaligned == 1 ? " does" : "s do")
          + " not match the document text at its span (were the articles changed, or are these other inputs?); "
          + "they are listed but not highlighted");
    }
    if (withoutText > 0) {
      allNotes.add(withoutText + " claim" + (withoutText == 1 ? " belongs" : "s belong")
          + " to documents whose text was not found in the inputs; pass the inputs of the run with --input");
    }
    for (var u : articles.unreadable()) {
      allNotes.add("input " + u.location() + ": " + u.error());
    }
    ArrayNode n = summary.putArray("notes");
    allNotes.forEach(n::add);
    if (run != null) {
      summary.set("run", run(run));
    }
    return o;
  }

  private static ObjectNode claim(int d, String docId, Claim c, String text, Utf16Index idx) {
    ObjectNode o = F.objectNode();
    o.put("d", d);
    o.put("t", c.type());
    boolean placed = placeable(c.span().start(), c.span().end(), c.text(), text, idx);
    if (placed) {
      o.put("s", idx.of(c.span().start()));
      o.put("e", idx.of(c.span().end()));
    } else {
      o.put("x", c.text());
    }
    o.put("cs", c.span().start());
    o.put("ce", c.span().end());
    putValue(o, "v", c.value());
    putIf(o, "q", c.qualifier());
    putIf(o, "c", c.category());
    putValue(o, "lo", c.low());
    putValue(o, "hi", c.high());
    putIf(o, "u", c.unit());
    Attribution a = c.attribution();
    if (a != null) {
      o.put("sp", a.speaker());
      putIf(o, "role", a.role());
      putRef(o, "m", a.mention(), text, idx);
      putRef(o, "cue", a.cue(), text, idx);
    }
    if (c.quote() != null) {
      o.put("dir", c.quote().direct());
    }
    String context = context(c.context());
    if (context != null) {
      o.put("ctx", context);
    }
    o.put("id", ClaimJson.claimId(docId, c));
    return o;
  }

  private static boolean placeable(int start, int end, String expected, String text, Utf16Index idx) {
    return text != null && idx.contains(start) && idx.contains(end) && start <= end
        && text.substring(idx.of(start), idx.of(end)).equals(expected);
  }

  private static void putRef(ObjectNode o, String field, TextRef r, String text, Utf16Index idx) {
    if (r == null) {
      return;
    }
    ArrayNode a = o.putArray(field);
    if (placeable(r.start(), r.end(), r.text(), text, idx)) {
      a.add(idx.of(r.start())).add(idx.of(r.end()));
    } else {
      a.addNull().addNull();
    }
    a.add(r.text());
  }

  private static String context(Context c) {
    if (c == null || c.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (c.location() != null) {
      parts.add(c.location().text());
    }
    if (c.time() != null) {
      parts.add(c.time().text() + (c.timeValue() != null ? " (" + c.timeValue() + ")" : ""));
    }
    return String.join(" · ", parts);
  }

  private static void putIf(ObjectNode o, String field, String v) {
    if (v != null) {
      o.put(field, v);
    }
  }

  private static void putValue(ObjectNode o, String field, Object v) {
    if (v == null) {
      return;
    }
    if (v instanceof Number n) {
      double x = n.doubleValue();
      if (x == Math.rint(x) && Math.abs(x) < 1e15) {
        o.put(field, (long) x);
      } else {
        o.put(field, x);
      }
    } else {
      o.put(field, v.toString());
    }
  }

  private static ObjectNode run(RunSummary r) {
    ObjectNode o = F.objectNode();
    o.put("read", r.read());
    o.put("succeeded", r.succeeded());
    o.put("failed", r.failed());
    o.put("basis", r.basis());
    if (r.version() != null) {
      o.put("version", r.version());
    }
    if (r.wallSeconds() != null) {
      o.put("wall_seconds", r.wallSeconds());
    }
    ArrayNode in = o.putArray("inputs");
    r.inputs().forEach(in::add);
    ArrayNode fl = o.putArray("failures");
    for (RunSummary.Failure f : r.failures()) {
      fl.addObject().put("doc_id", f.docId()).put("location", f.location()).put("stage", f.stage())
          .put("reason", f.reason());
    }
    return o;
  }
}
