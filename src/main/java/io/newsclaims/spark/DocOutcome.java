package io.newsclaims.spark;

import io.newsclaims.NewsClaims;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.io.InputItem;
import io.newsclaims.model.Claim;
import io.newsclaims.model.DocumentError;
import io.newsclaims.model.DocumentResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an executor sends back for one document: its place in input order, what the run's counts
 * and error file need, and its claims already written as output lines by {@link ClaimJson}, so
 * the driver only concatenates. A document that could not be read is {@code unreadable}, with
 * stage {@code read}, and went through no stage.
 */
record DocOutcome(long order, String docId, String location, String decoding, boolean unreadable, String stage,
    String reason, List<String> claimTypes, List<String> lines, Map<String, Long> stageNanos) implements Serializable {

  boolean failed() {
    return stage != null;
  }

  /** Runs {@code item} through {@code core}, as the CLI's batch runner does. */
  static DocOutcome process(long order, InputItem item, NewsClaims core) {
    if (!item.isOk()) {
      return new DocOutcome(order, item.id(), item.location(), null, true, "read", item.error(),
          List.of(), List.of(), Map.of());
    }
    DocumentResult r = core.process(item.document());
    Map<String, Long> nanos = new LinkedHashMap<>(r.stageNanos());
    if (r.failed()) {
      DocumentError e = r.error();
      return new DocOutcome(order, r.id(), item.location(), r.input().decoding(), false, e.stage(), e.reason(),
          List.of(), List.of(), nanos);
    }
    List<String> types = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Claim c : r.claims()) {
      types.add(c.type());
      lines.add(ClaimJson.toLine(r.id(), c));
    }
    return new DocOutcome(order, r.id(), item.location(), r.input().decoding(), false, null, null, types, lines, nanos);
  }
}
