package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsclaims.model.AttributedSpan;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.TextRef;
import io.newsclaims.pipeline.Document;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a figure that stands just outside every attributed stretch of its sentence the
 * attribution of the stretch it continues, where the words say whose figure it is: a verbless
 * appendix after a closing cue or an "according to X" ("killed 15 members of one family, medics
 * said, among them five children"; "…, according to the index, with more than 900 people killed
 * in 2023"), a relative clause with no relative word whose verb is the cue ("including 39 the
 * army says are dead") and a clause of saying on the closing source ("…, according to the fire
 * service, which said crews were searching for four people"). Reads the attributed stretches that the quote stage published and the
 * tokens of the sentence. Immutable and thread-safe.
 */
final class AdjoiningSource {
  /** Words that open an appendix naming part of, or adding to, what the attributed clause says. */
  private static final Set<String> OPENERS = Set.of("with", "including", "among");
  /** Words after "among" that refer back to the clause's figure: "among them", "among whom". */
  private static final Set<String> AMONG = Set.of("them", "whom", "those", "these");
  /** Tags of a verb that would make the appendix a clause of its own, said in the writer's voice. */
  private static final Set<String> FINITE = Set.of("VBZ", "VBP", "MD");
  /** Relative words after a closing cue's source whose clause is that source's: "according to X, which said …". */
  private static final Set<String> RELATIVE = Set.of("which", "who");
  /**
   * Verbs of saying of such a relative clause: a short list of its own, as the figures stage
   * does not read the quote stage's cue lexicon (stages do not reach into each other).
   */
  private static final Set<String> SAYING = Set.of("say", "add", "report", "tell", "confirm", "estimate");
  /** Words that join a second "that" clause to a reported one: "said A, and that B". */
  private static final Set<String> COORDINATORS = Set.of("and", "but");
  /** How many words of its second "that" clause may stand before the figure: "and that the army had killed 12". */
  private static final int SECOND_THAT_REACH = 6;
  /** Tokens that may stand between a closing cue and the comma before its appendix: "said on Friday". */
  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME");

  /**
   * The attribution of the figure over tokens [{@code from}, {@code to}) of a sentence, when it
   * stands in an appendix after an attributed stretch and its cue, or before the source and cue
   * of a relative clause on it; null otherwise.
   */
  Attribution of(Document doc, List<CoreLabel> tokens, int from, int to) {
    for (AttributedSpan a : doc.attributed()) {
      Attribution at = a.attribution();
      if (at.cue() == null || at.mention() == null) {
        continue;
      }
      if (appendix(doc, tokens, from, a) || relative(doc, tokens, to, at) || sourceSays(doc, tokens, from, a)
          || secondThat(doc, tokens, from, a)) {
        return at;
      }
    }
    return null;
  }

  /**
   * "…, medics said, among them five children.": the stretch ends at its closing cue's comma, the
   * cue and source follow (perhaps with a time), then a comma, an opener and the figure, and no
   * finite verb follows to the end of the sentence.
   */
  private static boolean appendix(Document doc, List<CoreLabel> tokens, int from, AttributedSpan a) {
    int contentEnd = index(doc, a.content().end());
    int[] cue = cueRange(doc, a.attribution());
    int sentenceBegin = tokens.get(0).beginPosition();
    int figureBegin = tokens.get(from).beginPosition();
    if (contentEnd <= sentenceBegin || contentEnd > cue[0] || cue[1] > figureBegin) {
      return false;
    }
    int i = 0;
    while (i < from && tokens.get(i).endPosition() <= contentEnd) {
      i++;
    }
    for (; i < from && tokens.get(i).beginPosition() < cue[0]; i++) {
      if (!punctuation(tokens.get(i))) {
        return false; // only the comma (and a closing mark) between the stretch and its cue
      }
    }
    while (i < from && tokens.get(i).beginPosition() < cue[1]) {
      i++;
    }
    while (i < from && TIME_TAGS.contains(tokens.get(i).ner()) || i < from && tokens.get(i).word().equalsIgnoreCase("on")) {
      i++;
    }
    if (i >= from || !tokens.get(i).word().equals(",")) {
      return false;
    }
    i++;
    if (i >= from || !OPENERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (tokens.get(i).word().equalsIgnoreCase("among")) {
      i++;
      if (i >= from || !AMONG.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    if (i + 1 != from) {
      return false;
    }
    for (int j = from; j < tokens.size(); j++) {
      if (FINITE.contains(tokens.get(j).tag()) || tokens.get(j).word().equals(";")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "…, according to the fire service, which said crews were searching for at least four
   * people": the stretch ends before its closing cue and source, then a comma, "which" or "who"
   * and a verb of saying open a clause that is the same source's, and the figure stands in it
   * (no ";" between).
   */
  private static boolean sourceSays(Document doc, List<CoreLabel> tokens, int from, AttributedSpan a) {
    int contentEnd = index(doc, a.content().end());
    int[] cue = cueRange(doc, a.attribution());
    if (contentEnd <= tokens.get(0).beginPosition() || contentEnd > cue[0] || cue[1] > tokens.get(from).beginPosition()) {
      return false;
    }
    int i = 0;
    while (i < from && tokens.get(i).beginPosition() < cue[1]) {
      i++;
    }
    boolean opens = i + 3 <= from && tokens.get(i).word().equals(",") && RELATIVE.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))
        && SAYING.contains(tokens.get(i + 2).lemma());
    for (int j = i; opens && j < from; j++) {
      opens = !tokens.get(j).word().equals(";");
    }
    return opens;
  }

  /**
   * "The agency said 130 people had been killed, and that more than 800 had been injured": a
   * second "that" clause coordinated with the stretch after its cue is the same source's. The
   * stretch ends, a comma or none, "and" or "but" and the complementizer "that" follow, and the figure stands in the
   * next few words with no punctuation between.
   */
  private static boolean secondThat(Document doc, List<CoreLabel> tokens, int from, AttributedSpan a) {
    int contentBegin = index(doc, a.content().start());
    int contentEnd = index(doc, a.content().end());
    int[] cue = cueRange(doc, a.attribution());
    if (cue[1] > contentBegin || contentEnd <= tokens.get(0).beginPosition() || contentEnd > tokens.get(from).beginPosition()) {
      return false;
    }
    int i = 0;
    while (i < from && tokens.get(i).endPosition() <= contentEnd) {
      i++;
    }
    while (i < from && punctuation(tokens.get(i))) {
      i++;
    }
    if (i + 2 > from || i + 2 + SECOND_THAT_REACH < from || !COORDINATORS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
        || !tokens.get(i + 1).word().equalsIgnoreCase("that") || !"IN".equals(tokens.get(i + 1).tag())) {
      // the complementizer, not the determiner of "and that night 30 people drowned"
      return false;
    }
    for (int j = i + 2; j < from; j++) {
      if (punctuation(tokens.get(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "including 39 the army says are dead": the source's mention follows the figure with nothing
   * between, the cue follows the mention, and a verb follows the cue (the relative clause's
   * predicate, whose missing subject is the figure).
   */
  private static boolean relative(Document doc, List<CoreLabel> tokens, int to, Attribution at) {
    if (to >= tokens.size() || index(doc, at.mention().start()) != tokens.get(to).beginPosition()) {
      return false;
    }
    int mentionEnd = index(doc, at.mention().end());
    int cueBegin = index(doc, at.cue().start());
    int cueEnd = index(doc, at.cue().end());
    if (cueBegin < mentionEnd || !doc.text().substring(mentionEnd, cueBegin).isBlank()) {
      return false;
    }
    for (int i = to; i < tokens.size(); i++) {
      if (tokens.get(i).beginPosition() >= cueEnd) {
        String tag = tokens.get(i).tag();
        return tag.startsWith("VB") || tag.equals("MD");
      }
    }
    return false;
  }

  /** The UTF-16 range that holds the cue and the source's mention. */
  private static int[] cueRange(Document doc, Attribution at) {
    TextRef cue = at.cue();
    TextRef mention = at.mention();
    return new int[] {index(doc, Math.min(cue.start(), mention.start())), index(doc, Math.max(cue.end(), mention.end()))};
  }

  private static boolean punctuation(CoreLabel t) {
    return t.word().codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private static int index(Document doc, int codePoint) {
    return doc.codePoints().toIndex(codePoint);
  }
}
