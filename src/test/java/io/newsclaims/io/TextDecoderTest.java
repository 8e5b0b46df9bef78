package io.newsclaims.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.newsclaims.testing.Shared;
import org.junit.jupiter.api.Test;

/** The decoding rule, case by case: which rule applies, the text it gives, the note it leaves. */
class TextDecoderTest {
  private static TextDecoder.Decoded decode(byte[] b) throws TextDecoder.NotTextException {
    return TextDecoder.decode(b);
  }

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  @Test
  void validUtf8IsUtf8WithNoNote() throws Exception {
    TextDecoder.Decoded d = decode("Caf\u00e9 \u2014 \uD83D\uDE00".getBytes(StandardCharsets.UTF_8));
    assertEquals("Caf\u00e9 \u2014 \uD83D\uDE00", d.text());
    assertEquals("utf-8", d.decoding());
    assertNull(d.note());
  }

  @Test
  void emptyBytesAreEmptyText() throws Exception {
    assertEquals("", decode(new byte[0]).text());
    assertEquals("utf-8", decode(new byte[0]).decoding());
  }

  @Test
  void latinBytesFallBackToWindows1252ByteForCodePoint() throws Exception {
    // "£5m and 'quotes'" as Windows-1252: 0xA3 pound, 0x91/0x92 curly quotes
    TextDecoder.Decoded d = decode(bytes(0xA3, '5', 'm', ' ', 0x91, 'x', 0x92));
    assertEquals("\u00a35m \u2018x\u2019", d.text());
    assertEquals("windows-1252", d.decoding());
    assertEquals("not valid UTF-8 (byte 0xA3 at offset 0); decoded as windows-1252", d.note());
  }

  @Test
  void bbcSport199IsWindows1252AndOffsetsAreByteOffsets() throws Exception {
    byte[] raw = Files.readAllBytes(Shared.SHARED.resolve("corpus/bbc/sport/199.txt"));
    TextDecoder.Decoded d = decode(raw);
    assertEquals("windows-1252", d.decoding());
    assertEquals("not valid UTF-8 (byte 0xA3 at offset 257); decoded as windows-1252", d.note());
    assertEquals(raw.length, d.text().codePointCount(0, d.text().length()));
    assertEquals('\u00a3', d.text().charAt(257));
  }

  @Test
  void utf8WithOneBrokenByteKeepsItsUtf8AndReplacesTheByte() throws Exception {
    byte[] b = "caf\u00e9 X na\u00efve".getBytes(StandardCharsets.UTF_8);
    b[6] = (byte) 0xFF; // the X
    TextDecoder.Decoded d = decode(b);
    assertEquals("caf\u00e9 \uFFFD na\u00efve", d.text());
    assertEquals("utf-8-replaced", d.decoding());
    assertEquals("not valid UTF-8 (byte 0xFF at offset 6); decoded as UTF-8 with invalid bytes replaced by U+FFFD", d.note());
  }

  @Test
  void utf16WithByteOrderMark() throws Exception {
    TextDecoder.Decoded d = decode(bytes(0xFF, 0xFE, 'H', 0, 'i', 0));
    assertEquals("Hi", d.text());
    assertEquals("utf-16", d.decoding());
  }

  @Test
  void nulByteIsBinary() {
    var e = assertThrows(TextDecoder.NotTextException.class, () -> decode(bytes('G', 'I', 'F', '8', '9', 'a', 0, 1)));
    assertEquals("binary data, not text: NUL byte at offset 6", e.getMessage());
  }

  @Test
  void manyControlCharactersAreBinary() {
    byte[] b = new byte[200];
    java.util.Arrays.fill(b, (byte) 'a');
    b[10] = 0x01;
    b[20] = 0x02;
    b[30] = 0x1B;
    var e = assertThrows(TextDecoder.NotTextException.class, () -> decode(b));
    assertEquals("binary data, not text: 3 control characters in 200", e.getMessage());
  }

  @Test
  void tabsNewlinesAndFormFeedsAreText() throws Exception {
    assertEquals("a\tb\r\nc\fd\u000Be", decode("a\tb\r\nc\fd\u000Be".getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void unpairedSurrogatesBecomeReplacementCharactersOneForOne() {
    assertEquals("a\uFFFDb\uD83D\uDE00c\uFFFD", TextDecoder.replaceUnpairedSurrogates("a\uD800b\uD83D\uDE00c\uDC00"));
    String clean = "no surrogates";
    assertEquals(clean, TextDecoder.replaceUnpairedSurrogates(clean));
  }
}
