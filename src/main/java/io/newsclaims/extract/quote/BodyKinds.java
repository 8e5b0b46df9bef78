package io.newsclaims.extract.quote;

import io.newsclaims.text.Lexicon;
import java.util.Locale;
import java.util.Map;

/**
 * The kind of body an organisation is (agency, charity, ministry, fund, council), from the whole
 * of its name or a word of it ({@code models/body-kinds.txt}), so that a generic noun ("the
 * agency") does not stand for a body of another kind ("Oxfam", a charity). Stateless and
 * thread-safe.
 */
final class BodyKinds {
  private static final Map<String, String> KINDS = Lexicon.load("body-kinds.txt").column(1);

  private BodyKinds() {}

  /** The kind of the body named {@code name}: the whole name's, else its last word with one, else null. */
  static String of(String name) {
    String lower = name.toLowerCase(Locale.ROOT).trim();
    String kind = KINDS.get(lower);
    String[] words = lower.split("\\s+");
    for (int i = words.length - 1; kind == null && i >= 0; i--) {
      kind = KINDS.get(words[i]);
    }
    return kind;
  }

  /**
   * Whether the body named {@code name} is known to be of another kind than the description
   * {@code noun} says ("Oxfam" for "the agency"); a description's kind is its whole entry or that
   * of its last two words ("aid agency": either kind, "-"), else its last word's.
   */
  static boolean differ(String name, String noun) {
    String a = of(name);
    String lower = noun.toLowerCase(Locale.ROOT).trim();
    String b = KINDS.get(lower);
    if (b == null) {
      String[] words = lower.split("\\s+");
      String twoLast = words.length >= 2 ? words[words.length - 2] + " " + words[words.length - 1] : null;
      b = twoLast != null && KINDS.containsKey(twoLast) ? KINDS.get(twoLast) : KINDS.get(words[words.length - 1]);
    }
    return a != null && b != null && !b.equals("-") && !a.equals(b);
  }
}
