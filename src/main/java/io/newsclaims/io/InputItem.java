package io.newsclaims.io;

import io.newsclaims.model.InputDocument;

/**
 * One item read from the inputs: a document, or the reason a document could not be read
 * (unreadable file, binary data, malformed JSON line, duplicate id, too large to read), with
 * its id (as far as known) and its location (file, or file:line). A document decoded by a
 * fallback rule carries a {@code note} saying which rule applied and why.
 *
 * @param stage for a failed item, the stage named in the errors file: {@code read} or {@code limits}
 */
public record InputItem(InputDocument document, String id, String location, String stage, String error, String note)
    implements java.io.Serializable {
  /** The stage name of items that could not be read. */
  public static final String READ = "read";
  /** The stage name of items refused by a size limit (shared with the pipeline's size stage). */
  public static final String LIMITS = "limits";

  public static InputItem ok(InputDocument doc) {
    return new InputItem(doc, doc.id(), doc.location(), null, null, null);
  }

  public static InputItem ok(InputDocument doc, String note) {
    return new InputItem(doc, doc.id(), doc.location(), null, null, note);
  }

  public static InputItem failed(String id, String location, String error) {
    return new InputItem(null, id, location, READ, error, null);
  }

  public static InputItem failed(String id, String location, String stage, String error) {
    return new InputItem(null, id, location, stage, error, null);
  }

  public boolean isOk() {
    return document != null;
  }
}
