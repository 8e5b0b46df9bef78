package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * An amount named as a part of the harmed, read from the words because the parser seldom
 * hangs the amount on the harm word in these shapes: "At least 20 of the injured were …"
 * (it takes "the" for the counted noun and "injured" for a participle on the number), "Among
 * the dead were three children", "Of the wounded, 11 remained in critical condition". The part
 * shares the harm of the whole it is taken from. Immutable and thread-safe.
 */
final class HarmedPart {
  private static final Set<String> DETERMINERS = Set.of("the", "those");

  private final HarmLinker linker;

  HarmedPart(HarmLinker linker) {
    this.linker = linker;
  }

  /** The token after "N of the injured", or -1 when the amount ending at {@code end} has no such phrase. */
  int partOfEnd(Deps deps, List<CoreLabel> tokens, int end) {
    boolean shape = end + 2 < tokens.size() && word(tokens, end).equals("of") && DETERMINERS.contains(word(tokens, end + 1));
    return shape && linker.nominal(deps, end + 2) != null ? end + 3 : -1;
  }

  /**
   * The harm of the whole that the amount over [{@code start}, {@code end}) is taken from: after
   * it ("20 of the injured"), before it with "be" ("Among the dead were three children"), or
   * fronted with a comma ("Of the wounded, 11 …"); null when none names it.
   */
  String category(Deps deps, List<CoreLabel> tokens, int start, int end) {
    if (partOfEnd(deps, tokens, end) >= 0) {
      return linker.nominal(deps, end + 2);
    }
    boolean among = start >= 4 && word(tokens, start - 4).equals("among") && DETERMINERS.contains(word(tokens, start - 3))
        && "be".equals(tokens.get(start - 1).lemma());
    if (among) {
      return linker.nominal(deps, start - 2);
    }
    boolean fronted = start == 4 && word(tokens, 0).equals("of") && DETERMINERS.contains(word(tokens, 1))
        && word(tokens, 3).equals(",");
    return fronted ? linker.nominal(deps, 2) : null;
  }

  private static String word(List<CoreLabel> tokens, int i) {
    return tokens.get(i).word().toLowerCase();
  }
}
