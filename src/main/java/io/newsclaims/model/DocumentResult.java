package io.newsclaims.model;

import java.util.List;
import java.util.Map;

/**
 * What the pipeline says of one document: its claims (possibly none) or an error, plus the
 * effective document date, how its text was decoded, and the time each stage took.
 */
public record DocumentResult(
    InputDocument input, String date, List<Claim> claims, DocumentError error, Map<String, Long> stageNanos) {

  public boolean failed() {
    return error != null;
  }

  public String id() {
    return input.id();
  }
}
