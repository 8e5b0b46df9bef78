package io.newsclaims.extract;

import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.pipeline.Document;
import java.util.List;

/** Finds which sentence holds a character position. */
public final class SentenceIndex {
  private SentenceIndex() {}

  /** The index of the sentence that holds UTF-16 index {@code pos}, or the last before it; -1 if none. */
  public static int of(Document doc, int pos) {
    List<CoreMap> sentences = doc.parsed().sentences();
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (Spans.begin(sentences.get(mid)) <= pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
