package io.newsclaims.model;

/** A piece of the original text with its code-point span: a cue or a source mention. */
public record TextRef(String text, int start, int end) {
  public TextRef {
    if (text == null || start < 0 || end < start) {
      throw new IllegalArgumentException("bad text reference " + text + " [" + start + "," + end + ")");
    }
  }

  public Span span() {
    return new Span(start, end);
  }
}
