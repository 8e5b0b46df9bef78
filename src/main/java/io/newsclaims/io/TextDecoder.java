package io.newsclaims.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes by a fixed rule: strict UTF-8; if the bytes are not valid UTF-8,
 * Windows-1252 (the usual encoding of such scraped news text, a superset of Latin-1's printable
 * range). The rule that applied is reported with the text, and offsets refer to the decoded
 * text. Bytes with NUL in them are binary, not text.
 */
public final class TextDecoder {
  public static final String UTF8 = "utf-8";
  public static final String FALLBACK = "windows-1252 (not valid UTF-8)";

  private TextDecoder() {}

  public record Decoded(String text, String decoding) {}

  /** Decodes {@code bytes}; throws IllegalArgumentException for binary data. */
  public static Decoded decode(byte[] bytes) {
    int probe = Math.min(bytes.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        throw new IllegalArgumentException("binary file: NUL byte at offset " + i);
      }
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return new Decoded(text, UTF8);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, Charset.forName("windows-1252")), FALLBACK);
    }
  }
}
