package io.newsclaims.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.NewsClaims;
import io.newsclaims.pipeline.Settings;
import java.util.List;
import java.util.Map;

/**
 * Builds the run manifest ({@code run.json}): versions, models, settings, the document count
 * (read = succeeded + failed, with each failure and a count per stage), decoding rules and
 * warnings, claims per type, timings.
 */
public final class Manifest {
  private Manifest() {}

  /** @param run the run's own settings (time limit, files, resume), added to {@code configuration} */
  public static ObjectNode build(RunStats stats, Settings settings, List<String> inputs, String output,
      int threads, double wallSeconds, Map<String, Object> run) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("tool", "newsclaims");
    o.put("version", NewsClaims.VERSION);
    o.put("schema", NewsClaims.SCHEMA);
    ArrayNode models = o.putArray("models");
    for (Map<String, String> m : ModelArtifacts.list()) {
      ObjectNode a = models.addObject();
      m.forEach(a::put);
    }
    ObjectNode config = o.putObject("configuration");
    settings.toMap().forEach(config::putPOJO);
    config.put("threads", threads);
    ArrayNode in = config.putArray("inputs");
    inputs.forEach(in::add);
    config.put("output", output);
    run.forEach(config::putPOJO);
    ObjectNode docs = o.putObject("documents");
    docs.put("read", stats.read());
    docs.put("succeeded", stats.succeeded());
    docs.put("failed", stats.failed());
    docs.put("warnings", stats.warnings());
    ObjectNode byStage = docs.putObject("failed_by_stage");
    stats.failuresByStage().forEach(byStage::put);
    ObjectNode dec = docs.putObject("decodings");
    stats.decodings().forEach(dec::put);
    ArrayNode failures = docs.putArray("failures");
    for (RunStats.Failure fl : stats.failures()) {
      ObjectNode e = failures.addObject();
      e.put("doc_id", fl.docId());
      e.put("location", fl.location());
      e.put("stage", fl.stage());
      e.put("reason", fl.reason());
    }
    ObjectNode claims = o.putObject("claims");
    claims.put("total", stats.totalClaims());
    stats.claimsByType().forEach(claims::put);
    ObjectNode stages = o.putObject("stage_seconds");
    stats.stageNanos().forEach((k, v) -> stages.put(k, Math.round(v / 1e6) / 1e3));
    o.put("wall_seconds", Math.round(wallSeconds * 1000) / 1000.0);
    return o;
  }
}
