package io.newsclaims.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.regress.ClaimsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers what a review page shows and renders it: the claims file (or two, for a diff), the
 * run manifest and errors file beside it, and the article texts, from {@code --input} or else
 * from the inputs the manifest records. Missing optional parts become notes on the page, not
 * errors; a missing or malformed claims file is an {@link IllegalArgumentException}.
 */
public final class Report {
  /** A rendered page and what went into it. */
  public record Page(String html, int documents, int claims, List<String> notes) {}

  private Report() {}

  /** The review page of one claims file. {@code inputs} and {@code runFile} may be null (found beside the file). */
  public static Page ofClaims(Path claimsFile, List<String> inputs, Path runFile, String title) throws IOException {
    List<String> notes = new ArrayList<>();
    List<ClaimJson.Record> records = ClaimsFile.read(existing(claimsFile, "claims file")).records();
    JsonNode manifest = manifest(claimsFile, runFile, notes);
    ArticleSet articles = articles(inputs, manifest, notes);
    RunSummary run = summary(claimsFile, manifest, articles, records, notes);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("claims file", claimsFile.toString());
    describeSources(files, inputs, manifest, articles);
    String heading = title != null ? title : "newsclaims report \u2014 " + claimsFile.getFileName();
    ObjectNode data = ReportData.report(heading, files, articles, records, run, notes);
    return new Page(HtmlPage.render(data), data.get("docs").size(), records.size(), notesOf(data));
  }

  /** The diff page of two claims files of the same articles; the run summary is the new run's. */
  public static Page ofDiff(Path oldFile, Path newFile, List<String> inputs, Path runFile, String title)
      throws IOException {
    List<String> notes = new ArrayList<>();
    List<ClaimJson.Record> olds = ClaimsFile.read(existing(oldFile, "old claims file")).records();
    List<ClaimJson.Record> news = ClaimsFile.read(existing(newFile, "new claims file")).records();
    JsonNode manifest = manifest(newFile, runFile, notes);
    ArticleSet articles = articles(inputs, manifest, notes);
    List<ClaimJson.Record> both = new ArrayList<>(olds);
    both.addAll(news);
    RunSummary run = summary(newFile, manifest, articles, both, notes);
    List<ClaimMatcher.Change> changes = ClaimMatcher.match(olds, news);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("old claims", oldFile.toString());
    files.put("new claims", newFile.toString());
    describeSources(files, inputs, manifest, articles);
    String heading = title != null ? title
        : "newsclaims diff \u2014 " + oldFile.getFileName() + " \u2192 " + newFile.getFileName();
    ObjectNode data = ReportData.diff(heading, files, articles, changes, run, notes);
    return new Page(HtmlPage.render(data), data.get("docs").size(), changes.size(), notesOf(data));
  }

  private static List<String> notesOf(ObjectNode data) {
    List<String> out = new ArrayList<>();
    data.at("/summary/notes").forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Path existing(Path p, String what) {
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException(what + " not found: " + p);
    }
    return p;
  }

  /**
   * The run manifest: {@code runFile} when given, else {@code run.json} beside the claims file
   * when it was written for a file of that name. Null when there is none.
   */
  static JsonNode manifest(Path claimsFile, Path runFile, List<String> notes) throws IOException {
    Path p = runFile != null ? existing(runFile, "run manifest") : sibling(claimsFile, "run.json");
    if (!Files.isRegularFile(p)) {
      return null;
    }
    JsonNode m;
    try {
      m = ClaimJson.MAPPER.readTree(p.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(p + ": not a run manifest (" + e.getOriginalMessage() + ")");
    }
    String output = m.path("configuration").path("output").asText("");
    if (runFile == null && !output.isEmpty() && !Path.of(output).getFileName().equals(claimsFile.getFileName())) {
      notes.add(p + " describes a run that wrote " + output + ", not " + claimsFile.getFileName()
          + "; it is not used (pass --run to use it)");
      return null;
    }
    return m;
  }

  private static ArticleSet articles(List<String> inputs, JsonNode manifest, List<String> notes) {
    if (inputs != null && !inputs.isEmpty()) {
      for (String in : inputs) {
        if (in.equals("-") || !Files.exists(Path.of(in))) {
          throw new IllegalArgumentException("input not found: " + in);
        }
      }
      return ArticleSet.read(inputs);
    }
    List<String> recorded = manifest == null ? List.of() : RunSummary.manifestInputs(manifest);
    List<String> found = recorded.stream().filter(i -> !i.equals("-") && Files.exists(Path.of(i))).toList();
    if (recorded.isEmpty() || found.size() < recorded.size()) {
      notes.add(recorded.isEmpty()
          ? "no article texts: pass the run's inputs with --input to see claims in their articles"
          : "some inputs of the run were not found from here (" + String.join(", ", recorded)
              + "): pass them with --input");
    }
    return found.isEmpty() ? ArticleSet.empty() : ArticleSet.read(found);
  }

  private static RunSummary summary(Path claimsFile, JsonNode manifest, ArticleSet articles,
      List<ClaimJson.Record> records, List<String> notes) throws IOException {
    if (manifest != null) {
      return RunSummary.fromManifest(manifest, "run manifest");
    }
    Path errors = sibling(claimsFile, "errors.jsonl");
    List<RunSummary.Failure> failures = new ArrayList<>();
    if (Files.isRegularFile(errors)) {
      failures.addAll(RunSummary.readErrors(errors));
    } else {
      articles.unreadable().forEach(u -> failures.add(new RunSummary.Failure(u.id(), u.location(), "read", u.error())));
    }
    Set<String> ids = new LinkedHashSet<>(articles.documents().keySet());
    articles.unreadable().forEach(u -> ids.add(u.location()));
    records.forEach(r -> ids.add(r.docId()));
    failures.forEach(f -> ids.add(f.docId() != null ? f.docId() : f.location()));
    String basis = Files.isRegularFile(errors) ? "counted from the inputs, the claims and " + errors
        : "counted from the inputs and the claims (no run.json or errors.jsonl beside the claims file)";
    return RunSummary.counted(ids.size(), failures, basis);
  }

  private static void describeSources(Map<String, String> files, List<String> inputs, JsonNode manifest,
      ArticleSet articles) {
    if (inputs != null && !inputs.isEmpty()) {
      files.put("article texts", String.join(", ", inputs) + " (" + articles.documents().size() + " documents)");
    } else if (!articles.documents().isEmpty()) {
      files.put("article texts", String.join(", ", RunSummary.manifestInputs(manifest)) + " (from the run manifest; "
          + articles.documents().size() + " documents)");
    } else {
      files.put("article texts", "none");
    }
  }

  private static Path sibling(Path file, String name) {
    Path parent = file.toAbsolutePath().getParent();
    return parent.resolve(name);
  }
}
