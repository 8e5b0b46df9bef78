package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsclaims.extract.quote.CueFrames.Phrase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds reported speech in one parsed sentence by walking its basic UD dependency graph: a cue
 * verb and its clausal complement ("X said (that) …", "…, X said", "X told reporters …"), its
 * object or prepositional complement where the lexicon allows it ("confirmed the meeting",
 * "called for a ceasefire"; these frames in {@link CueFrames}), a clause that the cue interrupts
 * ("The plan, he said, will fail"), a statement noun with a possessor ("the ministry's claim that
 * …"), and a source preposition ("…, according to X", "…, per X"; these two in {@link
 * PhraseCues}). The source is the cue's subject, inherited through coordination and participles
 * ("…, adding that …"), or the agent of a passive cue ({@link CueSources}). Where the parser
 * breaks a report, the shapes of {@link BrokenParses} repair the reading or drop the cue; where
 * it misplaces a cue or loses its subject in a long sentence, the common news shapes are read
 * from the tokens instead ({@link TokenCues}): a cue that closes its sentence ("…, records
 * show."), an inverted one ("…, said Rita Katz, the …"), a long fronted subject ("The director,
 * who …, said …"). Cues inside a quotation belong to the quotation and are skipped. Immutable and
 * thread-safe.
 */
final class ReportFinder {
  /** Modals by which a reported clause tells what someone will or would do, not what they say. */
  private static final Set<String> MODALS = Set.of("will", "would", "'ll", "’ll", "shall", "could", "might", "may");

  private final CueLexicon lexicon;
  private final CueSources sources;
  private final CueFrames frames;
  private final TokenCues tokenCues;
  private final PhraseCues phraseCues;

  ReportFinder(CueLexicon lexicon) {
    this.lexicon = lexicon;
    this.sources = new CueSources(lexicon);
    this.frames = new CueFrames(lexicon, sources);
    this.tokenCues = new TokenCues(lexicon, sources);
    this.phraseCues = new PhraseCues(lexicon, sources);
  }

  /**
   * Whether {@code w} is an adjective the writer put alone in quotation marks that governs a clause
   * of its own ("a spokeswoman was “satisfied” that the data remained confidential"): the speaker's
   * word for her stance, and still the cue of the clause after it, which no mark holds.
   */
  private static boolean quotedStance(SemanticGraph g, IndexedWord w, List<QuoteMarks.Found> quotes) {
    if (!w.tag().startsWith("JJ") && !w.tag().equals("VBN") || Clauses.child(g, w, "ccomp") == null) {
      return false;
    }
    return quotes.stream().anyMatch(q -> q.contentBegin() == w.beginPosition() && q.contentEnd() == w.endPosition());
  }

  /**
   * The reports of sentence {@code s}, in order of their cues, then the {@link Report.Kind#SILENT}
   * ones: a speaker who said nothing the sentence reports ("did not say whether …").
   */
  List<Report> find(int s, SemanticGraph g, List<CoreLabel> tokens, List<QuoteMarks.Found> quotes) {
    List<Report> out = new ArrayList<>();
    List<Report> silent = new ArrayList<>(); // speakers who said nothing the sentence reports, last
    List<IndexedWord> words = new ArrayList<>(g.vertexSet());
    words.sort(Comparator.comparingInt(IndexedWord::index));
    for (IndexedWord w : words) {
      if (TokenRanges.insideQuote(w.beginPosition(), quotes) && !quotedStance(g, w, quotes)) {
        continue;
      }
      Report r = null;
      String tag = w.tag();
      boolean saysNothing = w.index() < tokens.size() && lexicon.hasFrame(w.lemma(), CueLexicon.NOT + tokens.get(w.index()).word());
      if (tag.startsWith("VB") && (lexicon.isTollVerb(w.lemma()) || lexicon.isFramedVerb(w.lemma()))) {
        r = spoken(verbCue(s, g, tokens, w), silent);
      } else if (tag.startsWith("VB") && lexicon.isCueVerb(w.lemma()) && !saysNothing && !TokenCues.insideName(tokens, w.index() - 1)
          && !BrokenParses.namingParticiple(g, w) && !BrokenParses.compoundGerund(g, w) && !BrokenParses.agentParticiple(g, w) && !BrokenParses.purposeInfinitive(g, w, lexicon) && !frames.heldByNoOne(g, w)
          && !foretold(g, w)) {
        Report quotedAs = QuotedAs.report(s, g, tokens, w, sources); // "X was quoted as saying …": the parse is no help
        r = quotedAs != null ? quotedAs : outsideQuotation(g, tokens, w, spoken(verbCue(s, g, tokens, w), silent), quotes);
        // "“… 'We are doing everything we can,'” said a man who said …": a source inside the quotation before the cue is none
        boolean quotedSource = r != null && TokenRanges.insideQuote(r.source().beginPosition(), quotes) && !TokenRanges.insideQuote(w.beginPosition(), quotes);
        if (r != null && r.source().index() < w.index() && w.index() > 2 && (tokens.get(w.index() - 2).word().equals(",") || quotedSource)) {
          // "The plan, said Smith, would fail": after a comma, a name closed by a comma is the
          // cue's subject, whatever the parser made of the words before
          Report inverted = tokenCues.closingInverted(s, g, tokens, w, quotedSource);
          r = inverted != null ? inverted : r;
        }
        // ", saying targeted cash aid would protect …": a participle the parser took for the subject of the clause it reports
        Report asSubject = tokenCues.participleAsSubject(s, g, tokens, w);
        r = asSubject != null && (r == null || r.contentEnd() <= g.getParent(w).beginPosition()) ? asSubject : r;
        Report closed = tokenCues.closing(s, g, tokens, w);
        if (closed != null && (r == null || r.kind() == Report.Kind.OPEN || inside(r, closed) || hearerFirst(g, w, r) || clauseAfter(tokens, w, r)
            || pastAdjunct(tokens, w, r))) {
          // "…, one longtime friend said.": a closing cue whose parse found no content in the
          // sentence (it took a word before the comma for its subject), or only a piece of it
          // (it hung the cue inside the clause), reports all that precedes
          r = closed;
        }
        if (r == null) {
          r = tokenCues.opening(s, g, tokens, w);
        }
        if (r == null) {
          r = tokenCues.auxiliary(s, g, tokens, w);
        }
        if (r == null) {
          r = tokenCues.participleOnNoun(s, g, tokens, w);
        }
        if (r == null || r.kind() == Report.Kind.OPEN) {
          // "walked out after claiming the offer was …": also when the parse gave the cue a subject but no content
          Report broken = PrepositionalParticiple.report(s, g, tokens, w, lexicon, sources);
          r = broken != null ? broken : r;
        }
      } else if (tag.startsWith("NN") && (lexicon.isCueVerb(w.lemma()) || lexicon.isCueNoun(w.lemma()))) {
        r = lexicon.isCueVerb(w.lemma()) ? tokenCues.closing(s, g, tokens, w) : null; // "…, records show." with "show" taken for a noun
        if (r == null && lexicon.isCueNoun(w.lemma())) {
          r = phraseCues.noun(s, g, tokens, w);
        }
      } else if ("case".equals(Clauses.rel(g, w)) || "fixed".equals(Clauses.rel(g, w))) {
        r = phraseCues.marker(s, g, tokens, w);
      } else if ((tag.startsWith("VB") || tag.startsWith("JJ")) && frames.thatClause(g, w)) {
        r = verbCue(s, g, tokens, w); // "Democrats are confident that …", "she fears that …"
      }
      if (r != null && lexicon.hasFrame(w.lemma(), CueLexicon.DIRECT) && (!speakerLike(g, r.source()) || r.kind() != Report.Kind.OPEN
          && !TokenRanges.insideQuote(r.contentBegin(), quotes) && !TokenRanges.insideQuote(r.contentBegin() + 1, quotes))) {
        // "the talks will continue next week": such a verb cues only the quotation beside it, and
        // only a speaker's ("the operations would continue “without pause”" is no one's)
        r = null;
      }
      if (r != null && lexicon.hasFrame(w.lemma(), CueLexicon.HEARD) && (r.source() == null || !SourceWords.isBench(r.source().lemma()))) {
        r = null; // "residents heard gunfire": only a court or a jury hears what was said before it
      }
      r = r == null ? null : withoutHearer(r, tokens, w);
      // "parents know which games are suitable": no statement, though the scope of attitudes counts what one knows
      r = r != null && !lexicon.attitudes() && lexicon.hasFrame(w.lemma(), CueLexicon.NOQUESTION) && opensQuestion(r, tokens) ? null : r;
      if (r != null && (r.contentEnd() > r.contentBegin() || r.kind() == Report.Kind.OPEN)) {
        out.add(r);
      }
    }
    out.addAll(silent);
    return out;
  }

  /**
   * Whether cue {@code w} is a speech its subject is only said to be going to make, inside what
   * an earlier cue reports: "said … that Minsk would respond “in a mirror manner”" is the
   * spokesman's words, not Minsk's.
   */
  private boolean foretold(SemanticGraph g, IndexedWord w) {
    boolean modal = Clauses.children(g, w, "aux").stream().anyMatch(a -> MODALS.contains(a.word().toLowerCase(Locale.ROOT)));
    if (!modal) {
      return false;
    }
    IndexedWord x = w;
    for (int depth = 0; depth < 8 && g.getParent(x) != null; depth++) {
      IndexedWord up = g.getParent(x);
      // its clause, or a second one the parser joined to the cue itself: "said the claims were false and that Moscow would respond …"
      boolean reported = "ccomp".equals(Clauses.rel(g, x)) || "conj".equals(Clauses.rel(g, x)) && Clauses.hasMark(g, x, "that");
      if (reported && up.tag().startsWith("VB") && lexicon.isCueVerb(up.lemma()) && up.index() < w.index()) {
        return true;
      }
      x = up;
    }
    return false;
  }

  /**
   * Whether {@code r}'s content opens with whom cue {@code w} speaks to ("…, Mr Mendis told
   * reporters, although …", the parser giving the cue no clause of its own): the hearer is no
   * content, and a closing reading of the cue reports the words before it.
   */
  private boolean hearerFirst(SemanticGraph g, IndexedWord w, Report r) {
    IndexedWord hearer = Clauses.child(g, w, "obj");
    return hearer != null && lexicon.hasFrame(w.lemma(), CueLexicon.HEARER) && r.contentBegin() >= w.endPosition()
        && Clauses.firstIndex(g, hearer) > 0 && r.contentBegin() == g.getNodeByIndex(Clauses.firstIndex(g, hearer)).beginPosition();
  }

  /**
   * Whether {@code r}'s content is a subordinate clause of time right after cue {@code w} that runs
   * to the sentence's end ("…, Kaboré said when he was asked about the vote."): no content, when a
   * closing reading of the cue reports the words before it.
   */
  private static boolean clauseAfter(List<CoreLabel> tokens, IndexedWord w, Report r) {
    int k = w.index() + 1; // 1-based index of the token after the cue
    return k <= tokens.size() && r.contentBegin() == tokens.get(k - 1).beginPosition() && TokenCues.afterClause(tokens, k) > k;
  }

  /**
   * Whether {@code r}'s content lies past the comma that sets off an adjunct opened by a
   * preposition after cue {@code w} ("…, the ministry announced on Tuesday, after the
   * confederation walked out of the talks saying …"): the parser hung a clause of the adjunct on
   * the cue, and a closing reading of the cue reports the words before it.
   */
  private static boolean pastAdjunct(List<CoreLabel> tokens, IndexedWord w, Report r) {
    for (int k = w.index(); k < tokens.size() - 1; k++) { // 0-based index of a token after the cue
      CoreLabel t = tokens.get(k);
      if (t.beginPosition() >= r.contentBegin() || t.tag().startsWith("VB")) {
        return false;
      }
      if (t.word().equals(",")) {
        CoreLabel next = tokens.get(k + 1);
        boolean marked = tokens.stream().anyMatch(c -> c.beginPosition() == r.contentBegin() && c.word().equalsIgnoreCase("that"));
        return next.tag().equals("IN") && !next.word().equalsIgnoreCase("that") && r.contentBegin() >= next.beginPosition() && !marked;
      }
    }
    return false;
  }

  /** Question words that open a clause left open: "which games are suitable", "why it failed". */
  private static final Set<String> QUESTION_WORDS = Set.of("which", "what", "who", "whom", "whose", "why", "how", "whether", "where", "when", "if");

  /** Whether {@code r}'s content opens with a question word. */
  private static boolean opensQuestion(Report r, List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      if (t.beginPosition() >= r.contentBegin()) {
        return QUESTION_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /**
   * {@code r} without the named hearer that a broken parse left at the start of its content: "told
   * Reuters the pirates had received …", "told The Observer government life was …" (the tagger
   * joins the paper's name to the noun after it). Only a cue of the hearer frame, only a run of
   * proper nouns (after "the") right after it, followed by more words of the content.
   */
  private Report withoutHearer(Report r, List<CoreLabel> tokens, IndexedWord w) {
    int k = w.index(); // 0-based index of the token after the cue
    if (!lexicon.hasFrame(w.lemma(), CueLexicon.HEARER) || k >= tokens.size() || r.contentBegin() != tokens.get(k).beginPosition()) {
      return r;
    }
    int first = k < tokens.size() - 1 && tokens.get(k).word().equals("The") ? k + 1 : k;
    int end = first;
    while (end < tokens.size() && tokens.get(end).tag().startsWith("NNP")) {
      end++;
    }
    boolean named = end > first && end < tokens.size() - 1 && tokens.get(end).tag().matches("DT|NNS?|JJ|PRP\\$?")
        && (tokens.subList(first, end).stream().anyMatch(t -> "ORGANIZATION".equals(t.ner()) || "PERSON".equals(t.ner()))
        || Newspapers.isPaper(tokens, first, end));
    return named && tokens.get(end).beginPosition() < r.contentEnd() ? r.withContent(tokens.get(end).beginPosition(), r.contentEnd()) : r;
  }

  /**
   * {@code r} with the source of the cue outside the quotation when the parser joined cue {@code
   * w} to a verb inside quotation marks: "X said police had acted against “groups who came to
   * fight,” and denied that …" is X's denial, not the groups'.
   */
  private Report outsideQuotation(SemanticGraph g, List<CoreLabel> tokens, IndexedWord w, Report r, List<QuoteMarks.Found> quotes) {
    IndexedWord joined = "conj".equals(Clauses.rel(g, w)) ? g.getParent(w) : null;
    if (r == null || joined == null || !TokenRanges.insideQuote(joined.beginPosition(), quotes)
        || !TokenRanges.insideQuote(r.source().beginPosition(), quotes) || TokenRanges.insideQuote(w.beginPosition(), quotes)) {
      return r; // only a source the quotation holds is the parser's mistake
    }
    IndexedWord up = joined;
    while (up != null && (TokenRanges.insideQuote(up.beginPosition(), quotes) || !up.tag().startsWith("VB") || !lexicon.isCueVerb(up.lemma()))) {
      up = g.getParent(up); // the cue that reports the quotation
    }
    IndexedWord source = up != null ? sources.source(g, up, 0) : null;
    int[] m = source == null ? null : TokenRanges.mention(g, tokens, source);
    return m == null ? r : r.withSource(source, m);
  }

  /** {@code r}, or null when it is {@link Report.Kind#SILENT}, which goes to {@code silent}: no statement for the checks after it. */
  private static Report spoken(Report r, List<Report> silent) {
    if (r != null && r.kind() == Report.Kind.SILENT) {
      silent.add(r);
      return null;
    }
    return r;
  }

  /** Whether {@code w} can speak: a source word ({@link CueSources#isSource}) or a noun for a person ("the farmer"). */
  private boolean speakerLike(SemanticGraph g, IndexedWord w) {
    return w == null || sources.isSource(g, w) || SourceWords.namesPerson(w.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether cue {@code v} has a clause after its object {@code object}: "admitted two soldiers had
   * been killed", where the parser took the clause's subject for the object and hung its verb on.
   */
  private static boolean clauseAfter(SemanticGraph g, IndexedWord v, IndexedWord object) {
    for (String rel : new String[] {"dep", "ccomp", "parataxis"}) {
      IndexedWord c = Clauses.child(g, v, rel);
      if (c != null && c.index() > object.index() && c.tag().startsWith("VB")) {
        return true;
      }
    }
    // "Robinson also admits his side | must improve …": the parser made the cue the subject of the object's predicate
    return BrokenParses.predicateAfter(g, v, object) != null;
  }

  /** Whether report {@code r}'s content is a part of {@code whole}'s and not all of it. */
  private static boolean inside(Report r, Report whole) {
    return r.contentBegin() >= whole.contentBegin() && r.contentEnd() <= whole.contentEnd()
        && r.contentEnd() - r.contentBegin() < whole.contentEnd() - whole.contentBegin();
  }

  /** Whether cue verb {@code v}'s object shows it is no act of words: force, a toll or people received. */
  private boolean noWords(SemanticGraph g, IndexedWord v) {
    IndexedWord target = Clauses.child(g, v, "obj");
    if (target == null) {
      return false;
    }
    // "fighters attacked southern Israel", "attacked a compound": force, not words
    return lexicon.hasFrame(v.lemma(), CueLexicon.TARGET) && !someone(g, target)
        // "The fire claimed 14 lives": a toll, not words ("attacked his personal life" stays)
        || "life".equals(target.lemma()) && "NNS".equals(target.tag())
        // "hospitals admitted 300 people", "doctors admitted 86 children", "police found the body": people received or found; not
        // "admitted two soldiers had been killed", nor a poll that finds someone ahead ("the poll found Trump even with Clinton")
        || lexicon.hasFrame(v.lemma(), CueLexicon.THING) && (someone(g, target) || SourceWords.namesPerson(target.lemma().toLowerCase(Locale.ROOT))
            || SourceWords.isRemains(target.lemma()))
            && !clauseAfter(g, v, target) && !recordSubject(g, v);
  }

  /** Whether cue {@code v}'s subject is a document or piece of evidence ("the poll", "records"). */
  private static boolean recordSubject(SemanticGraph g, IndexedWord v) {
    IndexedWord subject = Clauses.child(g, v, "nsubj");
    return subject != null && SourceWords.isRecord(subject.lemma());
  }

  private Report verbCue(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord v) {
    IndexedWord source = sources.source(g, v, 0);
    if (source == null) {
      source = CueSubject.participleSubject(g, tokens, v);
      source = source == null ? null : sources.outsideContent(g, source); // "X denied that its guards had fired, saying …": X
      IndexedWord detached = source == null ? null : sources.detachedSource(g, v, g.getParent(v), 0);
      source = detached != null ? detached : source; // "when she ran as a would-be leader, seeking …": not the leader
    }
    IndexedWord inverted = source == null ? null : BrokenParses.speakerAfterQuotation(g, tokens, v, source);
    if (inverted != null) {
      source = inverted;
    } else if (source == null) {
      // "“…,” said Dan Golvach": the parser may take a subject after the verb for its object
      inverted = Clauses.child(g, v, "obj");
      boolean reportsBefore = (Clauses.child(g, v, "ccomp") != null && Clauses.child(g, v, "ccomp").index() < v.index())
          || v.index() == 1 || (v.index() == 2 && tokens.get(0).tag().equals(","));
      if (inverted == null || inverted.index() < v.index() || !reportsBefore || lexicon.hasFrame(v.lemma(), CueLexicon.NOINVERT)) {
        return null; // "…, told Caracol Radio that": whom it was told, never who told it
      }
      source = inverted;
    }
    boolean speech = lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH);
    boolean agent = speech || lexicon.hasFrame(v.lemma(), CueLexicon.AGENT);
    if (BrokenParses.inContactClause(g, v)) {
      return null; // "Several farmers I spoke with said …": the cue of a relative clause with no relative word
    }
    // "Cuban said": a surname the tagger took for a nationality adjective, as subject of a verb of saying
    boolean capitalised = speech && source.tag().equals("JJ") && source.index() > 1 && Character.isUpperCase(source.word().charAt(0));
    if (!(sources.isSource(g, source) || (agent && CueSources.isNominal(g, source) && !sources.thingRelative(g, v)) || capitalised)
        || frames.findsNothing(g, v) || BrokenParses.numberModifier(g, v, source)) {
      return null;
    }
    if (noWords(g, v)) {
      return null;
    }
    boolean tollVerb = lexicon.isTollVerb(v.lemma());
    Set<IndexedWord> toll = tollVerb ? CueFrames.toll(g, v) : null;
    if (tollVerb && toll == null) {
      return null; // "put pressure on", "gave a speech": no figure given
    }
    Set<IndexedWord> content = null;
    Set<IndexedWord> excluded = Set.of();
    Report.Kind kind = Report.Kind.CLAUSE;
    int cueEnd = v.endPosition();
    IndexedWord ccomp = Clauses.complement(g, v);
    if (ccomp != null && BrokenParses.pastRelativeClause(g, v, ccomp)) {
      return null; // "…, where about 200 supporters had gathered, that the ruling was …": the clause is the outer cue's
    }
    ccomp = ccomp != null ? ccomp : BrokenParses.thatAfterRelative(g, v);
    if (lexicon.hasFrame(v.lemma(), CueLexicon.MARKED) && (ccomp == null || !Clauses.hasMark(g, ccomp, "that"))) {
      return null; // "the tariffs the two companies charge operators to access …": a price, no charge laid
    }
    IndexedWord parataxis = Clauses.child(g, v, "parataxis");
    int[] framed = inverted == null ? frames.leadingFrame(g, tokens, v) : null;
    boolean phrased = framed != null; // the content is a phrase of one of the cue's prepositions
    IndexedWord answer = speech ? answer(g, v) : null;
    IndexedWord smallClause = speech ? Clauses.subjectClause(g, v) : null;
    if (toll != null) {
      kind = Report.Kind.NOMINAL;
      content = toll;
    } else if (answer != null) {
      kind = Report.Kind.NOMINAL;
      content = Set.of(answer); // "most of the farmers said yes": the answer is what was said, not the question before it
    } else if (framed != null) {
      // "called for her ouster, believing …", "began calling for the director to resign, a step he
      // has refused": the phrase of the frame's preposition up to the comma, not what the parser hangs after it
      kind = Report.Kind.NOMINAL;
      content = Clauses.nodes(g, framed);
      cueEnd = tokens.get(v.index()).endPosition();
    } else if (ccomp != null) {
      // "did not say whether it would appeal": nothing said, though its subject spoke
      kind = frames.unanswered(g, v, ccomp) ? Report.Kind.SILENT : kind;
      content = g.descendants(ccomp);
      IndexedWord obj = Clauses.child(g, v, "obj");
      if (obj != null && obj.index() > v.index() && obj.index() < ccomp.index() && BrokenParses.subjectOfNext(g, tokens, obj)) {
        content = new HashSet<>(content);
        content.addAll(g.descendants(obj)); // "said staff were told …": the broken clause's subject
      }
      IndexedWord rest = BrokenParses.clauseAfter(g, v, ccomp);
      if (rest != null) {
        content = new HashSet<>(content);
        content.addAll(g.descendants(rest));
      }
      IndexedWord reason = BrokenParses.reasonAfter(g, v, ccomp);
      if (reason != null) {
        content = new HashSet<>(content);
        content.addAll(g.descendants(reason)); // "said the gap was expected, because doctors confirm …": the reason given with it
      }
      Set<IndexedWord> second = secondThatClauses(g, v, ccomp.index());
      if (!second.isEmpty()) {
        content = new HashSet<>(content);
        content.addAll(second);
      }
      IndexedWord parallel = BrokenParses.parallelClause(g, v, ccomp);
      if (parallel != null && !lexicon.isCueVerb(parallel.lemma())) {
        content = new HashSet<>(content);
        content.addAll(g.descendants(parallel)); // "said two people were killed and 16 were injured": both clauses
      }
      Set<IndexedWord> predicate = BrokenParses.predicateAfter(g, v, ccomp);
      if (predicate != null) {
        content = new HashSet<>(content);
        content.addAll(predicate);
      }
      IndexedWord fronted = BrokenParses.frontedClause(g, tokens, v, ccomp);
      if (fronted != null) {
        content = new HashSet<>(content);
        content.addAll(g.descendants(fronted)); // "If the law was never tested, Lee said, there is a reason": all of it
      }
    } else if (parataxis != null && parataxis.index() > v.index() && !frames.framedBefore(g, v, parataxis) && !(BrokenParses.objectBefore(g, v, parataxis) && !speech)
        && !frames.infinitiveBefore(g, v, parataxis)) {
      if (closingCue(g, parataxis)) {
        return null; // "Prices are worrying, Ann Lee said.": the words before "Ann Lee said" are hers
      }
      content = g.descendants(parataxis);
    } else if (smallClause != null) {
      if (lexicon.hasFrame(v.lemma(), CueLexicon.ACT) && smallClause.tag().startsWith("NN") && CueFrames.namesAct(g, smallClause)) {
        return null; // "declared Mbewe the winner": a verbless clause whose noun names an act reports nothing
      }
      content = g.descendants(smallClause); // "Ebeling said it's hard …" parsed as xcomp or advcl
    } else {
      kind = Report.Kind.NOMINAL;
      IndexedWord xcomp = Clauses.child(g, v, "xcomp");
      IndexedWord obj = inverted == null ? Clauses.child(g, v, "obj") : null;
      IndexedWord dep = Clauses.child(g, v, "dep");
      Phrase addressee = xcomp == null ? null : frames.prepositional(g, v);
      boolean addressed = addressee != null && addressee.head().index() < xcomp.index() && sources.isSource(g, addressee.head())
          && !TokenRanges.isDate(addressee.head().backingLabel());
      IndexedWord objCase = obj == null ? null : Clauses.child(g, obj, "case");
      if (xcomp != null && objCase != null && obj.index() < xcomp.index() && lexicon.hasFrame(v.lemma(), objCase.word())) {
        addressed = true; // "called on her to resign" with "her" parsed as the object
        addressee = new Phrase(obj, objCase);
      }
      if (obj != null && lexicon.hasFrame(v.lemma(), CueLexicon.ACT) && CueFrames.declaredAct(g, v, obj)) {
        return null; // "declared a state of emergency", "announced three days of mourning": an act, not a statement
      }
      boolean naming = lexicon.hasFrame(v.lemma(), CueLexicon.PREDICATE);
      Set<IndexedWord> said = naming ? PredicateFrame.content(g, v, obj) : null;
      if (xcomp != null && (lexicon.hasFrame(v.lemma(), CueLexicon.XCOMP) || (addressed && said == null))) {
        content = new HashSet<>(g.descendants(xcomp));
        if (obj != null && obj.index() < xcomp.index() && (addressee == null || !addressee.head().equals(obj))) {
          content.addAll(g.descendants(obj));
        } else if (addressed) {
          content.addAll(g.descendants(addressee.head())); // "called upon the mayor to resign"
          content.remove(addressee.preposition());
          cueEnd = addressee.preposition().index() == v.index() + 1 ? addressee.preposition().endPosition() : cueEnd;
        }
      } else if (said != null) {
        content = said; // "called the deal a mistake", "calls Clinton unqualified"
      } else if (obj != null && (lexicon.hasFrame(v.lemma(), CueLexicon.OBJECT) || frames.particleFrame(g, v)) && !BrokenParses.beforeVerb(g, tokens, v, obj) && !CueFrames.emptyObject(obj)
          && (!lexicon.hasFrame(v.lemma(), CueLexicon.EVIDENCE) || SourceWords.isRecord(source.lemma()))) {
        content = new HashSet<>(g.descendants(obj));
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
          String r = e.getRelation().toString();
          if (e.getDependent().index() > obj.index() && (r.equals("xcomp") || r.equals("obl:npmod") || r.equals("obj"))) {
            content.addAll(g.descendants(e.getDependent())); // "called the deal a historic step"
          }
          if (e.getDependent().index() > obj.index() && (r.equals("obl") || r.equals("dep")) && lexicon.hasFrame(v.lemma(), CueLexicon.FINDING)) {
            content.addAll(g.descendants(e.getDependent())); // a small clause: "polls show Clinton with a double-digit lead"
          }
          if (e.getDependent().index() > obj.index() && saysOfObject(g, v, e.getDependent(), r)) {
            content.addAll(g.descendants(e.getDependent())); // "criticized the mayor for the delay", "cited the memo as proof"
          }
        }
        Set<IndexedWord> predicate = lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH)
            ? BrokenParses.predicateAfter(g, v, content.stream().mapToInt(IndexedWord::index).max().orElse(0)) : null;
        if (predicate != null) {
          content.addAll(predicate); // "said the commission's failure to upload the forms | was “regrettable”": a subject and its predicate
        }
        boolean reported = "ccomp".equals(Clauses.rel(g, v)); // "said countries had reported cases, and that it was …": the outer cue's
        Set<IndexedWord> second = lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH) && !reported ? secondThatClauses(g, v, obj.index()) : Set.of();
        if (!second.isEmpty()) {
          // "said the two men who died had fallen …, and that divers would resume …": the object
          // was a clause's subject the parser broke off, as the that-clause joined to it shows
          kind = Report.Kind.CLAUSE;
          content.addAll(second);
        }
      } else if (dep != null && dep.index() > v.index() && lexicon.hasFrame(v.lemma(), CueLexicon.OBJECT)
          && !(cueParticiple(dep) && Clauses.child(g, dep, "nsubj") == null) && !trailingParticiple(g, tokens, v, dep)
          && !parenthetical(g, dep)) {
        content = new HashSet<>(g.descendants(dep)); // "highlighted the progress made ...", parsed as a loose clause
        if (obj != null && obj.index() < dep.index() && BrokenParses.beforeVerb(g, tokens, v, obj)) {
          content.addAll(g.descendants(obj)); // "say the referee had been unfair": the broken clause's subject
        }
        for (IndexedWord range : Clauses.children(g, v, "obl")) {
          if (range.index() > v.index() && range.index() < dep.index() && Clauses.hasCase(g, range, Set.of("between"))) {
            content.addAll(g.descendants(range)); // "said between 31 and 35 people had died": the range taken for the cue's oblique
          }
        }
      } else if (frames.markedClause(g, v) != null) {
        // "calls for $1 trillion in new spending to …", "called on the senator to resign": the
        // parser takes the preposition for the mark of a clause
        IndexedWord clause = frames.markedClause(g, v);
        IndexedWord mark = Clauses.opener(g, clause);
        content = g.descendants(clause);
        excluded = Set.of(mark);
        cueEnd = mark.endPosition();
      } else {
        Phrase phrase = frames.prepositional(g, v);
        if (phrase != null && Clauses.negated(g, v)) {
          return null; // "has not commented on the fish deaths": what no one said
        }
        if (phrase != null) {
          phrased = true;
          IndexedWord prep = phrase.preposition();
          content = new HashSet<>(g.descendants(phrase.head()));
          content.remove(prep);
          if (obj != null && obj.index() < prep.index()) {
            // "regard the tower as an eyesore", "accused the ministry of lying": who or what the
            // phrase is about belongs to the content
            content.addAll(g.descendants(obj));
          }
          if (prep.index() <= v.index() + 2 && (obj == null || obj.index() > prep.index())) {
            cueEnd = prep.endPosition(); // "called for", "agreed on"
          }
        }
      }
      if (content == null && naming && obj != null && !lexicon.hasFrame(v.lemma(), CueLexicon.OBJECT)) {
        return null; // "a group called Ginbot 7", "called Haugland": a name or a phone call, no report and no cue for a quotation
      }
      IndexedWord as = Clauses.child(g, v, "mark");
      if (content == null && as != null && as.word().equalsIgnoreCase("as") && as.index() < v.index() && obj == null
          && "advcl".equals(Clauses.rel(g, v)) && g.getParent(v).tag().startsWith("VB")) {
        // "As the Post reported on Monday, the inquiry had …", "…, as Reuters reported": the
        // clause that the as-clause modifies is the report
        kind = Report.Kind.CLAUSE;
        content = g.descendants(g.getParent(v));
        excluded = g.descendants(v);
      }
      int[] after = content == null && inverted == null && speech && source.index() < v.index() ? TokenCues.clauseAfter(g, tokens, v) : null;
      if (after != null) {
        // "Goff said succeeding in 2016 is …", "A self-professed independent, Cuban said he'd …":
        // the parser hangs the reported clause above the cue or as a bare xcomp; the words
        // after the cue are the clause when they open with a subject and hold a finite verb
        kind = Report.Kind.CLAUSE;
        content = Clauses.nodes(g, after);
      }
      if (content == null && BrokenParses.contactRelative(g, tokens, v)) {
        // "votes to boost turnout - something he says will boost their cause": a relative clause
        // with no relative word reports the predicate after its cue, not the clause it hangs on
        int[] predicate = TokenCues.predicateAfter(tokens, v);
        if (predicate == null) {
          return null;
        }
        kind = Report.Kind.CLAUSE;
        content = Clauses.nodes(g, predicate);
      }
      if (content == null && BrokenParses.interrupts(g, tokens, v)) {
        // "The plan, he said, will fail", "It had two goals, the admiral said.": the cue
        // interrupts or closes the clause it reports (the parser may hang it on any word of it)
        kind = Report.Kind.CLAUSE;
        IndexedWord clause = "parataxis".equals(Clauses.rel(g, v)) ? g.getParent(v) : Clauses.clauseHead(g, v);
        while ((Clauses.rel(g, clause).startsWith("acl") || Clauses.rel(g, clause).equals("advcl")) && closesSentence(tokens, v)) {
          // "A boy was among the dead at the school, where 900 people had sheltered, the agency
          // said.": a cue that closes the sentence reports the main clause, not the relative or
          // adverbial one it hangs on ("… was sailing to Manado when flames spread, Hartono told Xinhua.")
          clause = Clauses.clauseHead(g, g.getParent(clause));
        }
        content = g.descendants(clause);
        excluded = new HashSet<>(g.descendants(v));
        for (IndexedWord c : g.getChildList(clause)) {
          if (c.index() > v.index() && cueParticiple(c)) {
            excluded.addAll(g.descendants(c)); // "…, Smith said, adding that …": the participle reports on its own
          }
        }
        int mentionFirst = Clauses.firstIndex(g, source);
        if (clause.index() < mentionFirst) {
          // "The toll rose to 85, officials said, after rescuers …": a cue after its clause's verb
          // closes the report; what follows the cue is the writer's
          content.removeIf(w -> w.index() > mentionFirst);
        }
      }
    }
    if (lexicon.isFramedVerb(v.lemma()) && !phrased) {
      return null; // "saw him leave", "will see growth slow": such a verb reports only in its phrase
    }
    if (content == null) {
      // no content in the sentence: "Reporter Jane Roe says:", "“…?” asked Ann Lee." — a quotation
      // next to it may be its content; the anchor is after a colon, else the cue's end
      CoreLabel next = v.index() < tokens.size() ? tokens.get(v.index()) : null;
      int anchor = next != null && next.word().equals(":") ? next.endPosition() : v.endPosition();
      int[] m = TokenRanges.mention(g, tokens, source);
      return m == null ? null : new Report(s, g, Report.Kind.OPEN, v.beginPosition(), v.endPosition(), v, source, m[0], m[1],
          anchor, anchor);
    }
    boolean whOnly = onlyWhWords(content, excluded);
    int[] predicate = whOnly ? TokenCues.predicateAfter(tokens, v) : null;
    if (predicate != null || (whOnly && !Clauses.clauseFollows(g, v))) {
      // "a budget cut, which the mayor criticized": the antecedent is what was said; a free "what"
      // names nothing ("which the union said would cost jobs" is ContentBounds' to read)
      if (predicate != null) {
        // "changes, which officials said will go into effect …, will …": the parser made the
        // relative clause's verb the sentence's; the predicate after the cue is the content
        kind = Report.Kind.CLAUSE;
        content = Clauses.nodes(g, predicate);
      } else if (!"acl:relcl".equals(Clauses.rel(g, v))) {
        return null;
      } else {
        content = g.descendants(g.getParent(v));
        excluded = g.descendants(v);
      }
    }
    if (source.equals(sources.byAgent(g, v))) {
      // "Asked by a reporter to explain the delay, the mayor said …": the fronted participle's
      // clause ends at its comma, whatever the parser hangs on it after that
      int comma = v.index() + 1;
      while (comma <= tokens.size() && !tokens.get(comma - 1).word().equals(",")) {
        comma++;
      }
      int end = comma;
      excluded = new HashSet<>(excluded);
      excluded.addAll(content.stream().filter(w -> w.index() >= end).toList());
    }
    int[] c = TokenRanges.range(tokens, content, excluded);
    int[] m = TokenRanges.mention(g, tokens, source, v);
    if (c == null || m == null) {
      return null;
    }
    IndexedWord prt = Clauses.child(g, v, "compound:prt");
    if (prt != null && prt.index() == v.index() + 1) {
      cueEnd = Math.max(cueEnd, prt.endPosition());
    }
    return new Report(s, g, kind, v.beginPosition(), cueEnd, v, source, m[0], m[1], c[0], c[1]);
  }

  /**
   * The words of the that-clauses the parser joined to cue {@code v} itself after word {@code
   * after} ("said A, and that B"): B, a second statement of the cue.
   */
  private static Set<IndexedWord> secondThatClauses(SemanticGraph g, IndexedWord v, int after) {
    Set<IndexedWord> out = new HashSet<>();
    for (IndexedWord second : Clauses.children(g, v, "conj")) {
      if (second.index() > after && Clauses.hasMark(g, second, "that")) {
        out.addAll(g.descendants(second));
      }
    }
    return out;
  }

  /**
   * "…, the agency said on Thursday, driven largely by the conflicts": a participle with no
   * subject after a comma, hung on a cue that interrupts the clause it reports, is that clause's
   * adjunct, not what was said.
   */
  private static boolean trailingParticiple(SemanticGraph g, List<CoreLabel> tokens, IndexedWord v, IndexedWord dep) {
    return dep.tag().matches("VBN|VBG") && Clauses.child(g, dep, "nsubj") == null && dep.index() >= 2
        && tokens.get(dep.index() - 2).word().equals(",") && BrokenParses.interrupts(g, tokens, v);
  }

  /**
   * Whether {@code w} names someone who can be attacked in words, or something of theirs: a
   * person, an organisation, a personal pronoun, a source noun, a noun named for a person ("the
   * Koch brothers"), or a thing with such an owner ("Mr. Clinton's personal life").
   */
  private boolean someone(SemanticGraph g, IndexedWord w) {
    IndexedWord owner = Clauses.child(g, w, "nmod:poss");
    return w.tag().equals("PRP") || "PERSON".equals(w.ner()) || "ORGANIZATION".equals(w.ner())
        || w.tag().startsWith("NNP") && "O".equals(w.ner()) || lexicon.isSourceNoun(w.lemma())
        || owner != null && someone(g, owner) || Clauses.children(g, w, "compound").stream().anyMatch(c -> "PERSON".equals(c.ner()));
  }

  /** The "yes" or "no" right after verb of saying {@code v}, which the parser hangs on it as a discourse word; null if none. */
  private static IndexedWord answer(SemanticGraph g, IndexedWord v) {
    IndexedWord d = Clauses.child(g, v, "discourse");
    return d != null && d.index() == v.index() + 1 && d.word().matches("(?i)yes|no") ? d : null;
  }

  /** "declined by 0.2% (adjusted for inflation)": a loose clause in parentheses is an aside, not what was said. */
  private static boolean parenthetical(SemanticGraph g, IndexedWord dep) {
    return Clauses.children(g, dep, "punct").stream().anyMatch(p -> p.tag().equals("-LRB-") && p.index() < dep.index());
  }

  /** Whether nothing but the cue's own modifiers and the final punctuation follow cue {@code v}. */
  private static boolean closesSentence(List<CoreLabel> tokens, IndexedWord v) {
    for (int i = v.index(); i < tokens.size(); i++) {
      String tag = tokens.get(i).tag();
      if (tag.equals(",") || tag.equals(":")) {
        return false;
      }
    }
    return true;
  }

  /** "what it says about America", "which the judge said": a content of nothing but a wh-word. */
  private static boolean onlyWhWords(Set<IndexedWord> content, Set<IndexedWord> excluded) {
    return content.stream().filter(w -> !excluded.contains(w)).allMatch(w -> w.tag().matches("WDT|WP|WRB"));
  }

  /** A participle of a cue verb ("adding", "saying"): a report of its own, never another cue's content. */
  private boolean cueParticiple(IndexedWord w) {
    return w.tag().equals("VBG") && lexicon.isCueVerb(w.lemma());
  }

  /**
   * Whether {@code w} is a cue verb with a subject and no complement of its own ("…, Ann Lee
   * said."): it reports the clause it hangs on, so that clause's verb is no cue of it.
   */
  private boolean closingCue(SemanticGraph g, IndexedWord w) {
    return lexicon.isCueVerb(w.lemma()) && Clauses.child(g, w, "nsubj") != null
        && g.getChildList(w).stream().noneMatch(c -> Clauses.rel(g, c).matches("ccomp|obj|xcomp|parataxis|dep"));
  }

  /**
   * Whether {@code dep}, hung on cue {@code v} by relation {@code rel} after its object, says
   * what the cue says of that object: an "as" phrase ("cited the memo as proof", "mocked him as
   * a neophyte") or a phrase or clause of one of the cue's prepositions ("criticized the mayor
   * for the delay", "praised her for changing course").
   */
  private boolean saysOfObject(SemanticGraph g, IndexedWord v, IndexedWord dep, String rel) {
    IndexedWord prep = rel.startsWith("obl") ? Clauses.child(g, dep, "case") : rel.equals("advcl") ? Clauses.child(g, dep, "mark") : null;
    if (prep == null) {
      return false;
    }
    String word = prep.word().toLowerCase(Locale.ROOT);
    return (word.equals("as") && rel.startsWith("obl")) || (!word.equals("as") && lexicon.hasFrame(v.lemma(), word));
  }
}
