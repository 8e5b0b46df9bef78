package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsclaims.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ends a report's content where another attribution of the same sentence begins, so that one
 * claim does not swallow the next: a contrastive clause with a subject and a cue verb of its own
 * after a comma, semicolon, colon or dash ("X said the plan would fail, although Y insisted that
 * …", "…; she called it …", "…, who says …"), and a participle of a cue verb after a comma ("…,
 * telling reporters that …", "…, adding that …"). Only a content that follows its cue is cut, and only at a break
 * inside it; the clause after the break keeps its own report. A content that the parser gives as
 * a relative pronoun alone ("the deal, which the union said would cost jobs") becomes the clause
 * after the cue, and a number that ends the name the cue speaks to ("told BBC News 24 the …")
 * no word of the content. The connectives are the data file
 * {@code models/content-breaks.txt}. Immutable and thread-safe.
 */
final class ContentBounds {
  private static final Set<String> BREAKS = Set.of(",", ";", ":", "--", "—", "–");
  /** Breaks after which a clause needs no connective to be a new sentence of its own ("…; she called it …", "…: a poll found …"). */
  private static final Set<String> FULL_STOPS = Set.of(";", ":");
  /** Relative pronouns that a cue inside a relative clause may take for its object ("which the union said …"); not a free "what". */
  private static final Set<String> RELATIVE = Set.of("which", "that", "who", "whom");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never");
  private static final Set<Report.Kind> CUT = Set.of(Report.Kind.CLAUSE, Report.Kind.NOMINAL, Report.Kind.NOUN);

  private final CueLexicon lexicon;
  private final List<String[]> connectives;
  private final CueSources sources;

  ContentBounds(CueLexicon lexicon, Lexicon connectives) {
    this.lexicon = lexicon;
    this.sources = new CueSources(lexicon);
    this.connectives = connectives.entries().stream().map(c -> c.split("\\s+")).toList();
  }

  /** The bounds of {@code models/content-breaks.txt}. */
  static ContentBounds load(CueLexicon lexicon) {
    return new ContentBounds(lexicon, Lexicon.load("content-breaks.txt"));
  }

  /**
   * {@code reports} of one sentence, each content ended at the first break inside it, and
   * reaching to the end of a report nested in it.
   */
  List<Report> apply(List<Report> reports, SemanticGraph g, List<CoreLabel> tokens) {
    List<Report> cut = new ArrayList<>(reports.size());
    for (Report r : reports) {
      cut.add(cut(r, g, tokens));
    }
    List<Report> reached = new ArrayList<>(cut.size());
    for (Report r : cut) {
      reached.add(reachNested(r, cut));
    }
    List<Report> out = new ArrayList<>(reached.size());
    for (Report r : reached) {
      Report bounded = afterNameNumber(beforeOwnCue(beforeClosingCue(r, reached), reached, tokens), tokens);
      out.add(beforeMainVerb(throughQuotedInfinitive(bounded, tokens), tokens));
    }
    return out;
  }

  /**
   * "Preliminary findings suggest the train had been left on the main line, Deputy Transport
   * Minister Anvar Yusupov told reporters": where the parser hangs a closing cue inside the clause
   * an earlier cue reports, that clause ends where the closing cue's content does, before the
   * comma and the name; the closing cue reports the whole.
   */
  private static Report beforeClosingCue(Report r, List<Report> reports) {
    for (Report closing : reports) {
      boolean closes = closing != r && closing.contentEnd() <= closing.mentionBegin() && closing.contentBegin() <= r.cueBegin();
      if (closes && r.contentBegin() >= r.cueEnd() && closing.cueBegin() > r.contentBegin() && closing.cueBegin() < r.contentEnd()
          && closing.contentEnd() > r.contentBegin()) {
        return r.withContent(r.contentBegin(), closing.contentEnd());
      }
    }
    return r;
  }

  /**
   * "Amnesty International, which said in a report that the prisons were full, called for an
   * inquiry": a cue in a relative clause on the noun phrase that opens the sentence reports up to
   * the comma before the main clause's verb, which the parser may take into the reported clause.
   */
  private static Report beforeMainVerb(Report r, List<CoreLabel> tokens) {
    int rel = relativeOfCue(r, tokens);
    if (rel < 2 || !tokens.get(rel - 1).word().equals(",")
        || tokens.subList(0, rel - 1).stream().anyMatch(t -> t.tag().startsWith("VB") || t.tag().equals("MD"))) {
      return r; // only a relative clause on the sentence's opening noun phrase, before any verb
    }
    for (int k = rel + 1; k + 1 < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      if (t.beginPosition() >= r.contentEnd()) {
        break;
      }
      int verb = k + 1;
      while (verb + 1 < tokens.size() && tokens.get(verb).tag().equals("RB")) {
        verb++; // "…, could barely suppress their anger", "…, also called for"
      }
      if (t.beginPosition() > r.contentBegin() && t.word().equals(",") && tokens.get(verb).tag().matches("VB[DNZP]|MD")) {
        return r.withContent(r.contentBegin(), tokens.get(k - 1).endPosition());
      }
    }
    return r;
  }

  /**
   * The 0-based index of the relative pronoun whose clause holds {@code r}'s cue, with no comma
   * between them ("Ann Roe, who said …", not "…, who asked not to be named, told"); -1 if none.
   */
  private static int relativeOfCue(Report r, List<CoreLabel> tokens) {
    for (int k = 1; k < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      if (t.beginPosition() >= r.mentionBegin() && t.endPosition() <= r.cueBegin() && RELATIVE_SUBJECTS.contains(t.word().toLowerCase(Locale.ROOT))) {
        boolean commaToCue = tokens.stream().anyMatch(c -> c.word().equals(",") && c.beginPosition() > t.beginPosition() && c.endPosition() <= r.cueBegin());
        return commaToCue ? -1 : k;
      }
    }
    return -1;
  }

  /** Relative pronouns that open a clause about a person or a body set off by commas. */
  private static final Set<String> RELATIVE_SUBJECTS = Set.of("who", "which");

  /**
   * "called on the project's critics to “respect the court.”": the parser reads a quoted
   * infinitive as a phrase of "to" and leaves it out of the cue's object; the content that ends
   * right before "to" and an opening mark goes on to the closing mark.
   */
  private static Report throughQuotedInfinitive(Report r, List<CoreLabel> tokens) {
    for (int k = 0; k + 2 < tokens.size(); k++) {
      if (tokens.get(k).endPosition() != r.contentEnd()) {
        continue;
      }
      if (!tokens.get(k + 1).word().equalsIgnoreCase("to") || !TokenRanges.isQuoteMark(tokens.get(k + 2)) || !"``".equals(tokens.get(k + 2).tag())) {
        return r;
      }
      for (int j = k + 3; j < tokens.size(); j++) {
        if (TokenRanges.isQuoteMark(tokens.get(j))) {
          return "''".equals(tokens.get(j).tag()) && j > k + 3 ? r.withContent(r.contentBegin(), tokens.get(j).endPosition()) : r;
        }
      }
      return r;
    }
    return r;
  }

  /**
   * "told BBC News 24 the latest success was …": a number right after the name the cue speaks
   * to ends that name; the parser, which hangs it on the clause, made it the content's first word.
   */
  private static Report afterNameNumber(Report r, List<CoreLabel> tokens) {
    for (int k = 1; k + 1 < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      if (t.beginPosition() == r.contentBegin()) {
        boolean nameNumber = t.tag().equals("CD") && tokens.get(k - 1).tag().equals("NNP") && tokens.get(k - 1).beginPosition() > r.cueEnd()
            && !tokens.get(k + 1).tag().matches("NN.*|JJ.*|CD"); // not a number that counts: "told Reuters 15 people were killed"
        return nameNumber && r.contentEnd() > tokens.get(k + 1).beginPosition()
            ? r.withContent(tokens.get(k + 1).beginPosition(), r.contentEnd()) : r;
      }
    }
    return r;
  }

  /**
   * "Lee said the town did not want a war and urged the state to act": where the parser joins a
   * second cue of the same speaker, or of one named before this report's, to the reported clause,
   * after "and" or "but", the content ends before that conjunction; the second cue keeps its own report.
   */
  private static Report beforeOwnCue(Report r, List<Report> reports, List<CoreLabel> tokens) {
    if (!CUT.contains(r.kind()) || r.contentBegin() < r.cueEnd()) {
      return r;
    }
    for (Report inner : reports) {
      int k = inner.cue().index() - 2; // 0-based index of the token before the inner cue, then before its auxiliaries
      while (k > 0 && ownAuxiliary(inner, k)) {
        k--; // "but did not suggest"
      }
      // the same speaker, or one named before this report's own ("Sali said the party would file
      // protests where it suspected fraud, and denied …": "denied" is Sali's, not the clause of "it suspected")
      boolean sameOrOuter = inner.source().equals(r.source()) || inner.mentionEnd() <= r.mentionBegin();
      if (inner == r || !sameOrOuter || inner.cueBegin() <= r.contentBegin() || inner.cueBegin() >= r.contentEnd()
          || k < 1 || !tokens.get(k).tag().equals("CC") || !tokens.get(k).word().matches("(?i)and|but")) {
        continue;
      }
      int end = k - 1;
      while (end > 0 && TokenRanges.isPunct(tokens.get(end))) {
        end--;
      }
      if (tokens.get(end).endPosition() > r.contentBegin()) {
        return r.withContent(r.contentBegin(), tokens.get(end).endPosition());
      }
    }
    return r;
  }

  /** Whether 0-based token {@code k} is a "do" or an adverb of the cue of {@code r} ("but did not suggest"). */
  private static boolean ownAuxiliary(Report r, int k) {
    SemanticGraph g = r.graph();
    IndexedWord w = g.getNodeByIndexSafe(k + 1);
    return w != null && r.cue().equals(g.getParent(w)) && ("advmod".equals(Clauses.rel(g, w)) || "aux".equals(Clauses.rel(g, w)) && w.lemma().equals("do"));
  }

  /**
   * "Lee said she hoped the plan would pass": where the parser ends a clause content inside the
   * content of a cue it holds (it made "said" the subject of "pass"), the content reaches to
   * the end of that nested content.
   */
  private static Report reachNested(Report r, List<Report> reports) {
    if (r.kind() != Report.Kind.CLAUSE || r.contentBegin() < r.cueEnd()) {
      return r;
    }
    for (Report inner : reports) {
      if (inner != r && inner.cueBegin() >= r.contentBegin() && inner.cueEnd() <= r.contentEnd() && inner.contentBegin() >= inner.cueEnd()
          && inner.contentBegin() < r.contentEnd() && inner.contentEnd() > r.contentEnd()) {
        return r.withContent(r.contentBegin(), inner.contentEnd());
      }
    }
    return r;
  }

  private Report cut(Report r, SemanticGraph g, List<CoreLabel> tokens) {
    Report clause = relativeClause(r, g, tokens);
    if (clause != null) {
      return clause;
    }
    if (!CUT.contains(r.kind()) || r.contentBegin() < r.cueEnd()) {
      return r;
    }
    int main = FrontedClause.mainClause(tokens, r.cue().index() - 1);
    if (main > 0 && r.cueEnd() <= tokens.get(main).beginPosition() && r.contentEnd() > tokens.get(main).beginPosition()) {
      // "Even as he accused X of Y, Giuliani would not …": a cue in a subordinate clause reports up to its comma
      int end = main - 1;
      while (end > 0 && TokenRanges.isPunct(tokens.get(end))) {
        end--;
      }
      r = tokens.get(end).endPosition() > r.contentBegin() ? r.withContent(r.contentBegin(), tokens.get(end).endPosition()) : r;
    }
    int first = -1; // 0-based index of the content's first token
    for (int k = 0; k < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      if (t.beginPosition() >= r.contentEnd()) {
        break;
      }
      if (t.beginPosition() < r.contentBegin()) {
        continue;
      }
      if (first < 0) {
        first = k;
      } else if (BREAKS.contains(t.word()) && (contrast(g, tokens, k, r) || participle(g, tokens, k, r))) {
        int end = k - 1;
        while (end >= first && TokenRanges.isPunct(tokens.get(end))) {
          end--;
        }
        return end < first ? r : r.withContent(r.contentBegin(), tokens.get(end).endPosition());
      }
    }
    return r;
  }

  /**
   * "the agreement, which the union said would cost jobs": a cue whose content the parser gives
   * as the relative pronoun alone (its object) reports the clause after the cue; null when
   * {@code r} is not of this shape.
   */
  private static Report relativeClause(Report r, SemanticGraph g, List<CoreLabel> tokens) {
    IndexedWord obj = Clauses.child(g, r.cue(), "obj");
    if (r.kind() != Report.Kind.NOMINAL || obj == null || !RELATIVE.contains(obj.word().toLowerCase(Locale.ROOT)) || obj.index() > r.cue().index()
        || r.contentBegin() != obj.beginPosition() || r.contentEnd() != obj.endPosition()) {
      return null;
    }
    for (IndexedWord c : g.getChildList(r.cue())) {
      if (c.index() > r.cue().index() && Clauses.rel(g, c).matches("dep|ccomp|xcomp|parataxis")) {
        int[] range = TokenRanges.range(tokens, g.descendants(c), Set.of());
        return range == null ? null : r.withContent(range[0], range[1]);
      }
    }
    return null;
  }

  /**
   * Whether the break at 0-based token {@code k} opens a clause of its own attribution: after a
   * connective (none needed after a semicolon or colon), the clause's first verb is a cue verb with its
   * own subject between the break and the verb.
   */
  private boolean contrast(SemanticGraph g, List<CoreLabel> tokens, int k, Report r) {
    int from = k + 1;
    int after = connective(tokens, from);
    if (after > from) {
      from = after;
    } else if (!FULL_STOPS.contains(tokens.get(k).word())) {
      return false;
    }
    for (int i = from; i < tokens.size() && tokens.get(i).beginPosition() < r.contentEnd(); i++) {
      CoreLabel t = tokens.get(i);
      if (TokenRanges.isPunct(t)) {
        return false; // the clause's verb comes before any other punctuation
      }
      IndexedWord w = g.getNodeByIndexSafe(i + 1);
      if (w == null || !(t.tag().startsWith("VB") || t.tag().equals("MD")) || Clauses.rel(g, w).startsWith("aux")) {
        continue;
      }
      // the relative pronoun itself may be the subject ("…, who says it is 'disastrous'")
      int subjectFrom = from > k + 1 && RELATIVE.contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT)) ? from - 1 : from;
      return lexicon.isCueVerb(w.lemma()) && !w.equals(r.cue()) && ownSubject(g, w, subjectFrom) && !sources.thingRelative(g, w);
    }
    return false;
  }

  /** Whether cue {@code w} has a subject of its own at or after 0-based token {@code from}. */
  private static boolean ownSubject(SemanticGraph g, IndexedWord w, int from) {
    for (String rel : List.of("nsubj", "nsubj:pass")) {
      IndexedWord s = Clauses.child(g, w, rel);
      if (s != null && s.index() - 1 >= from && s.index() < w.index()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the break at 0-based token {@code k} is a comma before a participle of a cue verb (", telling …"). */
  private boolean participle(SemanticGraph g, List<CoreLabel> tokens, int k, Report r) {
    int i = k + 1;
    if (!tokens.get(k).word().equals(",") || i >= tokens.size()) {
      return false;
    }
    if (tokens.get(i).tag().startsWith("RB") && !NEGATION.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)) && i + 1 < tokens.size()) {
      i++; // ", also adding …"; not ", not agreeing …", which continues the content
    }
    IndexedWord w = g.getNodeByIndexSafe(i + 1);
    return w != null && tokens.get(i).tag().equals("VBG") && lexicon.isCueVerb(w.lemma()) && !w.equals(r.cue())
        && tokens.get(i).beginPosition() < r.contentEnd();
  }

  /** The 0-based index after a connective of the list that starts at token {@code from}; {@code from} if none. */
  private int connective(List<CoreLabel> tokens, int from) {
    for (String[] c : connectives) {
      int i = 0;
      while (i < c.length && from + i < tokens.size() && tokens.get(from + i).word().equalsIgnoreCase(c[i])) {
        i++;
      }
      if (i == c.length) {
        return from + i;
      }
    }
    return from;
  }
}
