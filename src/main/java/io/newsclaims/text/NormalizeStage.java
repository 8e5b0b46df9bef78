package io.newsclaims.text;

import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import java.util.Set;

/**
 * Replaces characters that trip the tokenizer (no-break and exotic spaces, zero-width marks,
 * control characters, line and paragraph separators) one for one, so the working text keeps
 * the original's length and every offset stays valid; a hyphen between spaces becomes an en
 * dash. Letters, digits, quotation marks and other punctuation are never changed. Thread-safe.
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
      char r = spacedHyphen(text, i) ? '\u2013' : replacement(c);
      if (r != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = r;
      }
    }
    return out == null ? doc : doc.withText(new String(out));
  }

  /**
   * Whether the character at {@code i} is a hyphen with a space on each side, which BBC copy
   * uses for a dash ("Ghana - the world's second largest cocoa exporter - announced …"). The
   * tagger reads it as a hyphen joining the words around it ("exporter-announced") and the
   * parse breaks; as an en dash it sets off the phrase. (An em dash parses worse on the BBC
   * splits: "Ghana — the …" still loses its statement.)
   */
  static boolean spacedHyphen(String text, int i) {
    return text.charAt(i) == '-' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
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
