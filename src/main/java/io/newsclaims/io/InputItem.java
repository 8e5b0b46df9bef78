package io.newsclaims.io;

import io.newsclaims.model.InputDocument;

/**
 * One item read from the inputs: a document, or the reason a document could not be read
 * (unreadable file, binary data, malformed JSON line), with its id (as far as known) and its
 * location (file, or file:line).
 */
public record InputItem(InputDocument document, String id, String location, String error) {
  public static InputItem ok(InputDocument doc) {
    return new InputItem(doc, doc.id(), doc.location(), null);
  }

  public static InputItem failed(String id, String location, String error) {
    return new InputItem(null, id, location, error);
  }

  public boolean isOk() {
    return document != null;
  }
}
