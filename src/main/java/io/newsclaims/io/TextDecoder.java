package io.newsclaims.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a document's bytes by one fixed rule, and says which rule applied (docs/robustness.md):
 * <ol>
 *   <li>a UTF-16 byte-order mark ({@code FF FE} or {@code FE FF}): UTF-16, the mark dropped — {@link #UTF16};
 *   <li>a NUL byte, or more than 1% control characters (other than tab, line feed, vertical
 *       tab, form feed, carriage return): binary data, refused;
 *   <li>valid UTF-8: UTF-8 — {@link #UTF8} (a UTF-8 byte-order mark stays in the text as U+FEFF,
 *       as Python's {@code open(encoding="utf-8")} keeps it);
 *   <li>not valid UTF-8 but holding at least one valid multi-byte UTF-8 sequence: UTF-8 with each
 *       invalid byte replaced by U+FFFD — {@link #UTF8_REPLACED} (a UTF-8 file with a few broken bytes);
 *   <li>otherwise: Windows-1252 — {@link #CP1252} (the usual encoding of older news text, a
 *       superset of Latin-1's printable range; its five undefined bytes become U+FFFD). One byte
 *       is one code point, so offsets are byte offsets.
 * </ol>
 * Offsets always refer to the decoded text. Thread-safe (stateless).
 */
public final class TextDecoder {
  public static final String UTF8 = "utf-8";
  public static final String UTF8_REPLACED = "utf-8-replaced";
  public static final String CP1252 = "windows-1252";
  public static final String UTF16 = "utf-16";
  /** JSON text whose unpaired surrogate escapes ({@code "\ud800"}) were replaced by U+FFFD. */
  public static final String SURROGATES_REPLACED = "utf-8-surrogates-replaced";

  /** Above this share of control characters, bytes are binary data rather than text. */
  static final double MAX_CONTROL_SHARE = 0.01;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * Decoded text, the rule that applied, and (for any rule but {@link #UTF8}) a one-line note
   * saying why, for the run's warnings file.
   */
  public record Decoded(String text, String decoding, String note) {}

  /** Bytes that are not text: the reason says what gave them away. */
  public static final class NotTextException extends Exception {
    NotTextException(String reason) {
      super(reason);
    }
  }

  /** Decodes {@code bytes} by the rule above; throws {@link NotTextException} for binary data. */
  public static Decoded decode(byte[] bytes) throws NotTextException {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      String text = new String(bytes, StandardCharsets.UTF_16);
      checkText(text);
      return new Decoded(text, UTF16, "UTF-16 byte-order mark; decoded as UTF-16");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new NotTextException("binary data, not text: NUL byte at offset " + i);
      }
    }
    Decoded d = decodeUtf8OrFallback(bytes);
    checkText(d.text());
    return d;
  }

  private static Decoded decodeUtf8OrFallback(byte[] bytes) {
    try {
      return new Decoded(strict().decode(ByteBuffer.wrap(bytes)).toString(), UTF8, null);
    } catch (CharacterCodingException e) {
      // fall through to the fallback rules
    }
    int firstBad = firstInvalidUtf8(bytes);
    String where = String.format(Locale.ROOT, "byte 0x%02X at offset %d", bytes[firstBad] & 0xFF, firstBad);
    if (hasValidMultiByteSequence(bytes)) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      return new Decoded(text, UTF8_REPLACED,
          "not valid UTF-8 (" + where + "); decoded as UTF-8 with invalid bytes replaced by U+FFFD");
    }
    return new Decoded(new String(bytes, WINDOWS_1252), CP1252,
        "not valid UTF-8 (" + where + "); decoded as windows-1252");
  }

  private static CharsetDecoder strict() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The offset of the first byte that is not part of valid UTF-8 (bytes must be invalid). */
  static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder dec = strict();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    CoderResult r = dec.decode(in, out, true);
    return r.isError() ? in.position() : bytes.length - 1;
  }

  /** True when the bytes hold at least one well-formed UTF-8 sequence of two or more bytes. */
  static boolean hasValidMultiByteSequence(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      int lead = b[i] & 0xFF;
      int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      if (len == 0 || i + len > b.length) {
        continue;
      }
      if (strictDecodes(b, i, len)) {
        return true;
      }
    }
    return false;
  }

  private static boolean strictDecodes(byte[] b, int off, int len) {
    try {
      strict().decode(ByteBuffer.wrap(b, off, len));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Refuses decoded text that is mostly control characters: binary data that happened to decode. */
  private static void checkText(String text) throws NotTextException {
    int n = text.length();
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new NotTextException("binary data, not text: NUL character at offset " + i);
      }
      if (Character.getType(c) == Character.CONTROL && (c < '\t' || c > '\r') && c != 0x85) {
        controls++;
      }
    }
    if (controls > 0 && controls > n * MAX_CONTROL_SHARE) {
      throw new NotTextException(String.format(Locale.ROOT, 
          "binary data, not text: %d control characters in %d", controls, n));
    }
  }

  /**
   * Replaces unpaired UTF-16 surrogates (which a JSON {@code "\ud800"} escape can produce and
   * UTF-8 cannot encode) by U+FFFD, one code point for one, so code-point offsets hold.
   * Returns the text itself when it has none.
   */
  public static String replaceUnpairedSurrogates(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        if (sb != null) {
          sb.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        if (sb == null) {
          sb = new StringBuilder(text.length()).append(text, 0, i);
        }
        sb.append('\uFFFD');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }
}
