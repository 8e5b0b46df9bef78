package io.newsclaims.text;

import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import java.util.Set;

/**
 * Replaces characters that trip the tokenizer (no-break and exotic spaces, zero-width marks,
 * control characters, line and paragraph separators) one for one, so the working text keeps
 * the original's length and every offset stays valid. Letters, digits, punctuation and
 * quotation marks are never changed. Thread-safe.
 */
public final class NormalizeStage implements Stage {

  @Override
  public String name() {
    return "normalize";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.DATE);
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.NORMALIZED);
  }

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char r = replacement(c);
      if (r != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = r;
      }
    }
    return out == null ? doc : doc.withText(new String(out));
  }

  static char replacement(char c) {
    if (c == '\n' || c == '\t' || c == '\r') {
      return c;
    }
    if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
      return '\n';
    }
    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c)) {
      return ' ';
    }
    return c;
  }
}
