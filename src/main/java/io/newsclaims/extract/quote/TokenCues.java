package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a report from the token sequence where the dependency parse misplaces its cue or loses
 * its subject in a long sentence: a cue that closes its sentence ("…, records show."), an
 * inverted one ("…, said Rita Katz, the …"), a long fronted subject ("The director, who …,
 * said …") and the clause right after a cue the parser hung elsewhere ("Goff said succeeding in
 * 2016 is …"). The source must pass the same test as a parsed cue's subject. Immutable and
 * thread-safe.
 */
final class TokenCues {
  /** Lower-case words that show a sentence is prose and not a headline in title case. */
  private static final int PROSE_WORDS = 4;
  /** The most words a closing cue of the hearer frame gives whom it was said to: "told the Associated Press news agency". */
  private static final int ADDRESSEE_WORDS = 5;
  /** The most words an inverted source's firm and place may take after its name: "of JPMorgan Chase bank in Tokyo". */
  private static final int AFFILIATION_WORDS = 10;
  /** Prepositions that lengthen a source's noun phrase: "the Ministry of Health", "the head of police in Lagos". */
  private static final Set<String> OF_PHRASE = Set.of("of", "in", "for");
  /** Words that may follow the head of a long subject: "the campaign, which …", "veterans interviewed at …". */
  private static final Pattern POSTMODIFIER = Pattern.compile(",|IN|VBN|VBG|WDT|WP|TO");

  private final CueLexicon lexicon;
  private final CueSources sources;

  TokenCues(CueLexicon lexicon, CueSources sources) {
    this.lexicon = lexicon;
    this.sources = sources;
  }

  /**
   * "…, the airline said Thursday.", "…, records show.", "…, Wang Yi said after the closing
   * ceremony.": a cue word after a comma and a noun phrase, followed by nothing but a date, a
   * prepositional phrase with no verb, or an adjunct set off by a comma ("…, officials said, as
   * crowds gathered"), closes the sentence and reports everything before the comma. Read from
   * the tokens, for sentences where the parser hangs the cue or its subject elsewhere; the noun
   * phrase must pass the same source test as a cue verb's subject.
   */
  Report closing(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord v) {
    Report inverted = closingInverted(s, g, tokens, v);
    if (inverted != null) {
      return inverted;
    }
    if (v.index() > 1 && Character.isUpperCase(v.word().charAt(0))) {
      return null; // a capital mid-sentence is a name's word: "…, Oyo State, bringing …"
    }
    int i = v.index() + 1; // 1-based index of the token after the cue
    if (lexicon.hasFrame(v.lemma(), CueLexicon.HEARER)) {
      i = afterHearer(tokens, i); // "…, three witnesses told Reuters.", "…, she told the Associated Press": whom it was told
    }
    int dateFrom = i;
    while (i <= tokens.size() && TokenRanges.isDate(tokens.get(i - 1))) {
      i++;
    }
    if (i > dateFrom && tokens.get(i - 2).word().equalsIgnoreCase("on")) {
      i--; // "on" with no date after it opens a phrase: "said on Sunday" in a text with no date, its day left untagged
    }
    if (i - dateFrom > 3) {
      return null;
    }
    i = afterAdjunct(tokens, i);
    int clauseEnd = afterClause(tokens, i);
    if (clauseEnd > i && !finiteBefore(tokens, v.index())) {
      return null; // "In Kabul, officials said after the meeting the road would reopen": no clause before the comma to report
    }
    i = clauseEnd;
    if (i > tokens.size() || !TokenRanges.isPunct(tokens.get(i - 1))) {
      return null;
    }
    for (int k = i; k <= tokens.size() && !commaAdjunct(tokens, k); k++) {
      if (!TokenRanges.isPunct(tokens.get(k - 1))) {
        return null;
      }
    }
    int head = v.index() - 1;
    // "…, the unit's director, Dr. Nirmala Fernando, told reporters.": a name closed by a comma
    // after its role; the role, set off by a comma of its own, opens the source
    boolean closedName = head > 1 && tokens.get(head - 1).word().equals(",");
    head = closedName ? head - 1 : head;
    while (head > 1 && tokens.get(head - 1).lemma() != null && tokens.get(head - 1).lemma().equals("have")) {
      head--; // "…, the Law Lords have ruled."
    }
    head = beforeAcronym(tokens, head);
    int first = head;
    boolean verb = v.tag().startsWith("VB"); // a cue taken for a noun ("…, records show.") closes no longer phrase: "… Darfur state, on Saturday"
    while (first > 1 && (TokenRanges.NOUN_PHRASE.matcher(tokens.get(first - 2).tag()).matches()
        || first > 2 && tokens.get(first - 2).word().equals("and") && tokens.get(first - 3).tag().matches("NN.*|JJ")
        || verb && first > 2 && OF_PHRASE.contains(tokens.get(first - 2).word()) && tokens.get(first - 3).tag().startsWith("NN")
        || attributive(g, first - 1) || commaInName(tokens, first - 1))) {
      first--; // and two noun phrases or adjectives joined: "…, residents and aid workers said.", "…, current and former officials said."
    }
    int last = head;
    head = modifiedNoun(g, head, first);
    if (head < 1 || !tokens.get(head - 1).tag().startsWith("NN") && !tokens.get(head - 1).tag().equals("PRP")
        || first < 3 || !tokens.get(first - 2).word().equals(",")) {
      return null;
    }
    IndexedWord source = g.getNodeByIndexSafe(head);
    boolean speech = lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH);
    if (source == null || !(sources.isSource(g, source) || (speech && CueSources.isNominal(g, source))) || frontedObject(g, tokens, v, first, head)) {
      return null;
    }
    if (closedName) {
      int role = first - 2; // the role's last word, before the name's comma
      while (role > 1 && (TokenRanges.NOUN_PHRASE.matcher(tokens.get(role - 2).tag()).matches() || attributive(g, role - 1))) {
        role--; // "Kenya Power's managing director"
      }
      // "the department's director general": a role whose last word is a postpositive "general"
      int roleEnd = first - 2 > role && tokens.get(first - 3).word().equalsIgnoreCase("general") ? first - 3 : first - 2;
      IndexedWord roleHead = g.getNodeByIndexSafe(roleEnd);
      if (role < 3 || !tokens.get(role - 2).word().equals(",") || roleHead == null
          || !tokens.get(roleEnd - 1).tag().startsWith("NN") || !CueSources.isNominal(g, roleHead)) {
        return null;
      }
      first = role;
    }
    CoreLabel start = tokens.get(first - 1);
    CoreLabel end = tokens.get(last - 1);
    int[] c = contentBefore(tokens, first - 1);
    return c == null ? null : new Report(s, g, Report.Kind.CLAUSE, v.beginPosition(), v.endPosition(), v, source,
        start.beginPosition(), end.endPosition(), c[0], c[1]);
  }

  /**
   * The noun that the "of"/"in"/"for" phrases ending at 1-based word {@code k} modify, within the
   * phrase from {@code first}: "Ministry" for "Unity" in "the Health Ministry of the Tripoli-based
   * Government of National Unity said".
   */
  private static int modifiedNoun(SemanticGraph g, int k, int first) {
    IndexedWord w = g.getNodeByIndexSafe(k);
    // "a committee of MPs and peers has warned": the last of the "of" phrase's nouns joined by "and"
    while (w != null && "conj".equals(Clauses.rel(g, w)) && g.getParent(w).index() >= first && g.getParent(w).tag().startsWith("NN")) {
      w = g.getParent(w);
    }
    while (w != null && "nmod".equals(Clauses.rel(g, w))) {
      IndexedWord prep = Clauses.child(g, w, "case");
      IndexedWord up = g.getParent(w);
      if (prep == null || !OF_PHRASE.contains(prep.word()) || up.index() < first || up.index() > w.index() || !up.tag().startsWith("NN")) {
        break;
      }
      w = up;
    }
    return w == null ? k : w.index();
  }

  /** Whether 1-based word {@code k} is a comma the tagger put inside one organisation's name: "the Ministry of Health, Welfare and Sport". */
  private static boolean commaInName(List<CoreLabel> tokens, int k) {
    return k > 1 && k < tokens.size() && tokens.get(k - 1).word().equals(",")
        && "ORGANIZATION".equals(tokens.get(k - 1).ner()) && "ORGANIZATION".equals(tokens.get(k - 2).ner())
        && "ORGANIZATION".equals(tokens.get(k).ner());
  }

  /** Whether 1-based word {@code k} is a participle the parse makes an adjective of its noun: "presiding officer", "ruling party". */
  private static boolean attributive(SemanticGraph g, int k) {
    IndexedWord w = g.getNodeByIndexSafe(k);
    return w != null && w.tag().matches("VBG|VBN") && "amod".equals(Clauses.rel(g, w)) && g.getParent(w).index() > k;
  }

  /**
   * The 1-based index of the word before a short form in brackets that ends at 1-based token
   * {@code head} ("the Civil Defence Agency (CDA) said": "Agency"); {@code head} itself when
   * there is none.
   */
  private static int beforeAcronym(List<CoreLabel> tokens, int head) {
    if (head < 5 || !tokens.get(head - 1).tag().equals("-RRB-") || !tokens.get(head - 3).tag().equals("-LRB-")
        || !tokens.get(head - 2).tag().startsWith("NNP") || !tokens.get(head - 4).tag().startsWith("NN")) {
      return head;
    }
    return head - 3;
  }

  /**
   * The 1-based index after a prepositional phrase with no verb and no comma that starts at
   * {@code i} and runs to the sentence's closing punctuation ("after the closing ceremony of a
   * three-day dialogue"); {@code i} itself when there is none.
   */
  private static int afterAdjunct(List<CoreLabel> tokens, int i) {
    if (i > tokens.size() || !tokens.get(i - 1).tag().equals("IN")) {
      return i;
    }
    int k = i + 1;
    while (k <= tokens.size() && k - i < 15 && tokens.get(k - 1).tag().matches("NN.*|DT|JJ.?|CD|IN|HYPH|POS|PRP\\$|CC")) {
      k++;
    }
    boolean ends = k <= tokens.size() && TokenRanges.isPunct(tokens.get(k - 1)) && (!tokens.get(k - 1).word().equals(",") || commaAdjunct(tokens, k));
    return ends && k > i + 1 ? k : i;
  }

  /**
   * The 1-based index of the sentence's closing punctuation when a subordinate clause of time
   * with no comma runs from {@code i} to it ("…, Kaboré told AFP as rescuers searched the
   * rubble.", "…, she said when asked whether she would resign."); {@code i} itself otherwise.
   * No "that" or quotation mark in it, which would make it a report of its own; no "as many as".
   */
  static int afterClause(List<CoreLabel> tokens, int i) {
    if (i > tokens.size() || !FrontedClause.isSubordinator(tokens.get(i - 1).word()) || i >= tokens.size()
        || tokens.get(i).tag().matches("JJ.?|RB.?|CD")) {
      return i;
    }
    int k = i + 1;
    while (k <= tokens.size() && !TokenRanges.isPunct(tokens.get(k - 1)) && !tokens.get(k - 1).word().equalsIgnoreCase("that")) {
      k++;
    }
    boolean verb = tokens.subList(i, k - 1).stream().anyMatch(t -> t.tag().startsWith("VB"));
    return verb && k == tokens.size() && !TokenRanges.isQuoteMark(tokens.get(k - 1)) ? k : i;
  }

  /** The 1-based index after the words, at most {@link #ADDRESSEE_WORDS}, of whom a cue speaks to, from 1-based token {@code from} on. */
  private static int afterHearer(List<CoreLabel> tokens, int from) {
    int k = from;
    while (k <= tokens.size() && k - from < ADDRESSEE_WORDS && TokenRanges.NOUN_PHRASE.matcher(tokens.get(k - 1).tag()).matches()) {
      k++;
    }
    return k;
  }

  /** The 1-based index of the last token that is no punctuation, from 1-based token {@code from} on; {@code from - 1} when none is. */
  private static int lastWord(List<CoreLabel> tokens, int from) {
    int to = tokens.size();
    while (to >= from && TokenRanges.isPunct(tokens.get(to - 1))) {
      to--;
    }
    return to;
  }

  /** Whether a finite verb stands before the first comma of the sentence, ahead of 1-based token {@code cue}. */
  private static boolean finiteBefore(List<CoreLabel> tokens, int cue) {
    for (int k = 0; k < cue - 1 && !tokens.get(k).word().equals(","); k++) {
      if (isFinite(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether 1-based token {@code k} is a comma that sets off an adjunct to the end of the
   * sentence, opened by a preposition, a subordinator, a participle or "and"/"but": "…, residents said on
   * Friday, in one of the deadliest attacks …", "…, aid agencies say, while hundreds of schools
   * remain closed.", "…, a hospital official said, speaking on condition of anonymity …", "…, the
   * department said in a notice, and offices will reopen …"
   */
  private static boolean commaAdjunct(List<CoreLabel> tokens, int k) {
    if (k >= tokens.size() || !tokens.get(k - 1).word().equals(",")) {
      return false;
    }
    CoreLabel next = tokens.get(k);
    // "…, the department said in a notice, and offices will reopen on Monday": a clause of its own
    boolean joined = next.word().equals("and") || next.word().equals("but");
    return next.tag().equals("IN") && !next.word().equalsIgnoreCase("that") || next.tag().equals("VBG") || joined;
  }

  /**
   * Whether the words [first, head] (1-based) are two noun phrases side by side, a noun and then a
   * determiner or (after "a") a name, or the cue's object and then its subject: "…, a charge the
   * government has rejected", "…, a request the union rejected", "…, a charge Ribera rejected", whose
   * first is the cue's object, set before its subject; the cue judges the claim, it does not make it.
   */
  private boolean frontedObject(SemanticGraph g, List<CoreLabel> tokens, IndexedWord v, int first, int head) {
    IndexedWord object = Clauses.child(g, v, "obj");
    if (object != null && object.index() >= first && object.index() < head) {
      return true; // the parse makes the first noun the cue's object
    }
    boolean indefinite = tokens.get(first - 1).word().matches("(?i)an?");
    for (int k = first + 1; k <= head; k++) {
      CoreLabel before = tokens.get(k - 2);
      boolean name = indefinite && tokens.get(k - 1).tag().startsWith("NNP") && before.tag().matches("NNS?")
          && !lexicon.isSourceNoun(before.lemma()) && !SourceWords.namesPerson(before.lemma().toLowerCase(Locale.ROOT));
      if (before.tag().startsWith("NN") && (tokens.get(k - 1).tag().equals("DT") || name)) {
        return true; // "a charge the government has rejected", "a charge Ribera rejected"; not "state utility Vietnam Electricity"
      }
    }
    return false;
  }

  /**
   * "…, said Rita Katz, the director of the institute, which …", "…, say web analysts.": a
   * finite verb of saying after a comma, then a noun phrase (two joined by "and": "said Doyle and others") that ends at a comma or the
   * sentence's end, reports everything before the comma; when the words before are a subject
   * alone and the sentence goes on, its predicate too ("The plan, said Smith, would fail"). Read
   * from the tokens, for sentences where the parser takes the cue for a conjunct or the subject
   * before it for the cue's.
   */
  Report closingInverted(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord v) {
    return closingInverted(s, g, tokens, v, false);
  }

  /** As {@link #closingInverted(int, SemanticGraph, List, IndexedWord)}; with {@code afterQuotation}, also after a closing quotation mark. */
  Report closingInverted(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord v, boolean afterQuotation) {
    int cue = v.index();
    boolean opened = cue >= 3 && (tokens.get(cue - 2).word().equals(",") || afterQuotation && TokenRanges.isQuoteMark(tokens.get(cue - 2)));
    // never a verb that does not stand inverted: "…, the agency's head, Rudy Hartono, told Xinhua." is Hartono's
    // "…, observed Jack Boorman": a past form the tagger read as a participle before the name
    boolean beforeName = v.tag().equals("VBN") && cue < tokens.size() && tokens.get(cue).tag().startsWith("NNP");
    // "…, shows an in-depth study by Ericsson": a verb of evidence stands inverted before a document
    boolean evidence = lexicon.hasFrame(v.lemma(), CueLexicon.EVIDENCE) || lexicon.hasFrame(v.lemma(), CueLexicon.FINDING);
    if (!opened || !(lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH) || evidence)
        || !(v.tag().matches("VBD|VBZ|VBP") || beforeName) || lexicon.hasFrame(v.lemma(), CueLexicon.NOINVERT)) {
      return null;
    }
    int end = cue + 1;
    int head = 0;
    while (end <= tokens.size() && (TokenRanges.NOUN_PHRASE.matcher(tokens.get(end - 1).tag()).matches()
        || (tokens.get(end - 1).tag().equals("CC") && head == 0 && end > cue + 1))) {
      head = tokens.get(end - 1).tag().equals("CC") ? end - 1 : head; // "said Doyle and others": Doyle
      end++;
    }
    head = head == 0 ? end - 1 : head;
    if (end + 1 <= tokens.size() && head == end - 1 && tokens.get(end - 1).word().equals("of") && tokens.get(head - 1).tag().startsWith("NN")) {
      int of = end + 1; // "said a handful of Democrats who …": a noun with its "of" phrase, closed by a relative clause on them
      while (of <= tokens.size() && TokenRanges.NOUN_PHRASE.matcher(tokens.get(of - 1).tag()).matches()) {
        of++;
      }
      end = of > end + 1 && of <= tokens.size() && relative(tokens.get(of - 1)) ? of : end;
    }
    // "said Junya Tanase of JPMorgan Chase bank in Tokyo,", "shows a study by telecommunications company Ericsson.": a
    // name with its firm and place, or a document with its author, closed by a comma or the sentence's end
    boolean named = head == end - 1 && end <= tokens.size() && (tokens.get(head - 1).tag().startsWith("NNP") && tokens.get(end - 1).word().matches("of|at|from")
        || SourceWords.isDocument(tokens.get(head - 1).lemma()) && tokens.get(end - 1).word().matches("by|from|of"));
    if (named) {
      int k = end + 1;
      while (k <= tokens.size() && k - end < AFFILIATION_WORDS
          && (TokenRanges.NOUN_PHRASE.matcher(tokens.get(k - 1).tag()).matches() || tokens.get(k - 1).word().matches("of|in|at|for"))) {
        k++;
      }
      boolean ends = k <= tokens.size() && (tokens.get(k - 1).word().equals(",") || k == tokens.size() && TokenRanges.isPunct(tokens.get(k - 1)));
      end = k > end + 1 && ends ? k : end;
    }
    // closed by a comma, the sentence's end, or a relative clause on the source ("said a group of residents who met …")
    boolean closed = end > tokens.size() || tokens.get(end - 1).word().equals(",") || TokenRanges.isPunct(tokens.get(end - 1)) && end == tokens.size()
        || relative(tokens.get(end - 1));
    IndexedWord source = g.getNodeByIndexSafe(head);
    // "said a man who said his sister was missing": a noun closed by "who" is the one who speaks, however the parser hung it
    boolean who = end <= tokens.size() && relative(tokens.get(end - 1));
    if (head <= cue || !tokens.get(head - 1).tag().startsWith("NN") || !closed || source == null || !who && subjectOfComplement(g, v, source)
        || thingAcknowledged(g, v, source) || !lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH) && !SourceWords.isDocument(source.lemma())) {
      return null;
    }
    int[] c = contentBefore(tokens, cue - 1);
    if (c != null && end < tokens.size() && !finiteVerb(tokens, 1, cue - 1)) {
      // "The plan, said Smith, would fail": a subject alone before the cue, its predicate after
      int[] after = contentBefore(tokens, tokens.size() + 1);
      c = after == null ? c : new int[] {c[0], after[1]};
    }
    return c == null ? null : new Report(s, g, Report.Kind.CLAUSE, v.beginPosition(), v.endPosition(), v, source,
        tokens.get(cue).beginPosition(), tokens.get(end - 2).endPosition(), c[0], c[1]);
  }

  /**
   * Whether common noun {@code n} after cue {@code v} is its object, no source, and the cue has a
   * subject of its own before it: "Bruce Misamore, who had moved to the US …, acknowledged the
   * point." is Misamore's, not the point's.
   */
  private boolean thingAcknowledged(SemanticGraph g, IndexedWord v, IndexedWord n) {
    IndexedWord subject = Clauses.child(g, v, "nsubj");
    return "obj".equals(Clauses.rel(g, n)) && v.equals(g.getParent(n)) && !sources.isSource(g, n)
        && subject != null && subject.index() < v.index() && sources.isSource(g, subject);
  }

  /**
   * Whether the parse makes common noun {@code n} the subject of cue {@code v}'s own clausal
   * complement ("…, who had run the port, said their plans, already costly, would shift"): what
   * the cue reports, not its inverted source (a name stays one: "…, said Ana Ruiz, the director,
   * the firm would …").
   */
  private static boolean subjectOfComplement(SemanticGraph g, IndexedWord v, IndexedWord n) {
    IndexedWord clause = g.getParent(n);
    return !n.tag().startsWith("NNP") && Clauses.rel(g, n).startsWith("nsubj") && clause != null && "ccomp".equals(Clauses.rel(g, clause)) && v.equals(g.getParent(clause));
  }

  /** Whether no word between 1-based indices {@code from} and {@code to} (both excluded) is the mark of a clause ("as", "when"). */
  private static boolean noMarkBetween(SemanticGraph g, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      IndexedWord w = g.getNodeByIndexSafe(k);
      if (w != null && ("mark".equals(Clauses.rel(g, w)) || w.tag().equals("WRB"))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code t} opens a relative clause on a person: "who", "whose". */
  private static boolean relative(CoreLabel t) {
    return t.word().equalsIgnoreCase("who") || t.word().equalsIgnoreCase("whose");
  }

  /** Whether 1-based tokens [from, to) hold a finite verb or a modal. */
  static boolean finiteVerb(List<CoreLabel> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isFinite(tokens.get(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the capitalised verb at 0-based token {@code k} is a word of a name between two other
   * capitalised words in a sentence of ordinary case ("spokesman for North East Says No, said"),
   * not a cue; a headline in title case ("Pastor Wants Scouts Fired") keeps its verbs.
   */
  static boolean insideName(List<CoreLabel> tokens, int k) {
    if (k < 1 || k + 1 >= tokens.size() || !capitalised(tokens.get(k - 1)) || !capitalised(tokens.get(k)) || !capitalised(tokens.get(k + 1))) {
      return false;
    }
    return tokens.stream().filter(t -> Character.isLowerCase(t.word().charAt(0))).count() >= PROSE_WORDS;
  }

  private static boolean capitalised(CoreLabel t) {
    return Character.isUpperCase(t.word().charAt(0));
  }

  /** Whether token {@code t} is a finite verb or a modal by its tag. */
  static boolean isFinite(CoreLabel t) {
    return t.tag().matches("VBD|VBZ|VBP|MD");
  }

  /**
   * A verb of saying with no subject in the parse, whose subject the parser lost in a long
   * sentence: the noun phrase right before it when a comma or the sentence's start comes before
   * that ("In a halfhearted endorsement of X, Mrs. Clinton added that …"), else the noun phrase
   * that opens the sentence with its postmodifiers ("Mrs. Clinton's campaign, which has been
   * shadowed by …, said that …"; "A copy of the memo seen by Reuters said …"). Everything after
   * the cue (less "that") is the content; a cue that is no verb of saying reports so only for a
   * document ("A poll by Ipsos published on Wednesday found that …"). After ", which" the
   * source is the noun phrase before the comma. Read from the tokens.
   */
  Report opening(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord v) {
    int cue = v.index();
    boolean speech = lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH);
    IndexedWord subject = Clauses.child(g, v, "nsubj");
    boolean lostSubject = subject != null && subject.tag().startsWith("VB"); // "X, who asked not to be named, said": its verb taken for the subject
    int auxFrom = auxiliariesBefore(g, v); // "…, and federal officials have warned that …": the subject ends before "have"
    if (!(speech || lexicon.isCueVerb(v.lemma())) || !v.tag().matches("VBD|VBZ|VBP|VBN") || cue < 2
        || subject != null && !lostSubject || auxFrom < 0 || Clauses.child(g, v, "aux:pass") != null
        || v.tag().equals("VBN") && cue < tokens.size() && tokens.get(cue).word().equalsIgnoreCase("by")) {
      return null; // "The motion, backed by three groups, won …": a passive participle with its agent, no lost subject
    }
    int first = 1;
    if (tokens.get(0).tag().equals("CC") || tokens.get(0).tag().equals("RB")) {
      first = 2; // "But numerous veterans …"
    }
    if (auxFrom - 1 < first) {
      return null; // "But said …": no words for a subject
    }
    int head;
    int begin = auxFrom - 1; // adjacent: the noun phrase that ends right before the cue and its auxiliaries
    while (begin > first && TokenRanges.NOUN_PHRASE.matcher(tokens.get(begin - 2).tag()).matches()) {
      begin--;
    }
    // after a comma (also ", and"), the sentence's start or a subordinator the parser took for a preposition ("came after the ministry said")
    boolean bounded = begin == first || tokens.get(begin - 2).word().equals(",") || FrontedClause.isSubordinator(tokens.get(begin - 2).word())
        || auxFrom < cue && begin > 2 && tokens.get(begin - 2).tag().equals("CC") && tokens.get(begin - 3).word().equals(",");
    // "…, according to the Nepal Army, which said three of its helicopters had …": the relative
    // word the parser took for an object stands for the noun phrase before the comma (the head
    // that a prepositional phrase ends: "the Ministry of Health, which said"), and is the mention
    boolean relative = cue > 4 && tokens.get(cue - 2).tag().matches("WDT|WP") && tokens.get(cue - 3).word().equals(",")
        && tokens.get(cue - 4).tag().startsWith("NN");
    if (relative) {
      head = nounBefore(g, cue - 3);
    } else if (bounded && TokenRanges.NOUN_PHRASE.matcher(tokens.get(auxFrom - 2).tag()).matches()
        && (tokens.get(auxFrom - 2).tag().startsWith("NN") || tokens.get(auxFrom - 2).tag().equals("PRP"))) {
      head = auxFrom - 1;
      first = begin;
    } else if (auxFrom < cue && !tokens.get(auxFrom - 2).word().equals(",")) {
      return null; // with auxiliaries, only the noun phrase right before them, or a long one closed by a comma ("Jack Straw, who argues …, has said")
    } else {
      int verb = auxFrom; // the verb group's first word: the cue, or "has" of "has said"
      head = first; // the sentence's opening noun phrase and what modifies it
      while (head < verb && inNounPhrase(tokens, head)) {
        head++;
      }
      head--;
      // "Several people I've spoken with … said": a relative clause with no relative word
      boolean contact = tokens.get(head).tag().equals("PRP") && !tokens.get(head).word().equalsIgnoreCase("it");
      CoreLabel before = tokens.get(verb - 2);
      // "Paul Myers, chief executive of Wippit - a peer to peer service which … - believes …": a dash closes the insertion too
      boolean dash = TokenRanges.isDash(before.word()) && before.beginPosition() > tokens.get(verb - 3).endPosition();
      boolean comma = contact || before.word().equals(",") || dash;
      // "numerous veterans interviewed at rallies this week, including Mr. Lee, said …": a participle
      // tagged as a past form, its phrase closed by a comma before the cue; not a main verb with a
      // subordinate clause before the cue ("The row began …, as Ana Ruiz, …, said") or a participle
      // cue ("The case grew out of an inquiry launched in May, known as …")
      boolean pastParticiple = comma && tokens.get(head).tag().equals("VBD") && isFinite(tokens.get(verb - 1)) && noMarkBetween(g, head + 1, verb);
      if (head < first || !isNoun(tokens.get(head - 1)) || head + 1 >= verb
          || !(contact || pastParticiple || POSTMODIFIER.matcher(tokens.get(head).tag()).matches())) {
        return null;
      }
      IndexedWord pronoun = g.getNodeByIndexSafe(head + 1);
      // "Two diplomats, who declined to be identified, said …": a cue inside a relative clause set
      // off by commas is that clause's, and the antecedent is the subject of the cue after it
      int scan = comma && relativeClause(tokens, head, verb) ? verb - 1 : head + 1;
      for (int k = scan; k < verb; k++) {
        IndexedWord w = g.getNodeByIndexSafe(k);
        boolean inContact = contact && w != null && Clauses.children(g, w, "nsubj").contains(pronoun); // "people I've spoken with"
        if (w != null && lexicon.isCueVerb(w.lemma()) && w.tag().startsWith("VB") && !inContact && !insideName(tokens, k - 1)) {
          return null; // another cue between: the subject may be its
        }
        if (!comma && isFinite(tokens.get(k - 1))) {
          return null; // a finite verb between, with no comma to close a relative clause
        }
      }
    }
    int from = cue + 1;
    if (lexicon.hasFrame(v.lemma(), CueLexicon.HEARER)) {
      int k = afterHearer(tokens, from); // "told Caracol Radio that …": whom it was told, before "that"
      from = k > from && k <= tokens.size() && tokens.get(k - 1).word().equalsIgnoreCase("that") ? k : from;
    }
    if (from <= tokens.size() && tokens.get(from - 1).word().equalsIgnoreCase("that")) {
      from++;
    }
    int to = lastWord(tokens, from);
    if (to - from < 2) {
      return null; // no clause after the cue: "Rap boss arrested over drug find"
    }
    IndexedWord source = g.getNodeByIndexSafe(head);
    boolean clause = tokens.get(from - 1).tag().matches("NN.*|PRP.?|DT|JJ.?|CD|EX|IN") // a clause starts after the cue
        && tokens.subList(from - 1, to).stream().anyMatch(TokenCues::isFinite); // not "said after the ceremony"
    if (source == null || !(CueSources.isNominal(g, source) || isName(tokens.get(head - 1))) || !clause
        || !(speech || SourceWords.isDocument(source.lemma()))) {
      return null; // another cue than a verb of saying only for a document: "A poll by Ipsos published on Wednesday found that …"
    }
    CoreLabel mentionFirst = tokens.get(relative ? cue - 2 : first - 1);
    CoreLabel mentionLast = tokens.get(relative ? cue - 2 : head - 1);
    return new Report(s, g, Report.Kind.CLAUSE, v.beginPosition(), v.endPosition(), v, source,
        mentionFirst.beginPosition(), mentionLast.endPosition(),
        tokens.get(from - 1).beginPosition(), tokens.get(to - 1).endPosition());
  }

  /**
   * The 1-based index of the first of cue {@code v}'s auxiliaries when they stand together right
   * before it ("have warned"), {@code v}'s own index when it has none, -1 when one stands elsewhere.
   */
  private static int auxiliariesBefore(SemanticGraph g, IndexedWord v) {
    List<IndexedWord> aux = Clauses.children(g, v, "aux");
    int from = v.index();
    for (IndexedWord a : aux) {
      from = Math.min(from, a.index());
    }
    // together: as many words between the first and the cue as there are auxiliaries
    return aux.stream().allMatch(a -> a.index() < v.index()) && from == v.index() - aux.size() ? from : -1;
  }

  /**
   * The 1-based index of the head of the noun phrase that ends at 1-based word {@code k}: the
   * noun an "of" or "in" phrase on it ends with stands for the noun it modifies ("Ministry" for
   * "Health" in "the Ministry of Health", "hospital" for "Rafah" in "the hospital in Rafah"; not
   * "complaints from smaller providers, which said").
   */
  private static int nounBefore(SemanticGraph g, int k) {
    IndexedWord w = g.getNodeByIndexSafe(k);
    IndexedWord up = w == null ? null : g.getParent(w);
    IndexedWord prep = up == null ? null : Clauses.child(g, w, "case");
    return prep != null && prep.word().matches("(?i)of|in") && "nmod".equals(Clauses.rel(g, w)) && up.index() < k
        && up.tag().startsWith("NN") ? up.index() : k;
  }

  /**
   * A verb of saying that the parser made an auxiliary of the reported verb, after a relative
   * pronoun ("according to the Health Ministry, which said 74 people had been wounded", with
   * "said" an {@code aux:pass} of "wounded") or after ", but" ("admitted that sales were weak, but
   * said profits would rise"). The source is the relative clause's antecedent, or the subject of
   * the sentence's main cue; the content runs from after the cue to the end of the clause.
   */
  Report auxiliary(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord v) {
    IndexedWord head = g.getParent(v);
    int cue = v.index();
    if (head == null || !Clauses.rel(g, v).startsWith("aux") || !lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH)
        || !isFinite(tokens.get(cue - 1)) || cue < 3) {
      return null;
    }
    IndexedWord source;
    int[] mention;
    if (tokens.get(cue - 2).tag().matches("WDT|WP") && "acl:relcl".equals(Clauses.rel(g, head))) {
      source = g.getParent(head);
      mention = new int[] {tokens.get(cue - 2).beginPosition(), tokens.get(cue - 2).endPosition()};
    } else if (tokens.get(cue - 2).tag().equals("CC") && tokens.get(cue - 3).word().equals(",")) {
      // "Wolfson admitted that sales were weak, but said profits would rise": the subject of the cue before
      source = subjectOfHighestCue(g, head);
      mention = source == null ? null : TokenRanges.mention(g, tokens, source);
    } else {
      // "a stoppage that the union said had closed half the mines": the parser took the relative
      // clause's speaker for the subject of what it reports; not when the clause's noun is the
      // sentence's root ("The mine that the union said had closed reopened on Monday": the main
      // verb was swallowed into the clause, so where it ends is unclear)
      source = relativeSubject(g, tokens, head, cue);
      IndexedWord antecedent = source == null ? null : g.getParent(head);
      if (antecedent == null || g.getRoots().contains(antecedent)) {
        return null;
      }
      mention = sources.isSource(g, source) || CueSources.isNominal(g, source) ? TokenRanges.mention(g, tokens, source) : null;
    }
    if (source == null || mention == null) {
      return null;
    }
    int from = cue + 1;
    if (from < tokens.size() && tokens.get(from - 1).word().equalsIgnoreCase("that")) {
      from++;
    }
    int to = Clauses.lastIndex(g, head);
    while (to > from && TokenRanges.isPunct(tokens.get(to - 1))) {
      to--;
    }
    if (to - from < 2) {
      return null;
    }
    return new Report(s, g, Report.Kind.CLAUSE, v.beginPosition(), v.endPosition(), v, source,
        mention[0], mention[1], tokens.get(from - 1).beginPosition(), tokens.get(to - 1).endPosition());
  }

  /**
   * A participle of saying after "by" or a comma that the parser made a modifier of the noun after
   * it ("hit back by saying Tory attitudes had helped …", "…, accusing the council of …"): the
   * words after it to the sentence's end are its content, and the subject of the verb that the
   * noun's phrase hangs on speaks; null when {@code v} is not of this shape.
   */
  Report participleOnNoun(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord v) {
    IndexedWord noun = g.getParent(v);
    int cue = v.index();
    if (noun == null || !"amod".equals(Clauses.rel(g, v)) || !v.tag().equals("VBG") || noun.index() <= cue || cue < 2
        || !lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH) || !tokens.get(cue - 2).word().matches(",|by")) {
      return null;
    }
    if (!opensClause(tokens, noun.index(), v.lemma())) {
      return null;
    }
    IndexedWord verb = g.getParent(noun);
    IndexedWord source = verb == null || !verb.tag().startsWith("VB") ? null : Clauses.child(g, verb, "nsubj");
    if (source == null || source.index() > cue || !(sources.isSource(g, source) || CueSources.isNominal(g, source))) {
      return null;
    }
    int[] mention = TokenRanges.mention(g, tokens, source);
    int to = lastWord(tokens, cue + 1);
    if (mention == null || to - cue < 3) {
      return null;
    }
    return new Report(s, g, Report.Kind.CLAUSE, v.beginPosition(), v.endPosition(), v, source,
        mention[0], mention[1], tokens.get(cue).beginPosition(), tokens.get(to - 1).endPosition());
  }

  /**
   * "He denied that …, saying targeted cash aid would protect the poorest", "called for an
   * emergency fund …, saying many could not afford basic protections": a participle of saying
   * after a comma that the parser took for the subject or the mark of the clause after it. The
   * clause after it (less "that") to the sentence's end is its content, and the subject of the
   * nearest verb before it speaks, passing over reported, relative and infinitive clauses ("that
   * the removal of subsidies would push up prices", "for an emergency fund to help …"); null when
   * {@code v} is not of this shape.
   */
  Report participleAsSubject(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord v) {
    int cue = v.index();
    IndexedWord clause = g.getParent(v);
    if (clause == null || !v.tag().equals("VBG") || cue < 3 || !tokens.get(cue - 2).word().equals(",") || clause.index() <= cue
        || !Clauses.rel(g, v).matches("nsubj|csubj|mark") || !lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH)) {
      return null;
    }
    IndexedWord source = null;
    for (int k = cue - 1; k >= 1 && source == null; k--) {
      IndexedWord w = g.getNodeByIndexSafe(k);
      if (w != null && w.tag().startsWith("VB") && !Clauses.rel(g, w).matches("ccomp|csubj|acl:relcl|acl") && !Clauses.hasMark(g, w, "to")) {
        source = Clauses.child(g, w, "nsubj");
      }
    }
    if (source == null || !(sources.isSource(g, source) || CueSources.isNominal(g, source) || source.tag().equals("PRP"))) {
      return null;
    }
    int from = cue + 1;
    if (from <= tokens.size() && tokens.get(from - 1).word().equalsIgnoreCase("that")) {
      from++;
    }
    int to = lastWord(tokens, from);
    int[] mention = TokenRanges.mention(g, tokens, source);
    boolean finite = to >= from && tokens.subList(from - 1, to).stream().anyMatch(TokenCues::isFinite);
    if (mention == null || to - from < 2 || !finite) {
      return null;
    }
    return new Report(s, g, Report.Kind.CLAUSE, v.beginPosition(), v.endPosition(), v, source,
        mention[0], mention[1], tokens.get(from - 1).beginPosition(), tokens.get(to - 1).endPosition());
  }

  /**
   * Whether the noun phrase ending its head at 1-based word {@code noun} is the subject of a
   * reported clause, a finite verb after it and its modifiers ("saying Tory plans for the clinics
   * had helped …"), or the object of a cue with an "of" phrase ("accusing Mali of being …"); not
   * the participle's plain object ("saying goodbye to the crowd", "promising voters lower taxes").
   */
  private boolean opensClause(List<CoreLabel> tokens, int noun, String cue) {
    for (int k = noun; k < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      if (t.word().equals("of") && k == noun && lexicon.hasFrame(cue, "of")) {
        return true;
      }
      if (t.tag().startsWith("VB") || t.tag().equals("MD")) {
        return isFinite(t);
      }
      if (!t.tag().matches("NN.*|DT|PDT|JJ.*|CD|POS|PRP\\$|IN|CC|HYPH")) {
        return false;
      }
    }
    return false;
  }

  /** Relative words that open a clause whose subject a cue parsed as an auxiliary follows ("that the union said had …"). */
  private static final Set<String> RELATIVE_WORDS = Set.of("that", "which", "who", "whom");

  /**
   * The subject of {@code head} when it stands right before the cue at 1-based index {@code cue}
   * and right after a relative word ("after a stoppage that the union said had closed half the
   * mines"); null otherwise.
   */
  private static IndexedWord relativeSubject(SemanticGraph g, List<CoreLabel> tokens, IndexedWord head, int cue) {
    IndexedWord subject = Clauses.child(g, head, "nsubj");
    subject = subject != null ? subject : Clauses.child(g, head, "nsubj:pass");
    if (subject == null || Clauses.lastIndex(g, subject) != cue - 1) {
      return null;
    }
    int first = Clauses.firstIndex(g, subject);
    return first >= 2 && RELATIVE_WORDS.contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT)) ? subject : null;
  }

  /**
   * The subject of the highest cue verb above {@code w} that has one: the sentence's main cue,
   * not one inside its content ("admitted that sales were "below where we would expect …"").
   */
  private IndexedWord subjectOfHighestCue(SemanticGraph g, IndexedWord w) {
    IndexedWord subject = null;
    for (IndexedWord a = g.getParent(w); a != null; a = g.getParent(a)) {
      IndexedWord s = Clauses.child(g, a, "nsubj");
      if (s != null && a.tag().startsWith("VB") && lexicon.isCueVerb(a.lemma())) {
        subject = s;
      }
    }
    return subject;
  }

  /**
   * Whether a relative clause set off by a comma ("…, who declined to be identified, said")
   * follows the subject noun at 1-based index {@code head} (so {@code tokens.get(head)} is the
   * word after it), right after it or after its prepositional phrases
   * ("A diplomat from one of the observer countries, who asked not to be named, said"), with no
   * finite verb before it.
   */
  private static boolean relativeClause(List<CoreLabel> tokens, int head, int cue) {
    for (int k = head; k + 2 < cue; k++) {
      if (tokens.get(k).word().equals(",")) {
        return tokens.get(k + 1).tag().matches("WP|WDT");
      }
      if (isFinite(tokens.get(k))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether 1-based token {@code i} can be a word of a noun phrase: by its tag, by its name tag
   * ("Shane Shook" with "Shook" tagged a verb), or a participle before a noun ("a redacted copy").
   */
  private static boolean inNounPhrase(List<CoreLabel> tokens, int i) {
    CoreLabel t = tokens.get(i - 1);
    if (TokenRanges.NOUN_PHRASE.matcher(t.tag()).matches() || isName(t)) {
      return true;
    }
    // "Board members Haruka Ota and Shingo Ueda, who …": two names joined
    boolean joinsNames = t.word().equals("and") && i > 1 && i < tokens.size() && tokens.get(i - 2).tag().equals("NNP") && tokens.get(i).tag().equals("NNP");
    return joinsNames || t.tag().matches("VBN|VBG") && i < tokens.size() && tokens.get(i).tag().matches("NN.*|JJ.?");
  }

  /** Whether {@code t} is tagged as a person's or an organisation's name. */
  static boolean isName(CoreLabel t) {
    return "PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner());
  }

  private static boolean isNoun(CoreLabel t) {
    return t.tag().startsWith("NN") || isName(t);
  }

  /**
   * The 1-based token range of a clause that follows cue {@code v} to the sentence's end: after a
   * one-word addressee, an optional "that" and date words, a subject-like word (a pronoun,
   * determiner, noun, number, "there", a gerund) and, later, a finite verb; null when the words
   * after the cue are no clause ("said no", "said goodbye to …", a colon or a quotation mark).
   */
  static int[] clauseAfter(SemanticGraph g, List<CoreLabel> tokens, IndexedWord v) {
    int from = v.index() + 1;
    IndexedWord addressee = Clauses.child(g, v, "iobj");
    if (addressee != null && addressee.index() == from) {
      from++; // "told reporters the plan was dead"
    }
    if (from <= tokens.size() && tokens.get(from - 1).word().equalsIgnoreCase("that")) {
      from++;
    }
    while (from <= tokens.size() && TokenRanges.isDate(tokens.get(from - 1)) && !tokens.get(from - 1).tag().startsWith("PRP")) {
      from++;
    }
    // a clause's first word; "there" also when tagged an adverb ("admitted there had been incidents"), and "most" ("said most had been freed")
    if (from > tokens.size() || !tokens.get(from - 1).tag().matches("PRP|DT|NNP?S?|EX|CD|VBG|JJ.?|PRP\\$")
        && !tokens.get(from - 1).word().matches("(?i)there|most")) {
      return null;
    }
    int to = lastWord(tokens, from);
    for (int k = from + 1; k <= to; k++) {
      String tag = tokens.get(k - 1).tag();
      if (TokenRanges.isQuoteMark(tokens.get(k - 1)) || tag.equals(":")) {
        return null; // a quotation or a list after the cue: MarkCues and the quotation stage read those
      }
      if (isFinite(tokens.get(k - 1))) {
        return new int[] {from, to};
      }
    }
    return null;
  }

  /**
   * The 1-based token range of a predicate right after cue {@code v}, to the next comma or the
   * sentence's end: "which officials said will go into effect in May, …"; null unless a finite
   * verb or modal follows the cue directly.
   */
  static int[] predicateAfter(List<CoreLabel> tokens, IndexedWord v) {
    int from = v.index() + 1;
    if (from > tokens.size() || !isFinite(tokens.get(from - 1))) {
      return null;
    }
    int to = from;
    while (to < tokens.size() && !tokens.get(to).word().equals(",") && !TokenRanges.isQuoteMark(tokens.get(to))) {
      to++;
    }
    while (to > from && TokenRanges.isPunct(tokens.get(to - 1))) {
      to--;
    }
    return to > from ? new int[] {from, to} : null; // "who he noted was “…”": the quotation is MarkCues'
  }

  /** The range of the tokens before 1-based index {@code comma}, trimmed of punctuation; null if empty. */
  static int[] contentBefore(List<CoreLabel> tokens, int comma) {
    int lo = 1;
    int hi = comma - 1;
    while (lo <= hi && TokenRanges.isPunct(tokens.get(lo - 1))) {
      lo++;
    }
    while (hi >= lo && TokenRanges.isPunct(tokens.get(hi - 1))) {
      hi--;
    }
    return hi < lo ? null : new int[] {tokens.get(lo - 1).beginPosition(), tokens.get(hi - 1).endPosition()};
  }
}
