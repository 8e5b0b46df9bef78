package io.newsclaims.model;

import java.util.Objects;

/**
 * A document as read, before any processing: its id, its full original text, the date given
 * with it (raw, validated by the pipeline; may be null), where it came from (file, or file and
 * line) and how its bytes were decoded.
 */
public record InputDocument(String id, String text, String date, String location, String decoding)
    implements java.io.Serializable {
  public InputDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  public static InputDocument of(String id, String text) {
    return new InputDocument(id, text, null, null, "utf-8");
  }

  public static InputDocument of(String id, String text, String date) {
    return new InputDocument(id, text, date, null, "utf-8");
  }
}
