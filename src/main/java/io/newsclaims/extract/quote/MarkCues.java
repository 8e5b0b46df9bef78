package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the cue of a quotation from the words right beside its marks, for when the parser
 * attaches them wrongly (it often makes "said" the complement of the quotation's last clause):
 * "“…,” Ms. Lee said.", "“…?” asked Ann Lee.", "“…,” Dan Roe, a spokesman for the city, said
 * on Tuesday.", "Dan Roe said in an interview, “…”". The cue is a verb of saying (frame
 * {@code speech} in {@code models/cue-verbs.txt}); the source is the pronoun, name or noun
 * phrase between the closing mark and the cue, after an inverted cue, or before the cue that
 * introduces the quotation. A quotation after which the cue follows must end in punctuation
 * ("“We won,”", "“Why?”") or be followed by a comma, so that a term in marks inside a sentence
 * ("the “reform” failed") is never read as a quotation. The content of each report is the
 * quotation. Immutable and thread-safe.
 */
final class MarkCues {
  /** How many tokens an apposition or relative clause between a source and its cue may take. */
  private static final int INSERTION = 30;
  /** How many tokens may stand between a cue and the quotation it introduces ("said in an interview with CNN,"). */
  private static final int ADVERBIAL = 8;
  private static final Set<String> NOUN_PHRASE = Set.of("DT", "PRP$", "NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "CD", "POS", "HYPH");
  private static final Set<String> ADVERBIAL_TAGS = Set.of("IN", "DT", "NNP", "NNPS", "NN", "NNS", "JJ", "CD", "POS", "PRP$", "RB", "TO");
  static final Set<String> NOT_PREPOSITION = Set.of("that", "if", "whether", "because", "as");

  /** Verbs of saying that open a sentence before their source and a quotation: "Said Mr Fogg: “…”", "Added the mayor: “…”". */
  private static final Set<String> OPENING_CUES = Set.of("said", "says", "added", "adds", "asked", "explained", "wrote", "warned");

  private final CueLexicon lexicon;

  MarkCues(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The reports of sentence {@code s} whose cue stands beside a quotation's marks, one per
   * quotation at most; {@code text} is the document text the token offsets index.
   */
  List<Report> find(int s, SemanticGraph g, List<CoreLabel> tokens, List<QuoteMarks.Found> quotes, String text) {
    List<Report> out = new ArrayList<>();
    for (QuoteMarks.Found q : quotes) {
      Report r = after(s, g, tokens, q, quotes, text);
      if (r == null) {
        r = before(s, g, tokens, q, quotes, text);
      }
      if (r == null) {
        r = colon(s, g, tokens, q, quotes, text);
      }
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /** "“…,” Ms. Lee said.", "“…,” said Ann Lee.", "“…,” Dan Roe, a spokesman, said." */
  private Report after(int s, SemanticGraph g, List<CoreLabel> tokens, QuoteMarks.Found q, List<QuoteMarks.Found> quotes,
      String text) {
    int from = q.close() + (text.startsWith("''", q.close()) ? 2 : 1);
    int k = 0;
    while (k < tokens.size() && tokens.get(k).beginPosition() < from) {
      k++;
    }
    String gap = k < tokens.size() ? text.substring(from, tokens.get(k).beginPosition()) : "";
    if (k >= tokens.size() || !gap.matches("[\\s,]*") || gap.contains("\n")) {
      return null; // a cue in the next paragraph ("She added, “…”") is not this quotation's
    }
    boolean comma = gap.contains(",");
    if (!comma && !endsInPunctuation(text, q)) {
      return null; // "the “reform” failed": a term in marks, not a quotation with its cue
    }
    // "“Who will pay?”" split off from "asked Ann Lee.", also when the splitter gave the closing mark to the next sentence
    boolean ownSentence = tokens.get(0).beginPosition() >= q.close();
    while (k < tokens.size() && tokens.get(k).word().equals(",")) {
      k++;
    }
    if (k >= tokens.size() || TokenRanges.insideQuote(tokens.get(k).beginPosition(), quotes)) {
      return null;
    }
    if (isCue(tokens.get(k), false) && !subjectBeforeQuote(g, tokens, k, q)) {
      // inverted: "“…,” said Ann Lee", "“…,” says the ad's narrator"
      int[] np = nounPhraseFrom(tokens, k + 1);
      if (np == null) {
        return null;
      }
      return report(s, g, tokens, k, np, q);
    }
    boolean open = !q.closedByFullStop(text);
    if (open && tokens.get(k).tag().equals("VBD") && !ownSentence) {
      // "“…,” scoffed Ann Lee.": any verb in the slot of an inverted cue, before a name that ends the clause
      int[] np = nounPhraseFrom(tokens, k + 1);
      if (np != null && isName(tokens, np[0], np[1]) && endsClause(tokens, np[1] + 1)) {
        return report(s, g, tokens, k, np, q);
      }
    }
    if (ownSentence && !open) {
      // "… had used “drones.” The rebels did not respond …": a quotation closed by its full stop
      // is over; the next sentence's subject and verb are not its source and cue
      return null;
    }
    int[] np = nounPhraseFrom(tokens, k);
    if (np == null) {
      return null;
    }
    int v = cueAfter(tokens, np[1] + 1, quotes);
    if (v < 0 && open && !ownSentence && isName(tokens, np[0], np[1]) && np[1] + 1 < tokens.size()
        && tokens.get(np[1] + 1).tag().equals("VBD") && endsClause(tokens, np[1] + 2)) {
      v = np[1] + 1; // "“…,” Ann Lee scoffed."
    }
    if (v < 0 || (ownSentence ? !closed(tokens, v) : governsClause(tokens, v))) {
      // "“…,” he claimed they had never met": a cue that governs a clause of its own is not the
      // quotation's ("…he told the paper they had “been friends,” he claimed they had …")
      return null;
    }
    return report(s, g, tokens, v, np, q);
  }

  /** Whether token {@code k} ends a clause: a sentence end or a comma, or the sentence is over. */
  private static boolean endsClause(List<CoreLabel> tokens, int k) {
    return k >= tokens.size() || tokens.get(k).tag().equals(".") || tokens.get(k).word().equals(",");
  }

  /** "Dan Roe said, “…”", "Dan Roe, the mayor, said in a statement: “…”". */
  private Report before(int s, SemanticGraph g, List<CoreLabel> tokens, QuoteMarks.Found q, List<QuoteMarks.Found> quotes,
      String text) {
    int openBegin = q.open() > 0 && text.startsWith("''", q.open() - 1) ? q.open() - 1 : q.open();
    int o = -1;
    for (int i = 0; i < tokens.size() && o < 0; i++) {
      if (tokens.get(i).beginPosition() == openBegin) {
        o = i;
      }
    }
    if (o < 2 || !(tokens.get(o - 1).word().equals(",") || tokens.get(o - 1).word().equals(":"))) {
      return null;
    }
    int v = -1;
    for (int i = o - 2; i >= Math.max(0, o - 2 - ADVERBIAL) && v < 0; i--) {
      CoreLabel t = tokens.get(i);
      if ((isCue(t, false) || isParticiple(t) || putsIt(tokens, i)) && !TokenRanges.insideQuote(t.beginPosition(), quotes)) {
        v = i;
      } else if (!ADVERBIAL_TAGS.contains(t.tag()) && !isHearer(t)) {
        break;
      }
    }
    if (o > 2 && OPENING_CUES.contains(tokens.get(0).word().toLowerCase(Locale.ROOT)) && (v == 0 || v < 0 && tokens.get(0).tag().startsWith("NNP"))) {
      // "Said Mr Fogg: “…”": an inverted cue that opens the sentence, which the tagger may take for a name's first word
      int[] np = nounPhraseFrom(tokens, 1);
      return np != null && np[1] == o - 2 && !isPronoun(tokens.get(np[0])) ? report(s, g, tokens, 0, np, q) : null;
    }
    if (v < 1) {
      return null;
    }
    if (tokens.get(v - 1).word().equals(",") && !isParticiple(tokens.get(v)) && !putsIt(tokens, v) && !subjectBefore(g, v)
        && !lexicon.hasFrame(tokens.get(v).lemma(), CueLexicon.NOINVERT)) {
      // inverted: "Because of the calendar, explained Dan Roe, “…”"
      int[] np = nounPhraseFrom(tokens, v + 1);
      if (np != null && np[1] == o - 2 && !isPronoun(tokens.get(np[0]))) {
        return report(s, g, tokens, v, np, q);
      }
    }
    int quotedBy = QuotedAs.subjectEnd(tokens, v);
    if (quotedBy >= 0) {
      int[] np = nounPhraseTo(tokens, quotedBy); // "Ann Roe was quoted as saying: “…”"
      return np == null ? null : report(s, g, tokens, v, np, q);
    }
    if (isParticiple(tokens.get(v)) || tokens.get(v - 1).tag().equals("CC")) {
      // "Dan Roe left, saying, “…”", "Dan Roe stood up and joked, “…”": the governing verb's subject
      IndexedWord subject = governingSubject(g, g.getNodeByIndexSafe(v + 1));
      int[] np = subject == null ? null : nounPhraseTo(tokens, subject.index() - 1);
      return np == null ? null : report(s, g, tokens, v, np, q);
    }
    int b = v - 1;
    while (b >= 0 && (tokens.get(b).tag().startsWith("RB") || tokens.get(b).tag().equals("MD") || isAuxiliary(tokens.get(b)))) {
      b--;
    }
    if (b >= 0 && tokens.get(b).word().equals(",")) {
      // "Dan Roe, the mayor, said": the source is before the insertion
      int c = b - 1;
      while (c >= 0 && b - c <= INSERTION && !tokens.get(c).word().equals(",")) {
        if (isBoundary(tokens.get(c), quotes)) {
          return null;
        }
        c--;
      }
      if (c < 0 || b - c > INSERTION) {
        return null;
      }
      if (isName(tokens, c + 1, b - 1)) {
        return report(s, g, tokens, v, new int[] {c + 1, b - 1}, q); // "the mayor, Rita Moll, said"
      }
      b = c - 1;
    }
    int[] np = nounPhraseTo(tokens, b);
    if (np == null || TokenRanges.insideQuote(tokens.get(np[0]).beginPosition(), quotes)) {
      return null;
    }
    int[] named = roleWithoutClosingComma(tokens, b);
    if (named != null) {
      return report(s, g, tokens, v, new int[] {named[0], b}, named[1], q); // "Brent Bozell, PTC president and conservative activist said: “…”"
    }
    IndexedWord subject = subjectOver(g, v, np);
    if (subject != null) { // "A spokesman for the summit told reporters: “…”": the spokesman, not the summit
      return report(s, g, tokens, v, new int[] {Clauses.firstIndex(g, subject) - 1, np[1]}, subject.index() - 1, q);
    }
    return report(s, g, tokens, v, np, q);
  }

  /**
   * Whether the parse gives cue token {@code v} a subject before quotation {@code q} opens: in
   * "Mr. Manafort, citing “the unique magic of Trump,” said the candidate could …" the quotation
   * is the participle's object and the noun after "said" begins its clause, no inverted source.
   */
  private static boolean subjectBeforeQuote(SemanticGraph g, List<CoreLabel> tokens, int v, QuoteMarks.Found q) {
    IndexedWord subject = parsedSubject(g, v);
    return subject != null && tokens.get(subject.index() - 1).endPosition() <= q.open();
  }

  /** Whether the parse gives cue token {@code v} a subject before it: "X, who …, told reporters: “…”" is not inverted. */
  private static boolean subjectBefore(SemanticGraph g, int v) {
    IndexedWord subject = parsedSubject(g, v);
    return subject != null && subject.index() <= v;
  }

  /** The parsed subject (nsubj) of cue token {@code v}, or null. */
  private static IndexedWord parsedSubject(SemanticGraph g, int v) {
    IndexedWord cue = g.getNodeByIndexSafe(v + 1);
    return cue == null ? null : Clauses.child(g, cue, "nsubj");
  }

  /**
   * The parsed subject of cue token {@code v} when the noun phrase {@code np} right before the
   * cue is only its complement ("for the summit" of "A spokesman for the summit"); null if the
   * parse has no such subject.
   */
  private static IndexedWord subjectOver(SemanticGraph g, int v, int[] np) {
    IndexedWord subject = parsedSubject(g, v);
    IndexedWord last = g.getNodeByIndexSafe(np[1] + 1);
    if (subject == null || last == null || subject.index() - 1 >= np[0] || !subject.tag().startsWith("NN")
        || !g.descendants(subject).contains(last)) {
      return null;
    }
    // np must hang on the subject as its complement ("for the summit") or as the body a person
    // is with ("Colin Asplin, Blackpool Hotel Association said"), not as another description of
    // someone ("Tim Phillips, the American said" is a broken parse of "…, the American said")
    for (IndexedWord w = last; !w.equals(subject); w = g.getParent(w)) {
      String rel = Clauses.rel(g, w);
      if (rel.equals("conj") && w.equals(last)) {
        return null; // "after a 0-0 tie at Old Trafford and Ancelotti said:": a name joined by "and", no complement
      }
      if (rel.equals("nmod") || rel.equals("appos") && "ORGANIZATION".equals(w.ner()) && "PERSON".equals(subject.ner())) {
        return subject;
      }
    }
    return null;
  }

  /**
   * "President Ann Lee released a statement: “…”", "As Dan Roe put it: “…”": a sentence that
   * ends in a colon right before the quotation (in its paragraph or the one before) is the
   * quotation's cue, whatever its verb: the main verb, whose subject (or "as X") must be a name,
   * a pronoun or a source noun.
   */
  private Report colon(int s, SemanticGraph g, List<CoreLabel> tokens, QuoteMarks.Found q, List<QuoteMarks.Found> quotes,
      String text) {
    int openBegin = q.open() > 0 && text.startsWith("''", q.open() - 1) ? q.open() - 1 : q.open();
    int c = -1;
    for (int i = 0; i < tokens.size() && tokens.get(i).endPosition() <= openBegin; i++) {
      c = i;
    }
    if (c < 1 || !tokens.get(c).word().equals(":") || !text.substring(tokens.get(c).endPosition(), openBegin).isBlank()
        || TokenRanges.insideQuote(tokens.get(c).beginPosition(), quotes)) {
      return null;
    }
    // the head of the words before the colon: climb from the last word while the head stays before it
    IndexedWord root = g.getNodeByIndexSafe(c);
    while (root != null && g.getParent(root) != null && g.getParent(root).index() <= c) {
      root = g.getParent(root);
    }
    if (root == null || !root.tag().startsWith("VB") || TokenRanges.insideQuote(root.beginPosition(), quotes)) {
      return null;
    }
    IndexedWord subject = Clauses.child(g, root, "nsubj");
    if (subject == null) {
      for (IndexedWord obl : Clauses.children(g, root, "obl")) {
        IndexedWord as = Clauses.child(g, obl, "case");
        if (as != null && as.word().equalsIgnoreCase("as") && obl.index() < root.index()) {
          subject = obl; // "As Dan Roe put it:"
        }
      }
    }
    if (subject == null || subject.index() > root.index() || !isSource(subject)) {
      return null;
    }
    int[] np = nounPhraseTo(tokens, subject.index() - 1);
    return np == null ? null : report(s, g, tokens, root.index() - 1, np, q);
  }

  /**
   * The subject of the verb that a participle or a coordinated verb hangs on ("Dan Roe left,
   * saying …", "Dan Roe stood and joked …"), or of the main clause that a detached participle
   * reports for ({@link DetachedParticiple}), if it is a source; null otherwise.
   */
  private IndexedWord governingSubject(SemanticGraph g, IndexedWord v) {
    IndexedWord main = v == null ? null : DetachedParticiple.clause(g, v);
    IndexedWord mainSubject = main == null ? null : Clauses.child(g, main, "nsubj");
    if (mainSubject != null && mainSubject.index() < v.index() && isSource(mainSubject)) {
      return mainSubject; // "Ann Roe bristled at the suggestion that he was to blame, saying, “…”"
    }
    IndexedWord w = v;
    for (int depth = 0; w != null && depth < 4; depth++) {
      IndexedWord subject = Clauses.child(g, w, "nsubj");
      if (subject != null) {
        return w != v && subject.index() < v.index() && isSource(subject) ? subject : null;
      }
      String rel = Clauses.rel(g, w);
      // "released a statement saying …", but not "read a letter from the union saying …"
      boolean statement = rel.equals("obj") && w != v && Clauses.child(g, w, "nmod") == null;
      if (!(rel.equals("advcl") || rel.equals("xcomp") || rel.equals("dep") || rel.equals("conj") || rel.equals("parataxis")
          || rel.equals("acl") || statement)) {
        return null;
      }
      w = g.getParent(w);
    }
    return null;
  }

  /** "As Dan Roe put it, “…”": "put it" as a verb of saying. */
  private static boolean putsIt(List<CoreLabel> tokens, int i) {
    return tokens.get(i).tag().equals("VBD") && tokens.get(i).lemma().equalsIgnoreCase("put") && i + 1 < tokens.size()
        && tokens.get(i + 1).word().equalsIgnoreCase("it");
  }

  /** A verb of saying as a participle: "saying", "adding", "remarking". */
  private boolean isParticiple(CoreLabel t) {
    return t.tag().equals("VBG") && lexicon.hasFrame(t.lemma(), CueLexicon.SPEECH);
  }

  /** A name, a personal pronoun or a noun of {@code models/source-nouns.txt}. */
  private boolean isSource(IndexedWord w) {
    String tag = w.tag();
    return (tag.equals("PRP") && CueSources.PRONOUNS.contains(w.word().toLowerCase(Locale.ROOT))) || tag.startsWith("NNP")
        || "PERSON".equals(w.ner()) || "ORGANIZATION".equals(w.ner()) || (tag.startsWith("NN") && lexicon.isSourceNoun(w.lemma()));
  }

  /**
   * The cue after a source that ends at token {@code k - 1}: after adverbs and auxiliaries
   * ("Dan Roe also said"), or after an apposition or relative clause closed by a comma ("Dan
   * Roe, the mayor, said") or set apart by spaced dashes ("Dan Roe - then the mayor - said");
   * its token index, or -1.
   */
  private int cueAfter(List<CoreLabel> tokens, int k, List<QuoteMarks.Found> quotes) {
    boolean dash = spacedDash(tokens, k); // "Ann Roe - then adviser to the mayor - told": dashes set the apposition apart
    if (k < tokens.size() && (tokens.get(k).word().equals(",") || dash)) {
      int j = k + 1;
      while (j < tokens.size() && j - k <= INSERTION) {
        CoreLabel t = tokens.get(j);
        if (isBoundary(t, quotes)) {
          return -1;
        }
        if (dash ? spacedDash(tokens, j) : t.word().equals(",")) {
          int v = skipAdverbs(tokens, j + 1);
          if (v < tokens.size() && isCue(tokens.get(v), true)) {
            return v;
          }
        }
        j++;
      }
      return -1;
    }
    int v = skipAdverbs(tokens, k);
    for (int as = v; as < tokens.size() && as - v <= 8; as++) {
      if (QuotedAs.subjectEnd(tokens, as) == k - 1) {
        return as; // "“…,” the Arsenal boss is quoted as saying."
      }
    }
    return v < tokens.size() && isCue(tokens.get(v), true) ? v : -1;
  }

  /** Whether token {@code k} is a dash with a space before it, not a hyphen inside a word. */
  private static boolean spacedDash(List<CoreLabel> tokens, int k) {
    return k > 0 && k < tokens.size() && TokenRanges.isDash(tokens.get(k).word())
        && tokens.get(k).beginPosition() > tokens.get(k - 1).endPosition();
  }

  private static int skipAdverbs(List<CoreLabel> tokens, int k) {
    while (k < tokens.size() && (tokens.get(k).tag().startsWith("RB") || tokens.get(k).tag().equals("MD") || isAuxiliary(tokens.get(k)))) {
      k++;
    }
    return k;
  }

  /**
   * Whether the cue at token {@code v} goes on with a clause of its own: "that", or a pronoun,
   * determiner or noun (not a hearer of "told") followed by a finite verb before the next comma.
   */
  private boolean governsClause(List<CoreLabel> tokens, int v) {
    int k = v + 1;
    if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("that")) {
      return true;
    }
    if (k >= tokens.size() || !tokens.get(k).tag().matches("PRP\\$?|DT|NNS?|EX") || lexicon.hasFrame(tokens.get(v).lemma(), CueLexicon.HEARER)) {
      return false;
    }
    for (int j = k + 1; j < tokens.size() && !tokens.get(j).word().equals(",") && !tokens.get(j).tag().equals("."); j++) {
      if (TokenCues.isFinite(tokens.get(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a cue at token {@code v} that opens a sentence of its own ends there ("Ann Lee
   * said.", "Ann Lee said on Monday.", "he told reporters."), rather than governing a clause
   * of its own ("Ann Lee said the vote was fair.").
   */
  private boolean closed(List<CoreLabel> tokens, int v) {
    int k = v + 1;
    if (lexicon.hasFrame(tokens.get(v).lemma(), CueLexicon.HEARER)) {
      while (k < tokens.size() && (tokens.get(k).tag().startsWith("NN") || tokens.get(k).tag().equals("PRP")
          || tokens.get(k).tag().equals("DT") || tokens.get(k).tag().equals("POS"))) {
        k++;
      }
    }
    if (k >= tokens.size()) {
      return true;
    }
    CoreLabel t = tokens.get(k);
    String tag = t.tag();
    // a colon opens what follows ("He added: “…”"), a semicolon closes the cue's clause
    // an adverb after the cue is no clause, but "there" opens one, tagged an adverb or not ("admitted there had been …")
    return tag.equals(".") || tag.equals(",") || (tag.equals(":") && !t.word().equals(":"))
        || tag.startsWith("RB") && !t.word().equalsIgnoreCase("there")
        || (tag.equals("IN") && !NOT_PREPOSITION.contains(t.word().toLowerCase(Locale.ROOT)))
        || "DATE".equals(t.ner()) || "TIME".equals(t.ner());
  }

  /** A verb of saying; a participle only after an auxiliary ("has said"), an inverted cue only finite. */
  private boolean isCue(CoreLabel t, boolean afterSource) {
    String tag = t.tag();
    boolean finite = tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
    boolean participle = afterSource && (tag.equals("VBN") || tag.equals("VB"));
    return (finite || participle) && lexicon.hasFrame(t.lemma(), CueLexicon.SPEECH);
  }

  private static boolean isHearer(CoreLabel t) {
    return t.tag().equals("PRP") || t.tag().equals("PRP$");
  }

  private static boolean isAuxiliary(CoreLabel t) {
    String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
    return t.tag().startsWith("VB") && (lemma.equals("have") || lemma.equals("do"));
  }

  /** A token a source phrase never crosses: a quotation mark, a sentence end, a semicolon or colon. */
  private static boolean isBoundary(CoreLabel t, List<QuoteMarks.Found> quotes) {
    String tag = t.tag();
    return tag.equals("``") || tag.equals("''") || tag.equals(".") || tag.equals(":")
        || TokenRanges.insideQuote(t.beginPosition(), quotes);
  }

  /**
   * The noun phrase that starts at token {@code k}: a personal pronoun, or a run of
   * determiners, adjectives, numbers, nouns and names that ends in a noun or a name;
   * {first, last} token indices, or null.
   */
  private static int[] nounPhraseFrom(List<CoreLabel> tokens, int k) {
    if (k >= tokens.size()) {
      return null;
    }
    if (isPronoun(tokens.get(k))) {
      return new int[] {k, k};
    }
    int last = -1;
    for (int i = k; i < tokens.size() && inNounPhrase(tokens.get(i)); i++) {
      if (isNoun(tokens.get(i))) {
        last = i;
      }
    }
    return last < 0 ? null : new int[] {k, last};
  }

  /**
   * The noun phrase that ends at token {@code b}, back to its determiner at most; null if {@code b}
   * is no noun. A person's name with "of" and a place after it is a peer's title, one phrase:
   * "Lord Nicholls of Birkenhead".
   */
  private static int[] nounPhraseTo(List<CoreLabel> tokens, int b) {
    if (b < 0) {
      return null;
    }
    if (isPronoun(tokens.get(b))) {
      return new int[] {b, b};
    }
    if (!isNoun(tokens.get(b))) {
      return null;
    }
    int first = b;
    while (first > 0 && inNounPhrase(tokens.get(first - 1)) && !tokens.get(first).tag().equals("DT")) {
      first--;
    }
    if (first > 1 && tokens.get(first).tag().startsWith("NNP") && peerOf(tokens, first - 1)) {
      int[] person = nounPhraseTo(tokens, first - 2);
      return person == null ? new int[] {first, b} : new int[] {person[0], b};
    }
    return new int[] {first, b};
  }

  /** Whether token {@code i} is the "of" of a peer's title, right after a person's name: "Lord Nicholls of Birkenhead". */
  private static boolean peerOf(List<CoreLabel> tokens, int i) {
    CoreLabel person = i > 0 ? tokens.get(i - 1) : null;
    return tokens.get(i).word().equals("of") && person != null && person.tag().startsWith("NNP") && "PERSON".equals(person.ner());
  }

  /**
   * The name (a run of proper nouns) before a comma that opens its roles, joined by "and", which
   * run to the cue with no closing comma ("Brent Bozell, PTC president and conservative activist
   * said:"): the name's first and last words, when {@code b}, the last role's head, names a
   * person's role; null otherwise.
   */
  private static int[] roleWithoutClosingComma(List<CoreLabel> tokens, int b) {
    CoreLabel head = tokens.get(b);
    String lemma = (head.lemma() == null ? head.word() : head.lemma()).toLowerCase(Locale.ROOT);
    if (!(SourceWords.namesPerson(lemma) || SourceWords.isPersonRole(lemma))) {
      return null;
    }
    int k = b - 1;
    boolean joined = false;
    while (k > 0 && (inNounPhrase(tokens.get(k)) || tokens.get(k).tag().equals("CC")) && !tokens.get(k).word().equals(",")) {
      joined |= tokens.get(k).tag().equals("CC");
      k--; // back over the roles: "PTC president and conservative activist"
    }
    if (!joined || k < 1 || !tokens.get(k).word().equals(",") || !tokens.get(k - 1).tag().startsWith("NNP")) {
      return null;
    }
    int first = k - 1;
    while (first > 0 && tokens.get(first - 1).tag().startsWith("NNP")) {
      first--;
    }
    return new int[] {first, k - 1};
  }

  /** Whether tokens [from, to] are one name: proper nouns or PERSON words. */
  private static boolean isName(List<CoreLabel> tokens, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!tokens.get(i).tag().startsWith("NNP") && !"PERSON".equals(tokens.get(i).ner())) {
        return false;
      }
    }
    return from <= to;
  }

  private static boolean isPronoun(CoreLabel t) {
    return t.tag().equals("PRP") && CueSources.PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static boolean isNoun(CoreLabel t) {
    return t.tag().startsWith("NN") || "PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner()) || mistagged(t);
  }

  private static boolean inNounPhrase(CoreLabel t) {
    return NOUN_PHRASE.contains(t.tag()) || "PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner()) || mistagged(t);
  }

  /** A capitalized word inside a sentence that the tagger took for a verb or adjective: a name ("Shook said"). */
  private static boolean mistagged(CoreLabel t) {
    String w = t.word();
    return t.index() > 1 && (t.tag().startsWith("VB") || t.tag().equals("JJ")) && w.length() > 1
        && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase);
  }

  private static boolean endsInPunctuation(String text, QuoteMarks.Found q) {
    String content = text.substring(q.contentBegin(), q.contentEnd()).strip();
    return !content.isEmpty() && ",.?!—–…-".indexOf(content.charAt(content.length() - 1)) >= 0;
  }

  /**
   * A report of cue token {@code v} and the source phrase {@code np}, whose head is its last
   * noun (or its pronoun); null when the graph lacks the words.
   */
  private static Report report(int s, SemanticGraph g, List<CoreLabel> tokens, int v, int[] np, QuoteMarks.Found q) {
    int head = np[1];
    for (int i = np[0]; i <= np[1] && !peerOf(tokens, i); i++) { // "Lord Nicholls of Birkenhead": the person, not the place
      if (isNoun(tokens.get(i)) || isPronoun(tokens.get(i))) {
        head = i; // "the ad's narrator": the head follows the possessor
      }
    }
    return report(s, g, tokens, v, np, head, q);
  }

  /** The report of cue token {@code v} with source phrase {@code np} headed by token {@code head}. */
  private static Report report(int s, SemanticGraph g, List<CoreLabel> tokens, int v, int[] np, int head, QuoteMarks.Found q) {
    IndexedWord cue = g.getNodeByIndexSafe(v + 1);
    IndexedWord source = g.getNodeByIndexSafe(head + 1);
    if (cue == null || source == null) {
      return null;
    }
    CoreLabel c = tokens.get(v);
    return new Report(s, g, Report.Kind.DIRECT, c.beginPosition(), c.endPosition(), cue, source,
        tokens.get(np[0]).beginPosition(), tokens.get(np[1]).endPosition(), q.contentBegin(), q.contentEnd());
  }
}
