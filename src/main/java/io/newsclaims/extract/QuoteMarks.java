package io.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a text by their marks: curly “…” pairs, and straight "…" pairs, which
 * open and close alternately within a paragraph. Returns UTF-16 ranges of the content between
 * the marks. An opening mark with no closing one before the paragraph ends is left out.
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /** A quotation: [open, close] are the indices of the marks; content is (open, close). */
  public record Found(int open, int close) {
    public int contentBegin() {
      return open + 1;
    }

    public int contentEnd() {
      return close;
    }
  }

  public static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    int curlyOpen = -1;
    int straightOpen = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        curlyOpen = straightOpen = -1; // a blank line ends any open quotation
      } else if (c == '“') {
        curlyOpen = i;
      } else if (c == '”' && curlyOpen >= 0) {
        out.add(new Found(curlyOpen, i));
        curlyOpen = -1;
      } else if (c == '"') {
        if (straightOpen < 0) {
          straightOpen = i;
        } else {
          out.add(new Found(straightOpen, i));
          straightOpen = -1;
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.open, b.open));
    return out;
  }
}
