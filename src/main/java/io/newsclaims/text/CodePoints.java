package io.newsclaims.text;

/**
 * Converts Java string indices (UTF-16 units, what CoreNLP reports) to Unicode code-point
 * offsets (what the output contract uses). Built once per text; O(1) per lookup; immutable.
 */
public final class CodePoints {
  private final String text;
  private final int[] cpAt; // null when the text has no surrogate pairs: indices are equal

  public CodePoints(String text) {
    this.text = text;
    int[] table = null;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        table = new int[text.length() + 1];
        break;
      }
    }
    if (table != null) {
      int cp = 0;
      for (int i = 0; i < text.length(); i++, cp++) {
        table[i] = cp;
        if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          table[++i] = cp; // a pair's second half shares its code point
        }
      }
      table[text.length()] = cp;
    }
    this.cpAt = table;
  }

  /** The code-point offset of UTF-16 index {@code index} (0 ≤ index ≤ length). */
  public int toCodePoint(int index) {
    if (index < 0 || index > text.length()) {
      throw new IndexOutOfBoundsException("index " + index + " outside text of length " + text.length());
    }
    return cpAt == null ? index : cpAt[index];
  }

  /** The UTF-16 index of code-point offset {@code cp}. */
  public int toIndex(int cp) {
    return cpAt == null ? cp : text.offsetByCodePoints(0, cp);
  }

  public String text() {
    return text;
  }
}
