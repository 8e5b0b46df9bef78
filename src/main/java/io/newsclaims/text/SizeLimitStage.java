package io.newsclaims.text;

import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Stage;
import io.newsclaims.pipeline.StageException;

/** Refuses empty documents and documents over the size limit, before any model sees them. Thread-safe. */
public final class SizeLimitStage implements Stage {
  private final int maxChars;

  /** @param maxChars the largest document accepted, in characters; 0 for no limit */
  public SizeLimitStage(int maxChars) {
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars must be ≥ 0, not " + maxChars);
    }
    this.maxChars = maxChars;
  }

  @Override
  public String name() {
    return "limits";
  }

  @Override
  public Document apply(Document doc) throws StageException {
    if (doc.text().isBlank()) {
      throw new StageException("empty document: no text");
    }
    if (maxChars > 0 && doc.text().length() > maxChars) {
      throw new StageException("document too large: " + doc.text().length()
          + " characters, the limit is " + maxChars + " (--max-chars)");
    }
    return doc;
  }
}
