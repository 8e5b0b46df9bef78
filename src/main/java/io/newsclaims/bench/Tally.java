package io.newsclaims.bench;

import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Claim;
import io.newsclaims.model.DocumentResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one measured configuration (a system at a thread count) did over the benchmark: the
 * documents and tokens it processed, the wall time that took, failures, and for newsclaims the
 * claims, the time per stage and a SHA-256 of the output lines in input order (equal digests
 * mean byte-identical output). Only the thread that consumes results touches it.
 */
public final class Tally {
  private final String system;
  private final int threads;
  private final MessageDigest digest;
  private final Map<String, Long> stageNanos = new LinkedHashMap<>();
  private long docs;
  private long tokens;
  private long nanos;
  private long cpuNanos;
  private long failed;
  private long claims;

  public Tally(String system, int threads) {
    this.system = system;
    this.threads = threads;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Adds one newsclaims result: its claims as output lines, or its error. */
  void add(DocumentResult r) {
    docs++;
    r.stageNanos().forEach((stage, ns) -> stageNanos.merge(stage, ns, Long::sum));
    if (r.failed()) {
      failed++;
      update(r.id() + "\t" + r.error().stage() + "\t" + r.error().reason() + "\n");
      return;
    }
    for (Claim c : r.claims()) {
      claims++;
      update(ClaimJson.toLine(r.id(), c) + "\n");
    }
  }

  /** Adds one document of a plain CoreNLP run. */
  void add(boolean ok) {
    docs++;
    failed += ok ? 0 : 1;
  }

  /** Sets the tokens of the documents processed (counted once, after the timed runs). */
  void setTokens(long count) {
    tokens = count;
  }

  void addNanos(long ns, long cpu) {
    nanos += ns;
    cpuNanos += cpu;
  }

  /** CPU time the whole process used while this configuration ran (all threads, GC included). */
  public double cpuSeconds() {
    return cpuNanos / 1e9;
  }

  private void update(String line) {
    digest.update(line.getBytes(StandardCharsets.UTF_8));
  }

  public String system() {
    return system;
  }

  public int threads() {
    return threads;
  }

  public String label() {
    return system + " ×" + threads;
  }

  public long docs() {
    return docs;
  }

  public long tokens() {
    return tokens;
  }

  public double seconds() {
    return nanos / 1e9;
  }

  public double tokensPerSecond() {
    return nanos == 0 ? 0 : tokens / seconds();
  }

  public double docsPerSecond() {
    return nanos == 0 ? 0 : docs / seconds();
  }

  public long failed() {
    return failed;
  }

  public long claims() {
    return claims;
  }

  public Map<String, Long> stageNanos() {
    return Map.copyOf(stageNanos);
  }

  /** Stage names in pipeline order. */
  public Set<String> stages() {
    return stageNanos.keySet();
  }

  /** SHA-256 of the output so far; reading it ends the tally's digest. */
  public String outputDigest() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
