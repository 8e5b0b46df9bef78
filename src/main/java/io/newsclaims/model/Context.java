package io.newsclaims.model;

/**
 * Where and when a figure holds, as the sentence says it: a location phrase ("in the Gaza
 * Strip") and a time phrase ("since October") with the normalized value of its date claim.
 * Either part may be null.
 */
public record Context(TextRef location, TextRef time, String timeValue) {
  public boolean isEmpty() {
    return location == null && time == null;
  }
}
