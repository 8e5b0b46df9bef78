package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsclaims.model.Qualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the amounts of a tokenized sentence: runs of number tokens ("1.2 million", "34,535",
 * "three", "a dozen"), ranges ("10-15", "between 10 and 15", "two or three"), vague amounts
 * ("dozens", "hundreds of thousands"), each with the qualifier words around it ("at least",
 * "about", "or more"). Tokens that CoreNLP's NER marks as dates, times, durations, sets,
 * ordinals, money or percentages are never amounts here. Immutable and thread-safe.
 */
final class NumberPhrases {
  /** NER classes whose numbers are not counts of anything. */
  static final Set<String> NOT_COUNTS = Set.of("DATE", "TIME", "DURATION", "SET", "ORDINAL", "MONEY", "PERCENT");
  private static final Set<String> RANGE_JOINS = Set.of("-", "–", "to", "or");

  private final Amounts amounts;

  NumberPhrases(Amounts amounts) {
    this.amounts = amounts;
  }

  List<NumberPhrase> find(List<CoreLabel> tokens) {
    List<NumberPhrase> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Amounts.Vague v = vagueAt(tokens, i);
      if (v != null) {
        int end = i + v.words().size();
        found.add(new NumberPhrase(i, i, end, end, null, v.low(), v.high(), Qualifier.VAGUE));
        i = end;
        continue;
      }
      if (!isNumber(tokens.get(i))) {
        i++;
        continue;
      }
      int numStart = i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("a") && amounts.isScale(tokens.get(i).word()) ? i - 1 : i;
      int numEnd = runEnd(tokens, i);
      Double value = amounts.value(words(tokens, numStart, numEnd));
      if (value != null && numStart == i - 1 && numStart > 0 && tokens.get(numStart - 1).word().equalsIgnoreCase("half")) {
        numStart--; // "half a million"
        value = value / 2;
      }
      if (value == null) {
        i = numEnd;
        continue;
      }
      NumberPhrase p = range(tokens, numStart, numEnd, value);
      if (p == null) {
        p = qualified(tokens, numStart, numEnd, value);
      }
      found.add(p);
      i = p.end();
    }
    return found;
  }

  /** True for a number token that is not part of a date, time, money or the like. */
  boolean isNumber(CoreLabel t) {
    if (NOT_COUNTS.contains(t.ner())) {
      return false;
    }
    if ("CD".equals(t.tag())) {
      return true;
    }
    // "one" and "dozen" are tagged as nouns, but CoreNLP's NER knows they are numbers
    return "NUMBER".equals(t.ner()) && !t.word().equalsIgnoreCase("a") && value(t) != null;
  }

  /** The value of number token {@code t} ("14", "eight"), or null. */
  Double value(CoreLabel t) {
    return amounts.value(List.of(t.word()));
  }

  private int runEnd(List<CoreLabel> tokens, int i) {
    int j = i;
    while (j < tokens.size() && (isNumber(tokens.get(j)) || hyphenInWords(tokens, j))) {
      j++;
    }
    return j;
  }

  /** The hyphen of "twenty-eight": attached on both sides to number words (digits around it make a range). */
  private boolean hyphenInWords(List<CoreLabel> tokens, int j) {
    if (j == 0 || j + 1 >= tokens.size() || !tokens.get(j).word().equals("-")) {
      return false;
    }
    CoreLabel before = tokens.get(j - 1);
    CoreLabel after = tokens.get(j + 1);
    return before.endPosition() == tokens.get(j).beginPosition() && tokens.get(j).endPosition() == after.beginPosition()
        && isNumber(before) && isNumber(after)
        && Character.isLetter(before.word().charAt(0)) && Character.isLetter(after.word().charAt(0));
  }

  private Amounts.Vague vagueAt(List<CoreLabel> tokens, int i) {
    for (Amounts.Vague v : amounts.vague()) {
      int n = v.words().size();
      if (i + n > tokens.size() || tokens.get(i + n - 1).tag().startsWith("VB")) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < n && match; k++) {
        match = tokens.get(i + k).word().equalsIgnoreCase(v.words().get(k));
      }
      if (match && v.needsOf() && !(i + n < tokens.size() && tokens.get(i + n).word().equalsIgnoreCase("of"))) {
        match = false;
      }
      if (match) {
        return v;
      }
    }
    return null;
  }

  /** "10-15", "10 to 15", "between 10 and 15", "two or three": a range when the second is larger. */
  private NumberPhrase range(List<CoreLabel> tokens, int numStart, int numEnd, double low) {
    if (numEnd + 1 >= tokens.size()) {
      return null;
    }
    String join = tokens.get(numEnd).word().toLowerCase(Locale.ROOT);
    boolean between = numStart > 0 && tokens.get(numStart - 1).word().equalsIgnoreCase("between");
    boolean from = numStart > 0 && tokens.get(numStart - 1).word().equalsIgnoreCase("from");
    if (from || !(RANGE_JOINS.contains(join) || between && join.equals("and")) || !isNumber(tokens.get(numEnd + 1))) {
      return null; // "from 10 to 15" is a change, not a range
    }
    int secondEnd = runEnd(tokens, numEnd + 1);
    Double high = amounts.value(words(tokens, numEnd + 1, secondEnd));
    if (high == null || high <= low) {
      return null; // "3-1" is a score, not a range
    }
    int start = between ? numStart - 1 : numStart;
    return new NumberPhrase(start, numStart, secondEnd, secondEnd, null, low, high, Qualifier.RANGE);
  }

  /** The qualifier phrase that ends right before token {@code from} ("at least"), or null. */
  Amounts.QualifierPhrase qualifierBefore(List<CoreLabel> tokens, int from) {
    for (Amounts.QualifierPhrase q : amounts.qualifiers()) {
      int n = q.words().size();
      if (!q.after() && from - n >= 0 && matches(tokens, from - n, q.words())) {
        return q;
      }
    }
    return null;
  }

  private NumberPhrase qualified(List<CoreLabel> tokens, int numStart, int numEnd, double value) {
    int start = numStart;
    int end = numEnd;
    String qualifier = Qualifier.EXACT;
    for (Amounts.QualifierPhrase q : amounts.qualifiers()) {
      int n = q.words().size();
      int from = q.after() ? numEnd : numStart - n;
      if (from < 0 || from + n > tokens.size() || !matches(tokens, from, q.words())) {
        continue;
      }
      if (q.after() && end == numEnd) {
        end = numEnd + n;
        qualifier = qualifier.equals(Qualifier.EXACT) ? q.qualifier() : qualifier;
      } else if (!q.after() && start == numStart && !tokens.get(numStart - 1).tag().equals("RP")) {
        // not a verb's particle: "will hand over two soldiers" hands two
        start = from;
        qualifier = q.qualifier();
      }
    }
    return new NumberPhrase(start, numStart, numEnd, end, value, null, null, qualifier);
  }

  private static boolean matches(List<CoreLabel> tokens, int from, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(from + k).word().equalsIgnoreCase(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(List<CoreLabel> tokens, int from, int to) {
    List<String> w = new ArrayList<>();
    for (int k = from; k < to; k++) {
      w.add(tokens.get(k).word());
    }
    return w;
  }
}
