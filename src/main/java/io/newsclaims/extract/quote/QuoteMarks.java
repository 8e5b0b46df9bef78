package io.newsclaims.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quotations in a text by their marks: curly “…” pairs, straight "…" pairs (which open
 * and close alternately), and curly ‘…’ pairs where a ‘ opens at a word's start (an apostrophe
 * inside a word never opens one). A quotation left open at a paragraph's end continues when the
 * next paragraph opens with a mark of the same kind (the newspaper convention for a quotation of
 * several paragraphs); otherwise it is dropped. A line break after a word that ends no sentence
 * is a wrapped line, not a paragraph end; a mark that opens a word after a sentence's end inside
 * an open quotation reopens it in a paragraph whose line break was lost, and an opening curly
 * mark right after the last word's punctuation ("?“ he asked") closes it, and so does a mark of the
 * other double kind at a word's end (“…" and "…”, typed with mixed marks). Single marks inside a
 * double-quoted quotation are the quotation's own (nested) and are not reported. Two apostrophes
 * ''…'' (the mark of some newspaper archives) are a double mark as well. Returns UTF-16 ranges.
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * A quotation: {@code open} and {@code close} are the indices of its first opening and its last
   * closing mark; its content lies between them. {@code paragraphs} counts the paragraphs it spans.
   */
  public record Found(int open, int close, int paragraphs) {
    public int contentBegin() {
      return open + 1;
    }

    public int contentEnd() {
      return close;
    }

    /** True when UTF-16 index {@code pos} lies inside the marks. */
    public boolean holds(int pos) {
      return pos > open && pos < close;
    }

    /** True when its words in document {@code text} end with a full stop: "“We will stay.”", not "“We won,”". */
    public boolean closedByFullStop(String text) {
      return text.substring(contentBegin(), contentEnd()).strip().endsWith(".");
    }
  }

  /** Every quotation of {@code text}, in text order. */
  public static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Family curly = new Family('“', '”');
    Family straight = new Family('"', '"');
    Family single = new Family('‘', '’');
    Family doubled = new Family('\'', '\'');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        int next = i;
        int newlines = 0;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
          newlines += text.charAt(next) == '\n' ? 1 : 0;
          next++;
        }
        boolean paragraphEnd = newlines > 1 || endsSentence(text, i);
        char first = next < text.length() ? text.charAt(next) : ' ';
        for (Family f : List.of(curly, straight, single)) {
          f.paragraphBreak(paragraphEnd, first == f.opening);
        }
        boolean doubledNext = isDoubled(text, next);
        doubled.paragraphBreak(paragraphEnd, doubledNext);
        if (first == curly.opening || first == straight.opening || first == single.opening || doubledNext) {
          i = next; // the reopening mark of a continued quotation, or a fresh one handled below
          c = first;
        } else {
          i = next - 1;
          continue;
        }
      }
      boolean inDouble = curly.isOpen() || straight.isOpen() || doubled.isOpen();
      if (doubled.isOpen() && !doubled.continuing && isTripled(text, i)) {
        // ''had me at 'independence,''': the first apostrophe closes a nested quotation, the
        // other two this one
        doubled.close(i + 1, out);
        i += 2;
      } else if (isDoubled(text, i)) {
        // ''…'': two apostrophes as a double mark (a newspaper archive convention); the content
        // lies between the inner apostrophes
        if (doubled.isOpen() && !doubled.continuing) {
          doubled.close(i, out);
        } else if (doubled.continuing || opensWord(text, i) && i + 2 < text.length()
            && !Character.isWhitespace(text.charAt(i + 2))) {
          doubled.open(i + 1);
        }
        i++;
      } else if (c == '“') {
        if (curly.isOpen() && !curly.continuing && typedForClosing(text, i)) {
          curly.close(i, out); // "… a fascist?“ he asked": an opening mark typed for the closing one
          continue;
        }
        if (curly.isOpen() && !curly.continuing && reopens(text, i)) {
          curly.close(i - 1, out);
        }
        curly.open(i);
      } else if (c == '”') {
        if (!curly.isOpen() && straight.isOpen() && !straight.continuing) {
          straight.close(i, out); // "…” : a straight opening mark closed by a curly one
          continue;
        }
        curly.close(i, out);
      } else if (c == '"') {
        if (!straight.isOpen() && curly.isOpen() && !curly.continuing && closesQuotation(text, i)) {
          curly.close(i, out); // “…" : a curly opening mark closed by a straight one
          continue;
        }
        int lost = !straight.isOpen() && typedForClosing(text, i) ? lostOpening(text, i) : -1;
        if (straight.isOpen() && !straight.continuing && i > 0 && text.charAt(i - 1) == ' ' && nested(text, i)) {
          i = text.indexOf('"', i + 1); // a quotation nested in straight marks: its marks are the outer one's words
          continue;
        }
        if (straight.isOpen() && !straight.continuing && reopens(text, i)) {
          straight.close(i - 1, out); // the part before it, a lost paragraph's or one whose closing mark was lost, ends before the space
          straight.open(i);
        } else if (straight.isOpen() && !straight.continuing) {
          straight.close(i, out);
        } else if (!straight.isOpen() && i > 0 && Character.isDigit(text.charAt(i - 1))) {
          continue; // "a 12" pizza": an inch mark, no quotation's opening
        } else if (lost >= 0) {
          // "It's come out of the blue," he said, "…": a closing mark whose opening mark was lost
          // closes a quotation from its sentence's start, so the marks after it pair up again
          out.add(new Found(lost, i, 1));
        } else {
          straight.open(i);
        }
      } else if (c == '‘' && !inDouble && opensWord(text, i)) {
        single.open(i);
      } else if (c == '’' && single.isOpen() && closesWord(text, i)) {
        single.close(i, out);
      }
    }
    out.sort(Comparator.comparingInt(Found::open));
    return out;
  }

  /** Whether two apostrophes (and not three) start at {@code i}. */
  private static boolean isDoubled(String text, int i) {
    return i + 1 < text.length() && text.charAt(i) == '\'' && text.charAt(i + 1) == '\''
        && (i + 2 >= text.length() || text.charAt(i + 2) != '\'') && (i == 0 || text.charAt(i - 1) != '\'');
  }

  /** Whether three apostrophes (and not four) start at {@code i}. */
  private static boolean isTripled(String text, int i) {
    return text.startsWith("'''", i) && (i + 3 >= text.length() || text.charAt(i + 3) != '\'')
        && (i == 0 || text.charAt(i - 1) != '\'');
  }

  /**
   * Whether the mark at {@code i}, inside an open quotation, opens a new part of it: a sentence
   * ends before it and a word starts right after ("… the minister. "If you come out …") — the
   * reopening mark of a paragraph whose line break the text lost, not a closing mark.
   */
  private static boolean reopens(String text, int i) {
    int j = i - 1;
    if (j < 0 || text.charAt(j) != ' ') {
      return false;
    }
    // a mark between a space and a letter opens: the quotation open before it lost its closing
    // mark ("had been "ambitious, but take-up had not been "sufficient to …""); a nested
    // quotation ("It's a "wait and see" situation,"") is skipped before
    return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** Whether the two straight marks after {@code i} in its paragraph both close: a nested quotation's and the outer one's. */
  private static boolean nested(String text, int i) {
    int end = text.indexOf("\n\n", i);
    end = end < 0 ? text.length() : end;
    int closing = 0;
    for (int k = i + 1; k < end && closing < 2; k++) {
      if (text.charAt(k) == '"') {
        if (!closesQuotation(text, k)) {
          return false;
        }
        closing++;
      }
    }
    return closing == 2;
  }

  /**
   * The index before the first word of the sentence that ends in closing mark {@code i} with no
   * opening mark ("Speaking to the BBC he said it was a surprise. It's come out of the blue," he
   * said): the space after the sentence before, or the paragraph's line break; -1 when the
   * sentence holds another mark or fewer than three words.
   */
  private static int lostOpening(String text, int i) {
    int j = i - 2;
    while (j > 0 && text.charAt(j) != '\n' && !(".?!".indexOf(text.charAt(j - 1)) >= 0 && text.charAt(j) == ' ')) {
      j--;
    }
    String words = text.substring(j + 1, i);
    boolean marked = words.chars().anyMatch(c -> c == '"' || c == '“' || c == '”');
    return j <= 0 || marked || words.strip().split("\\s+").length < 3 ? -1 : j;
  }

  private static boolean endsSentence(String text, int newline) {
    int j = newline - 1;
    while (j >= 0 && text.charAt(j) == ' ') {
      j--;
    }
    return j < 0 || ".?!:;”\"’)]'".indexOf(text.charAt(j)) >= 0 || text.charAt(j) == '\n';
  }

  private static boolean opensWord(String text, int i) {
    boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-“\"".indexOf(text.charAt(i - 1)) >= 0;
    boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    return before && after;
  }

  /** Whether the opening mark at {@code i} ends a sentence's words: right after ".", "?", "!" or ",", before a space or the end. */
  private static boolean typedForClosing(String text, int i) {
    return i > 0 && ".?!,".indexOf(text.charAt(i - 1)) >= 0 && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  /**
   * Whether the mark at {@code i} ends a word: a word's last letter or punctuation before it, no
   * letter or digit after it; after a digit it is an inch mark ("a 12" crack").
   */
  private static boolean closesQuotation(String text, int i) {
    return i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && !Character.isDigit(text.charAt(i - 1)) && closesWord(text, i);
  }

  private static boolean closesWord(String text, int i) {
    return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** The open/continued state of one kind of mark. Not thread-safe; one per call of find. */
  private static final class Family {
    final char opening;
    final char closing;
    int start = -1;
    int paragraphs = 1;
    boolean continuing;

    Family(char opening, char closing) {
      this.opening = opening;
      this.closing = closing;
    }

    boolean isOpen() {
      return start >= 0;
    }

    void open(int i) {
      if (continuing) {
        continuing = false; // the reopening mark of the next paragraph: same quotation
        return;
      }
      start = i;
      paragraphs = 1;
    }

    void close(int i, List<Found> out) {
      if (start >= 0) {
        out.add(new Found(start, i, paragraphs));
      }
      start = -1;
      continuing = false;
    }

    void paragraphBreak(boolean paragraphEnd, boolean nextReopens) {
      if (start < 0 || !paragraphEnd) {
        return;
      }
      if (nextReopens) {
        continuing = true;
        paragraphs++;
      } else {
        start = -1;
      }
    }
  }
}
