package io.newsclaims.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.io.ClaimJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run did to its documents, for the report's summary: documents read, succeeded and
 * failed with each failure's reason, and where the numbers come from ({@code basis}). Taken
 * from the run manifest ({@code run.json}) when there is one, else counted from the report's
 * own inputs and the errors file ({@code errors.jsonl}).
 */
public record RunSummary(long read, long succeeded, long failed, List<Failure> failures, String version,
    List<String> inputs, Double wallSeconds, String basis) {

  /** A document that yielded no claims: its id, where it was read, the stage and the reason. */
  public record Failure(String docId, String location, String stage, String reason) {}

  public RunSummary {
    failures = List.copyOf(failures);
    inputs = List.copyOf(inputs);
  }

  /** The summary a run manifest gives; {@code basis} names the file. */
  public static RunSummary fromManifest(JsonNode m, String basis) {
    JsonNode docs = m.path("documents");
    List<Failure> failures = new ArrayList<>();
    for (JsonNode f : docs.path("failures")) {
      failures.add(failure(f));
    }
    return new RunSummary(docs.path("read").asLong(), docs.path("succeeded").asLong(),
        docs.path("failed").asLong(failures.size()), failures, m.path("version").asText(null), manifestInputs(m),
        m.hasNonNull("wall_seconds") ? m.get("wall_seconds").asDouble() : null, basis);
  }

  /** A summary counted without a manifest: {@code read} documents, of which {@code failures} failed. */
  public static RunSummary counted(long read, List<Failure> failures, String basis) {
    long total = Math.max(read, failures.size());
    return new RunSummary(total, total - failures.size(), failures.size(), failures, null, List.of(), null, basis);
  }

  /** The input names a manifest records ({@code configuration.inputs}), empty when it has none. */
  public static List<String> manifestInputs(JsonNode m) {
    List<String> inputs = new ArrayList<>();
    m.path("configuration").path("inputs").forEach(i -> inputs.add(i.asText()));
    return inputs;
  }

  /** The failures an errors file lists, one JSON object per line; a malformed line is an error naming it. */
  public static List<Failure> readErrors(Path file) throws IOException {
    List<Failure> failures = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          failures.add(failure(ClaimJson.MAPPER.readTree(line)));
        } catch (IOException e) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": not JSON");
        }
      }
    }
    return failures;
  }

  private static Failure failure(JsonNode f) {
    return new Failure(f.path("doc_id").asText(null), f.path("location").asText(null), f.path("stage").asText(null),
        f.path("reason").asText(null));
  }
}
