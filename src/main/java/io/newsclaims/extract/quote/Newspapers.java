package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds the newspapers a document names, for "the newspaper said" and "the paper reported", which
 * the tagger often leaves untagged or takes for something else ("the Guardian", "The Sun"): a run
 * of proper nouns that holds a word newspapers are named by ("Financial Times", "Mail on Sunday",
 * "Arab News"; {@code models/newspaper-words.txt}) or that stands right beside a press noun
 * ("The Mirror newspaper", "Spanish daily ABC", "Vedomosti newspaper"). A short name stands for
 * the longer one named before it that holds its words ("the Telegraph" after "the Daily
 * Telegraph"). Holds per-document state: build one per document.
 */
final class Newspapers {
  private static final Lexicon WORDS = Lexicon.load("newspaper-words.txt");
  /** Nouns for a newspaper itself: "the newspaper", "the paper", "the daily", "the tabloid". */
  private static final Set<String> PRESS_NOUNS = Set.of("newspaper", "paper", "daily", "tabloid", "broadsheet", "weekly");
  /** Lower-case words inside a newspaper's name: "Mail on Sunday", "Journal of Commerce". */
  private static final Set<String> JOINERS = Set.of("on", "of", "de", "du", "del", "la", "le");
  /** Words after a name with "News" that make it a broadcaster's or a website's: "BBC News website". */
  private static final Set<String> NOT_PRINT = Set.of("website", "online", "channel", "programme", "program", "bulletin", "24");

  /** A newspaper's name in its fullest form, and where the document names it. */
  record Paper(int position, String name) {}

  private final List<Paper> papers = new ArrayList<>();

  Newspapers(List<CoreMap> sentences) {
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int i = 0;
      while (i < tokens.size()) {
        int end = runEnd(tokens, i);
        if (end > i) {
          int from = tokens.get(i).word().equals("The") ? i + 1 : i; // "The Sun": the name without its article
          if (from < end && isPaper(tokens, from, end)) {
            papers.add(new Paper(tokens.get(from).beginPosition(), fullest(MentionText.text(tokens, from, end))));
          }
          i = end;
        } else {
          i++;
        }
      }
    }
  }

  /** Whether {@code lemma} is a noun for a newspaper itself ("newspaper", "paper", "daily"). */
  static boolean isPressNoun(String lemma) {
    return PRESS_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** The name of the newspaper whose name begins at {@code position} ("Mail on Sunday", which the tagger cuts at its day); null if none. */
  String namedAt(int position) {
    for (Paper p : papers) {
      if (p.position == position) {
        return p.name;
      }
    }
    return null;
  }

  /** The newspaper named last before {@code position}; null if none. */
  Paper last(int position) {
    Paper last = null;
    for (Paper p : papers) {
      if (p.position < position) {
        last = p;
      }
    }
    return last;
  }

  /** The end of the run of proper nouns (with joiners inside: "Mail on Sunday") that starts at {@code i}; {@code i} if none. */
  private static int runEnd(List<CoreLabel> tokens, int i) {
    int end = i;
    while (end < tokens.size()) {
      CoreLabel t = tokens.get(end);
      if (t.tag().startsWith("NNP") || capitalisedWord(t)) {
        end++;
      } else if (end > i && JOINERS.contains(t.word()) && end + 1 < tokens.size() && tokens.get(end + 1).tag().startsWith("NNP")
          && (!"DATE".equals(tokens.get(end + 1).ner()) || tokens.get(end + 1).word().equals("Sunday"))) { // not "The New York Times on Tuesday"
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  /** Whether {@code t} is a newspaper's word written with a capital that the tagger left a common noun: "Mail" of "The Mail on Sunday". */
  private static boolean capitalisedWord(CoreLabel t) {
    return t.tag().startsWith("NN") && Character.isUpperCase(t.word().charAt(0)) && WORDS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** Whether proper nouns [from, to) name a newspaper: by a word of its name, or a press noun right beside them. */
  static boolean isPaper(List<CoreLabel> tokens, int from, int to) {
    if (beside(tokens, to) || (from > 0 && isPressNoun(lemma(tokens.get(from - 1))))) {
      return true; // "The Mirror newspaper", "Spanish daily ABC"
    }
    boolean person = true;
    for (int k = from; k < to; k++) {
      person &= "PERSON".equals(tokens.get(k).ner());
    }
    if (person) {
      return false; // "Tom Post"
    }
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (w.equals("news")) {
        boolean acronym = tokens.get(from).word().matches("[A-Z]{2,5}"); // "BBC News", "CNN News": a broadcaster
        boolean online = to < tokens.size() && NOT_PRINT.contains(tokens.get(to).word().toLowerCase(Locale.ROOT));
        if (!acronym && !online) {
          return true;
        }
      } else if (WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token at {@code i} is a press noun after a name: "The Mirror newspaper". */
  private static boolean beside(List<CoreLabel> tokens, int i) {
    return i < tokens.size() && tokens.get(i).tag().startsWith("NN") && !tokens.get(i).tag().startsWith("NNP")
        && isPressNoun(lemma(tokens.get(i)));
  }

  private static String lemma(CoreLabel t) {
    return t.lemma() == null ? t.word() : t.lemma();
  }

  /** The longer name named before that holds every word of {@code name} ("Telegraph" → "Daily Telegraph"); the name itself if none. */
  private String fullest(String name) {
    List<String> words = List.of(name.split("\\s+"));
    String best = name;
    for (Paper p : papers) {
      List<String> longer = List.of(p.name.split("\\s+"));
      if (longer.size() > best.split("\\s+").length && longer.containsAll(words)) {
        best = p.name;
      }
    }
    return best;
  }
}
