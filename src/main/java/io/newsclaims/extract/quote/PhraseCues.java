package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the reports that a phrase rather than a verb introduces: a statement noun with its
 * possessor ("the ministry's claim that …", "Trump's call for a ban"), and a source phrase
 * ("according to X", "per the agency", "by the ministry's count", "in a new CNN poll") whose
 * clause is X's. The phrase's source must pass the same test as a cue verb's subject. Immutable
 * and thread-safe.
 */
final class PhraseCues {
  /** Name tags of an amount, which a "per" phrase after it divides: "£20, per person". */
  private static final Set<String> AMOUNTS = Set.of("MONEY", "NUMBER", "PERCENT", "DURATION", "SET");

  /** Relations of a clause's subject. */
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass");
  /** Prepositions that introduce the content of a statement noun: "call for", "criticism of", "remarks about". */
  private static final Set<String> NOUN_PREPOSITIONS = Set.of("for", "of", "on", "about", "against");

  private final CueLexicon lexicon;
  private final CueSources sources;

  PhraseCues(CueLexicon lexicon, CueSources sources) {
    this.lexicon = lexicon;
    this.sources = sources;
  }

  /**
   * A statement noun {@code n} with a possessor that can be a source and, right after it, a
   * that-clause, an infinitive or a preposition of the content.
   */
  Report noun(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord n) {
    IndexedWord poss = Clauses.child(g, n, "nmod:poss");
    if (poss == null || !sources.isSource(g, poss)) {
      return null;
    }
    for (IndexedWord c : g.getChildList(n)) {
      String r = Clauses.rel(g, c);
      IndexedWord mark = Clauses.child(g, c, "mark");
      IndexedWord prep = Clauses.child(g, c, "case");
      boolean that = mark != null && "that".equalsIgnoreCase(mark.word());
      // "Trump's call for a ban", "his proposal to deport …", "Ms. Warren's criticism of the developer"
      boolean to = mark != null && "to".equalsIgnoreCase(mark.word()) && mark.index() == n.index() + 1;
      // "its first statement on Tuesday": a date is when, never what
      boolean prepositional = "nmod".equals(r) && prep != null && prep.index() == n.index() + 1
          && NOUN_PREPOSITIONS.contains(prep.word().toLowerCase(Locale.ROOT)) && !"DATE".equals(c.ner()) && !"TIME".equals(c.ner());
      if ((("ccomp".equals(r) || "acl".equals(r)) && (that || to)) || prepositional) {
        // the preposition or "to" right after the noun belongs to the cue ("call for"), as with verbs
        IndexedWord joined = prepositional ? prep : to ? mark : null;
        int[] range = TokenRanges.range(tokens, g.descendants(c), joined == null ? Set.of() : Set.of(joined));
        int[] m = TokenRanges.mention(g, tokens, poss);
        if (range != null && m != null) {
          return new Report(s, g, Report.Kind.NOUN, n.beginPosition(), joined == null ? n.endPosition() : joined.endPosition(),
              n, poss, m[0], m[1], range[0], range[1]);
        }
      }
    }
    return null;
  }

  /** "according to X", "per X", "by X's count": the statement that the phrase modifies is X's. */
  Report marker(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord p) {
    IndexedWord x = g.getParent(p);
    if (x == null || "fixed".equals(Clauses.rel(g, p))) {
      return null;
    }
    IndexedWord source = x;
    boolean inFinding = false;
    int cueBegin = p.beginPosition();
    int cueEnd = p.endPosition();
    if (lexicon.isMarker(p.word())) {
      IndexedWord fixed = Clauses.child(g, p, "fixed");
      if (fixed != null) {
        cueEnd = fixed.endPosition();
      }
      boolean determined = Clauses.child(g, x, "det") != null || Clauses.child(g, x, "nmod:poss") != null
          || x.tag().startsWith("NNP") || !"O".equals(x.ner()) || x.tag().equals("NNS") || x.tag().equals("PRP");
      // "according to" names a source by itself ("according to his Facebook profile", "… to the
      // RCP average"); the bare preposition "per" only with a source noun ("per the agency", not "per the hour")
      boolean according = fixed != null && p.word().equalsIgnoreCase("according");
      determined |= according && (Clauses.child(g, x, "amod") != null || Clauses.child(g, x, "nummod") != null || Clauses.child(g, x, "compound") != null
          || sources.isSource(g, x)); // "according to police", not "according to plan"
      determined |= rateless(tokens, p); // "…, per police"
      if (!determined || !(sources.isSource(g, x) || according)) {
        return null;
      }
      if (!according && Clauses.child(g, x, "nummod") != null) {
        return null; // "7.5 connections per 100 people": a rate, not a source
      }
    } else if (lexicon.isMarker(p.word() + " " + x.lemma()) && Clauses.child(g, x, "nmod:poss") != null) {
      source = Clauses.child(g, x, "nmod:poss"); // "by the ministry's count"
      cueEnd = x.endPosition();
    } else if (lexicon.isMarker(p.word() + " " + x.lemma()) && (Clauses.child(g, x, "det") != null || Clauses.child(g, x, "amod") != null
        || Clauses.child(g, x, "compound") != null || x.tag().equals("NNS"))) {
      inFinding = true; // "in a new CNN poll", "in the latest surveys": the poll is the source
    } else {
      return frontedPoll(s, g, tokens, p);
    }
    Report fronted = p.index() == 1 && p.word().equalsIgnoreCase("according") ? frontedAppositive(s, g, tokens, p, x, cueBegin, cueEnd) : null;
    if (fronted != null) {
      return fronted;
    }
    IndexedWord head = g.getParent(x);
    if ((head == null || TokenRanges.isPunct(head.backingLabel())) && !inFinding && p.index() > 2) {
      // "“The industry will work with the artists,” according to Glen Yearwood.": the parser made the
      // source the root (or hung it on the closing mark) and what it says a clause of it; the phrase
      // sources the words before it
      int[] before = TokenCues.contentBefore(tokens, p.index() - 1);
      int[] m = TokenRanges.mention(g, tokens, source);
      return before == null || m == null ? null
          : new Report(s, g, Report.Kind.MARKER, cueBegin, cueEnd, p, source, m[0], m[1], before[0], before[1]);
    }
    while (inFinding && head != null && "xcomp".equals(Clauses.rel(g, head))) {
      head = g.getParent(head); // "Clinton continues to lead in the polls": the whole clause
    }
    if (head == null && inFinding) {
      return frontedPoll(s, g, tokens, p);
    }
    if (head == null || (inFinding && (!Clauses.headsClause(head, g) || p.index() > head.index()))) {
      // only a fronted poll sources its clause ("In a CNN poll, 73 percent …"); "her lead in
      // the poll" is a noun's, "Trump is leading in the polls" the writer's summary
      return null;
    }
    boolean apart = !inFinding && rateless(tokens, p);
    while (apart && head.tag().startsWith("NN") && g.getParent(head) != null && head.index() < p.index()) {
      // "…, killing four workers, per police": no rate of the noun ("four workers per shift")
      // after a comma, but the source of the clause that holds it
      head = g.getParent(head);
    }
    List<IndexedWord> joined = apart && head.tag().equals("VBG") ? participlesBefore(g, head) : List.of();
    while (!inFinding && p.index() < head.index() && SUBJECTS.contains(Clauses.rel(g, head)) && g.getParent(head) != null) {
      // "According to the judges, consent to process data must be explicit": a fronted phrase
      // the parser hung inside the subject sources the clause the subject belongs to
      head = g.getParent(head);
    }
    boolean marker = lexicon.isMarker(p.word());
    int[] commas = marker && !inFinding ? setOff(g, tokens, p, x) : null;
    if (commas != null && head.index() < p.index() && "advcl".equals(Clauses.rel(g, head)) && g.getParent(head) != null
        && g.getParent(head).index() > p.index()) {
      // "While most were marked confidential, according to an official, two were marked secret":
      // a phrase set off after a fronted clause sources the main clause that follows it
      head = g.getParent(head);
    }
    int[] relativeAfter = head.index() > p.index() ? commas : null;
    if (relativeAfter != null && relativeAfter[1] < tokens.size() && tokens.get(relativeAfter[1]).tag().matches("WRB|WDT|WP")) {
      // "Clinton leads in California, according to the RCP average, where 475 delegates are at
      // stake": the parser hung the phrase on the relative clause after it; it sources the words before
      int[] before = TokenCues.contentBefore(tokens, p.index() - 1);
      int[] m = TokenRanges.mention(g, tokens, source);
      return before == null || m == null ? null
          : new Report(s, g, Report.Kind.MARKER, cueBegin, cueEnd, p, source, m[0], m[1], before[0], before[1]);
    }
    if (p.index() > 1 && relativeToSource(tokens, g, x, head)) {
      return null; // "…, according to documents he submitted to the agency": the verb after is the documents'
    }
    Set<IndexedWord> excluded = new HashSet<>(g.descendants(x));
    IndexedWord name = marker ? nameAfter(g, tokens, x) : null;
    int[] m = TokenRanges.mention(g, tokens, source);
    IndexedWord appositive = name == null && lexicon.isMarker(p.word()) ? closingAppositive(g, tokens, x) : null;
    int[] sentence = appositive == null ? null : closingSentence(g, tokens, p, x, appositive);
    if (sentence != null && m != null) {
      // "…, according to the village chief, Faustin Ndjadi.": the name is the source's, whatever
      // the parser hung the phrase on
      return new Report(s, g, Report.Kind.MARKER, cueBegin, cueEnd, p, appositive, m[0], appositive.endPosition(), sentence[0], sentence[1]);
    }
    if (name != null && m != null) { // "according to the shipping data firm Clarksons, traffic …"
      for (int k = x.index(); k <= name.index(); k++) {
        excluded.add(g.getNodeByIndexSafe(k + 1));
      }
      m = new int[] {m[0], name.endPosition()};
      source = name;
    }
    Set<IndexedWord> clause = new HashSet<>(g.descendants(head));
    joined.forEach(v -> clause.addAll(g.descendants(v)));
    int[] c = TokenRanges.block(tokens, clause, excluded, joined.isEmpty() ? head : joined.get(0));
    if (c == null || m == null) {
      return null;
    }
    // not a relative clause in a sentence that a source before it speaks for ("According to the
    // ministry, …, since October, when an offensive killed 1,139 people, according to Israeli
    // tallies"): the marker sources that clause only; with none before ("The riot began in
    // Block 4, where rival gangs are held, according to the prison agency") all of it
    int begin = c[0];
    boolean relative = tokens.stream().filter(t -> t.beginPosition() == begin).anyMatch(t -> t.tag().matches("WRB|WDT|WP"))
        && sourcedBefore(tokens, begin);
    int[] whole = lexicon.isMarker(p.word()) && !relative ? closingSentence(g, tokens, p, x, name) : null;
    if (whole != null && whole[0] < c[0]) {
      c = whole; // "The fire, which …, doubled in size as temperatures reached 34 C, per the fire service": all of it
    }
    return new Report(s, g, Report.Kind.MARKER, cueBegin, cueEnd, p, source, m[0], m[1], c[0], c[1]);
  }

  /** Whether a source marker or a cue verb stands before character offset {@code begin}. */
  private boolean sourcedBefore(List<CoreLabel> tokens, int begin) {
    return tokens.stream().anyMatch(t -> t.beginPosition() < begin && (lexicon.isMarker(t.word())
        || t.tag().startsWith("VB") && t.lemma() != null && lexicon.isCueVerb(t.lemma())));
  }

  /**
   * Whether {@code p} is "per" right after a comma: a source ("…, killing four workers, per
   * police"), never the rate the parser may take it for ("40 tonnes per shift"), unless an amount
   * ends the words before the comma ("cost £20, per person").
   */
  private static boolean rateless(List<CoreLabel> tokens, IndexedWord p) {
    return p.word().equalsIgnoreCase("per") && p.index() > 2 && tokens.get(p.index() - 2).word().equals(",")
        && !AMOUNTS.contains(tokens.get(p.index() - 3).ner()); // "Tickets cost £20, per person", "£900 a year, per resident": a rate
  }

  /**
   * The participles coordinated before participle {@code v} on the same verb, in order: "killing
   * two workers" of "killing two workers and injuring 18 people, per police", which the phrase
   * sources as one; none when {@code v} is no such conjunct.
   */
  private static List<IndexedWord> participlesBefore(SemanticGraph g, IndexedWord v) {
    IndexedWord parent = g.getParent(v);
    if (parent == null || !"conj".equals(Clauses.rel(g, v))) {
      return List.of();
    }
    List<IndexedWord> before = new ArrayList<>();
    for (IndexedWord c : Clauses.children(g, parent, "conj")) {
      if (c.tag().equals("VBG") && c.index() > parent.index() && c.index() < v.index()) {
        before.add(c);
      }
    }
    before.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return before;
  }

  /**
   * The 1-based indices of the commas around source phrase {@code p} … {@code x} set off inside its
   * sentence ("…, according to X, …"): the comma right before the preposition and the one right
   * after the phrase's last word; null unless both are there.
   */
  private static int[] setOff(SemanticGraph g, List<CoreLabel> tokens, IndexedWord p, IndexedWord x) {
    if (p.index() < 3 || !tokens.get(p.index() - 2).word().equals(",")) {
      return null;
    }
    int last = x.index();
    for (IndexedWord d : g.descendants(x)) {
      if (d.index() > last && !TokenRanges.isPunct(tokens.get(d.index() - 1))) {
        last = d.index();
      }
    }
    return last < tokens.size() && tokens.get(last).word().equals(",") ? new int[] {p.index() - 1, last + 1} : null;
  }

  /**
   * The words before the comma when marker {@code p} and its source close the sentence after a
   * comma ("…, according to X."): the whole sentence is X's, also where the parser hung the
   * marker on a clause inside it; null otherwise.
   */
  private static int[] closingSentence(SemanticGraph g, List<CoreLabel> tokens, IndexedWord p, IndexedWord x, IndexedWord name) {
    if (p.index() < 3 || !tokens.get(p.index() - 2).word().equals(",")) {
      return null;
    }
    int last = Math.max(Clauses.lastIndex(g, x), name != null ? name.index() : 0);
    for (int k = last + 1; k <= tokens.size(); k++) {
      if (!TokenRanges.isPunct(tokens.get(k - 1))) {
        return null;
      }
    }
    return TokenCues.contentBefore(tokens, p.index() - 1);
  }

  /**
   * "In an ABC News/Washington Post Poll released Sunday, three of four Americans …": a poll phrase
   * that opens the sentence up to its comma sources the clause after the comma, also where the
   * parser made the poll the sentence's root or hung it above its own preposition; read from the
   * tokens. Null unless {@code p} is the sentence's first word and the clause has a verb.
   */
  private Report frontedPoll(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord p) {
    if (p.index() != 1) {
      return null;
    }
    int comma = 1;
    while (comma < tokens.size() && !tokens.get(comma).word().equals(",")) {
      comma++;
    }
    int poll = -1;
    for (int k = 1; k < comma; k++) {
      CoreLabel t = tokens.get(k);
      if (t.tag().startsWith("NN") && t.lemma() != null && lexicon.isMarker(p.word() + " " + t.lemma().toLowerCase(Locale.ROOT))) {
        poll = k;
      }
    }
    int last = tokens.size() - 1;
    while (last > comma && TokenRanges.isQuoteMark(tokens.get(last)) || last > comma && tokens.get(last).tag().equals(".")) {
      last--;
    }
    boolean clause = false;
    for (int k = comma + 1; k <= last; k++) {
      clause |= tokens.get(k).tag().startsWith("VB");
    }
    IndexedWord source = poll < 0 ? null : g.getNodeByIndexSafe(poll + 1);
    if (source == null || !clause) {
      return null;
    }
    return new Report(s, g, Report.Kind.MARKER, p.beginPosition(), p.endPosition(), p, source, tokens.get(1).beginPosition(),
        tokens.get(poll).endPosition(), tokens.get(comma + 1).beginPosition(), tokens.get(last).endPosition());
  }

  /**
   * The last word of a name right after common noun {@code x} of a source phrase and closed by a
   * comma, which the parser took out of the phrase ("according to the shipping data firm
   * Clarksons, traffic …", where it read "Clarksons" as the clause's subject); null if none.
   */
  private static IndexedWord nameAfter(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    int end = Clauses.lastIndex(g, x);
    if (!x.tag().startsWith("NN") || x.tag().startsWith("NNP") || end != x.index()) {
      return null;
    }
    int k = end; // 0-based index of the word after the phrase
    while (k < tokens.size() && tokens.get(k).tag().startsWith("NNP")) {
      k++;
    }
    if (k == end || k >= tokens.size() || !tokens.get(k).word().equals(",")) {
      return null;
    }
    IndexedWord last = g.getNodeByIndexSafe(k);
    return last == null || g.descendants(x).contains(last) ? null : last;
  }

  /**
   * The last word of a name set off by a comma right after common noun {@code x} of a source
   * phrase and closing the sentence ("…, according to Kahindo's village chief, Faustin Ndjadi."):
   * an apposition naming the source; null if none.
   */
  private static IndexedWord closingAppositive(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    // the name stands beside the phrase's noun itself, not beside one deeper in it ("according to a
    // statement from the family of the victim, Jane Doe": the victim's name)
    IndexedWord name = Clauses.lastIndex(g, x) == x.index() ? nameSetOff(g, tokens, x) : null;
    if (name == null) {
      return null;
    }
    for (int j = name.index(); j < tokens.size(); j++) {
      if (!TokenRanges.isPunct(tokens.get(j))) {
        return null;
      }
    }
    return name;
  }

  /**
   * The last word of a person's name set off by a comma right after common noun {@code x}
   * ("the village chief, Faustin Ndjadi"), read from the tags; null if none.
   */
  private static IndexedWord nameSetOff(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    int k = x.index(); // 0-based index of the word after the noun
    if (!x.tag().startsWith("NN") || x.tag().startsWith("NNP") || k + 1 >= tokens.size() || !tokens.get(k).word().equals(",")) {
      return null;
    }
    int end = k + 1;
    while (end < tokens.size() && tokens.get(end).tag().startsWith("NNP")) {
      end++;
    }
    IndexedWord last = end == k + 1 ? null : g.getNodeByIndexSafe(end);
    return last != null && "PERSON".equals(last.ner()) ? last : null;
  }

  /**
   * "According to the hospital's director, Dr. Ana Ruiz, 11 patients have died": a person's name set
   * off by commas right after the common noun {@code x} that ends a fronted source phrase, and a
   * clause after it. The parser takes the name for the clause's subject (or the phrase's noun for
   * the root); by the words, the name is the source's and the clause after the second comma its
   * statement. Null for any other shape.
   */
  private static Report frontedAppositive(int s, SemanticGraph g, List<CoreLabel> tokens, IndexedWord p, IndexedWord x,
      int cueBegin, int cueEnd) {
    IndexedWord name = nameSetOff(g, tokens, x);
    if (name == null || name.index() + 1 >= tokens.size() || !tokens.get(name.index()).word().equals(",")) {
      return null;
    }
    int end = name.index(); // 0-based index of the comma after the name
    int to = tokens.size(); // 1-based: the clause runs from the word after the second comma to the last word
    while (to > end + 1 && TokenRanges.isPunct(tokens.get(to - 1))) {
      to--;
    }
    if (!TokenCues.finiteVerb(tokens, end + 2, to + 1)) {
      return null;
    }
    int phrase = p.index() + 1; // 0-based: the word after "According to"
    return new Report(s, g, Report.Kind.MARKER, cueBegin, cueEnd, p, name, tokens.get(phrase).beginPosition(), name.endPosition(),
        tokens.get(end + 1).beginPosition(), tokens.get(to - 1).endPosition());
  }

  /**
   * Whether the clause head {@code head} that a source phrase headed by {@code x} hangs on follows
   * that phrase with no comma between: a contact relative clause on the source ("documents he
   * submitted"), which the parser made the phrase's governor, not the clause the phrase sources.
   */
  private static boolean relativeToSource(List<CoreLabel> tokens, SemanticGraph g, IndexedWord x, IndexedWord head) {
    int end = Clauses.lastIndex(g, x);
    if (head.index() <= end) {
      return false;
    }
    for (int k = end; k < head.index() - 1; k++) {
      if (tokens.get(k).word().equals(",")) {
        return false;
      }
    }
    return true;
  }
}
