package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An amount named as a part of the harmed, read from the words because the parser seldom
 * hangs the amount on the harm word in these shapes: "At least 20 of the injured were …"
 * (it takes "the" for the counted noun and "injured" for a participle on the number), "Among
 * the dead were three children", "Of the wounded, 11 remained in critical condition". The part
 * shares the harm of the whole it is taken from; "the" or "those" before a harm word names people,
 * so a word that counts only people counts them there ("of those affected"). Immutable and thread-safe.
 */
final class HarmedPart {
  private static final Set<String> DETERMINERS = Set.of("the", "those");

  private final HarmLinker linker;

  HarmedPart(HarmLinker linker) {
    this.linker = linker;
  }

  /** The harm of the whole an amount is taken from, and the token after the amount's words ("20 of the injured" ends after "injured"). */
  record Part(String category, int end) {}

  /**
   * The part that the amount over [{@code start}, {@code end}) names: taken from the whole after
   * it ("20 of the injured", whose words then end after the whole), before it with "be" ("Among
   * the dead were three children", "three children were among those killed"), or fronted with a
   * comma ("Of the wounded, 11 …"); null when none names it.
   */
  Part of(Deps deps, List<CoreLabel> tokens, int start, int end) {
    boolean after = end + 2 < tokens.size() && word(tokens, end).equals("of") && DETERMINERS.contains(word(tokens, end + 1));
    String whole = after ? linker.nominal(deps, end + 2, true) : null;
    if (whole != null) {
      return new Part(whole, end + 3);
    }
    boolean among = start >= 4 && word(tokens, start - 4).equals("among") && DETERMINERS.contains(word(tokens, start - 3))
        && "be".equals(tokens.get(start - 1).lemma());
    if (among) {
      whole = linker.nominal(deps, start - 2, true);
    }
    // "Three foreign nationals were among those killed": the amount and its noun before "be among"
    int be = nounEnd(tokens, end);
    boolean amongAfter = !among && whole == null && be + 3 < tokens.size() && "be".equals(tokens.get(be).lemma())
        && word(tokens, be + 1).equals("among") && DETERMINERS.contains(word(tokens, be + 2));
    if (amongAfter) {
      whole = linker.nominal(deps, be + 3, true);
    }
    boolean fronted = !among && !amongAfter && start == 4 && word(tokens, 0).equals("of") && DETERMINERS.contains(word(tokens, 1))
        && word(tokens, 3).equals(",");
    if (fronted) {
      whole = linker.nominal(deps, 2, true);
    }
    return whole == null ? null : new Part(whole, end);
  }

  /** The token after the counted noun's words that follow the amount ("three foreign nationals"). */
  private static int nounEnd(List<CoreLabel> tokens, int end) {
    int i = end;
    while (i < tokens.size() && i < end + 4 && (tokens.get(i).tag().startsWith("NN") || tokens.get(i).tag().startsWith("JJ"))) {
      i++;
    }
    return i;
  }

  private static String word(List<CoreLabel> tokens, int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }
}
