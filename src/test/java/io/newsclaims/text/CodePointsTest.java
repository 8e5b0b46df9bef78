package io.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointsTest {
  @Test
  void bmpTextMapsOneToOne() {
    CodePoints cp = new CodePoints("plain text");
    assertEquals(5, cp.toCodePoint(5));
    assertEquals(10, cp.toCodePoint(10));
    assertEquals(5, cp.toIndex(5));
  }

  @Test
  void surrogatePairsCountOnce() {
    String s = "a😀b𝒳c"; // UTF-16: a, 2, b, 2, c = 7 units; 5 code points
    CodePoints cp = new CodePoints(s);
    assertEquals(0, cp.toCodePoint(0));
    assertEquals(1, cp.toCodePoint(1));
    assertEquals(2, cp.toCodePoint(3)); // b
    assertEquals(3, cp.toCodePoint(4)); // 𝒳
    assertEquals(4, cp.toCodePoint(6)); // c
    assertEquals(5, cp.toCodePoint(7)); // end
    assertEquals(6, cp.toIndex(4));
  }
}
