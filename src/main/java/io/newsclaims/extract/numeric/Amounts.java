package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ie.NumberNormalizer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that make up and qualify an amount, from {@code models/}: qualifier phrases
 * (qualifiers.txt), vague amounts with their bounds (vague-amounts.txt) and scale words and
 * suffixes (number-scales.txt); and the parsing of a run of number tokens into a value
 * ("34,535", "1.2 million", "3m", "three", "a dozen"). Immutable and thread-safe.
 */
final class Amounts {
  /** Digits with thousands separators and decimals, with an optional scale suffix ("5.2bn", "3m"). */
  private static final Pattern DIGITS = Pattern.compile("([0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?)([a-z]*)");

  /** A qualifier phrase: its words, the qualifier name, whether it follows the number. */
  record QualifierPhrase(List<String> words, String qualifier, boolean after) {}

  /** A vague amount: its words and bounds; {@code needsOf}: an amount only before "of". */
  record Vague(List<String> words, double low, double high, boolean needsOf) {}

  private final List<QualifierPhrase> qualifiers;
  private final List<Vague> vague;
  private final Map<String, Double> scales;

  private Amounts(List<QualifierPhrase> qualifiers, List<Vague> vague, Map<String, Double> scales) {
    this.qualifiers = qualifiers;
    this.vague = vague;
    this.scales = scales;
  }

  static Amounts load() {
    List<QualifierPhrase> q = Tables.columns("qualifiers.txt", 3).entrySet().stream()
        .map(e -> new QualifierPhrase(List.of(e.getKey().split(" ")), e.getValue()[0], parsePosition(e.getValue()[1])))
        .sorted((a, b) -> Integer.compare(b.words().size(), a.words().size()))
        .toList();
    List<Vague> v = Tables.columns("vague-amounts.txt", 3).entrySet().stream()
        .map(e -> new Vague(List.of(e.getKey().split(" ")), Double.parseDouble(e.getValue()[0]), Double.parseDouble(e.getValue()[1]),
            e.getValue().length > 2 && e.getValue()[2].equals("of")))
        .sorted((a, b) -> Integer.compare(b.words().size(), a.words().size()))
        .toList();
    Map<String, Double> s = new HashMap<>();
    Tables.columns("number-scales.txt", 2).forEach((k, val) -> s.put(k, Double.parseDouble(val[0])));
    return new Amounts(q, v, Map.copyOf(s));
  }

  private static boolean parsePosition(String p) {
    return switch (p) {
      case "before" -> false;
      case "after" -> true;
      default -> throw new IllegalStateException("models/qualifiers.txt: position '" + p + "' is not before or after");
    };
  }

  List<QualifierPhrase> qualifiers() {
    return qualifiers;
  }

  /** Vague amounts, longest first. */
  List<Vague> vague() {
    return vague;
  }

  boolean isScale(String word) {
    return scales.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The value of number words as tokenized ("1.2", "million"; "34,535"; "three"; "a", "dozen";
   * "5.2bn"), or null when they do not make a number.
   */
  Double value(List<String> words) {
    boolean digits = words.stream().anyMatch(w -> Character.isDigit(w.charAt(0)));
    if (!digits) {
      return wordValue(words);
    }
    Double value = null;
    for (String raw : words) {
      String w = raw.toLowerCase(Locale.ROOT);
      Matcher m = DIGITS.matcher(w);
      if (m.matches()) {
        if (value != null) {
          return null; // two numbers in a row are not one amount
        }
        value = new BigDecimal(m.group(1).replace(",", "")).doubleValue();
        if (!m.group(2).isEmpty()) {
          Double scale = scales.get(m.group(2));
          if (scale == null) {
            return null; // "50p", "3rd", "4x4": not a plain number
          }
          value *= scale;
        }
      } else if (scales.containsKey(w) && value != null) {
        value *= scales.get(w);
      } else if (!w.equals("a")) {
        return null;
      }
    }
    return value;
  }

  private Double wordValue(List<String> words) {
    List<String> rest = words.stream().filter(w -> !w.equals("-")).toList(); // "twenty-eight"
    if (!rest.isEmpty() && rest.get(0).equalsIgnoreCase("a")) {
      rest = rest.subList(1, rest.size());
      if (rest.size() == 1 && scales.containsKey(rest.get(0).toLowerCase(Locale.ROOT))) {
        return scales.get(rest.get(0).toLowerCase(Locale.ROOT)); // "a dozen", "a hundred"
      }
    }
    if (rest.isEmpty()) {
      return null;
    }
    try {
      Number n = NumberNormalizer.wordToNumber(String.join(" ", rest).toLowerCase(Locale.ROOT));
      return n == null ? null : n.doubleValue();
    } catch (RuntimeException e) {
      return null; // not a number word after all
    }
  }
}
