package io.newsclaims.report;

/**
 * Maps the code-point offsets of the output contract to the UTF-16 indices a browser's
 * JavaScript strings use, so the page can slice article texts without counting code points.
 * Built once per text, O(1) per lookup; immutable.
 */
final class Utf16Index {
  private final int codePoints;
  private final int[] indexOf; // null when the text has no surrogate pairs: offsets are equal

  Utf16Index(String text) {
    this.codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      indexOf = null;
      return;
    }
    indexOf = new int[codePoints + 1];
    int i = 0;
    for (int cp = 0; cp < codePoints; cp++) {
      indexOf[cp] = i;
      i += Character.charCount(text.codePointAt(i));
    }
    indexOf[codePoints] = text.length();
  }

  /** Whether code-point offset {@code cp} lies inside the text (0 ≤ cp ≤ length). */
  boolean contains(int cp) {
    return cp >= 0 && cp <= codePoints;
  }

  /** The UTF-16 index of code-point offset {@code cp}, which must lie inside the text. */
  int of(int cp) {
    if (!contains(cp)) {
      throw new IndexOutOfBoundsException("offset " + cp + " outside text of " + codePoints + " code points");
    }
    return indexOf == null ? cp : indexOf[cp];
  }
}
