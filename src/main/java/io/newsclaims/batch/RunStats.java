package io.newsclaims.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.model.Claim;
import io.newsclaims.model.DocumentError;
import io.newsclaims.model.DocumentResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one run for its manifest: documents read / succeeded / failed with each failure's
 * reason (read = succeeded + failed, always), claims per type, decoding rules, warnings, time
 * per stage. A checkpoint keeps a {@link #snapshot()} so that a resumed run reports the whole
 * run. Not thread-safe: the batch's single writer thread owns it.
 */
public final class RunStats {
  /** One failed document, as in the errors file. */
  public record Failure(String docId, String location, String stage, String reason) {}

  private long read;
  private long succeeded;
  private long warnings;
  private final List<Failure> failures = new ArrayList<>();
  private final Map<String, Long> claimsByType = new TreeMap<>();
  private final Map<String, Long> stageNanos = new LinkedHashMap<>();
  private final Map<String, Long> decodings = new TreeMap<>();

  /** A document that went through the pipeline (succeeded or failed in a stage). */
  public void add(DocumentResult r) {
    add(r.id(), r.input().location(), r.input().decoding(), r.error(),
        r.claims().stream().map(Claim::type).toList(), r.stageNanos());
  }

  /**
   * Counts a pipeline result given by its parts, for runners that move results between JVMs
   * (the Spark runner): {@code error} null for a success, {@code claimTypes} its claims' types.
   */
  public void add(String docId, String location, String decoding, DocumentError error, List<String> claimTypes,
      Map<String, Long> nanos) {
    read++;
    nanos.forEach((k, v) -> stageNanos.merge(k, v, Long::sum));
    if (decoding != null) {
      decodings.merge(decoding, 1L, Long::sum);
    }
    if (error != null) {
      failures.add(new Failure(docId, location, error.stage(), error.reason()));
      return;
    }
    succeeded++;
    for (String type : claimTypes) {
      claimsByType.merge(type, 1L, Long::sum);
    }
  }

  /** A document that could not even be read (no pipeline run). */
  public void addUnreadable(String docId, String location, String stage, String reason) {
    read++;
    failures.add(new Failure(docId, location, stage, reason));
  }

  /** A warning written for a document (a fallback decoding rule). */
  public void addWarning() {
    warnings++;
  }

  public long read() {
    return read;
  }

  public long succeeded() {
    return succeeded;
  }

  public long failed() {
    return failures.size();
  }

  public long warnings() {
    return warnings;
  }

  public List<Failure> failures() {
    return failures;
  }

  /** Failed documents per stage, in stage-name order. */
  public Map<String, Long> failuresByStage() {
    Map<String, Long> m = new TreeMap<>();
    failures.forEach(f -> m.merge(f.stage(), 1L, Long::sum));
    return m;
  }

  public Map<String, Long> claimsByType() {
    return claimsByType;
  }

  public Map<String, Long> stageNanos() {
    return stageNanos;
  }

  public Map<String, Long> decodings() {
    return decodings;
  }

  public long totalClaims() {
    return claimsByType.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Everything but the failures list (which the errors file holds): small whatever the run's size. */
  public ObjectNode snapshot() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("read", read);
    o.put("succeeded", succeeded);
    o.put("failed", failures.size());
    o.put("warnings", warnings);
    claimsByType.forEach(o.putObject("claims")::put);
    stageNanos.forEach(o.putObject("stage_nanos")::put);
    decodings.forEach(o.putObject("decodings")::put);
    return o;
  }

  /**
   * The stats of a run from its checkpoint's {@link #snapshot()} and the failures read back from
   * its errors file; throws IllegalArgumentException when the two disagree.
   */
  public static RunStats restore(JsonNode snapshot, List<Failure> failures) {
    RunStats s = new RunStats();
    s.read = snapshot.path("read").asLong();
    s.succeeded = snapshot.path("succeeded").asLong();
    s.warnings = snapshot.path("warnings").asLong();
    s.failures.addAll(failures);
    snapshot.path("claims").fields().forEachRemaining(e -> s.claimsByType.put(e.getKey(), e.getValue().asLong()));
    snapshot.path("stage_nanos").fields().forEachRemaining(e -> s.stageNanos.put(e.getKey(), e.getValue().asLong()));
    snapshot.path("decodings").fields().forEachRemaining(e -> s.decodings.put(e.getKey(), e.getValue().asLong()));
    if (snapshot.path("failed").asLong() != failures.size() || s.read != s.succeeded + failures.size()) {
      throw new IllegalArgumentException("checkpoint counts " + snapshot.path("failed").asLong()
          + " failed documents but the errors file holds " + failures.size());
    }
    return s;
  }
}
