package io.newsclaims.batch;

import io.newsclaims.model.Claim;
import io.newsclaims.model.DocumentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one run for its manifest: documents read / succeeded / failed with each failure's
 * reason, claims per type, time per stage. Not thread-safe: the batch's single writer thread
 * owns it.
 */
public final class RunStats {
  public record Failure(String docId, String location, String stage, String reason) {}

  private long read;
  private long succeeded;
  private long tokens;
  private final List<Failure> failures = new ArrayList<>();
  private final Map<String, Long> claimsByType = new TreeMap<>();
  private final Map<String, Long> stageNanos = new java.util.LinkedHashMap<>();
  private final Map<String, Long> decodings = new TreeMap<>();

  public void add(DocumentResult r) {
    read++;
    r.stageNanos().forEach((k, v) -> stageNanos.merge(k, v, Long::sum));
    if (r.input().decoding() != null) {
      decodings.merge(r.input().decoding(), 1L, Long::sum);
    }
    if (r.failed()) {
      failures.add(new Failure(r.id(), r.input().location(), r.error().stage(), r.error().reason()));
      return;
    }
    succeeded++;
    for (Claim c : r.claims()) {
      claimsByType.merge(c.type(), 1L, Long::sum);
    }
  }

  /** A document that could not even be read (no pipeline run). */
  public void addUnreadable(String docId, String location, String reason) {
    read++;
    failures.add(new Failure(docId, location, "read", reason));
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

  public List<Failure> failures() {
    return failures;
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

  public void addTokens(long n) {
    tokens += n;
  }

  public long tokens() {
    return tokens;
  }
}
