package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the dependency parse puts the name, office or body that goes with a source's role noun:
 * an office written as a title ("Director of Public Prosecutions"), the body a noun is of or
 * speaks for ("the Court of Appeal", "a spokesman for UKIP"), and the person's or body's name
 * that the parser hung elsewhere than on the role ("Labour MP and former minister Jack
 * Cunningham", "the director of the Victims of Crime Trust, Norman Brennan,", "Dr Mike Watts
 * head of exploration", "High Commissioner for Refugees Filippo Grandi", "Commission for Racial
 * Equality chairman Trevor Phillips"). Kept apart from {@link Sources}, which turns what these
 * find into a name. Immutable and thread-safe.
 */
final class RoleNouns {
  /** Participles that name the people a poll asked: "people surveyed", "voters polled". */
  private static final Set<String> SURVEYED = Set.of("surveyed", "polled", "questioned", "interviewed", "asked", "sampled");
  private final CueLexicon lexicon;

  RoleNouns(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * " of Appeal" of "the Court of Appeal", which the tagger read as common nouns: a noun written
   * with a capital inside its sentence, right before "of" and a word with a capital, is a name
   * that goes on after "of"; "" otherwise.
   */
  static String bodyOf(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    if (x.index() == 1 || !Character.isUpperCase(x.word().charAt(0)) || "PERSON".equals(x.ner())) {
      return "";
    }
    for (IndexedWord c : Clauses.children(g, x, "nmod")) {
      IndexedWord prep = Clauses.child(g, c, "case");
      if (prep != null && prep.word().equals("of") && prep.index() == x.index() + 1 && capitalisedFrom(g, x.index() + 2, c)
          && !"PERSON".equals(c.ner())) {
        IndexedWord number = g.getNodeByIndexSafe(c.index() + 1); // "Lodge No. 9"
        boolean numbered = number != null && number.tag().equals("CD") && c.equals(g.getParent(number));
        return " of " + MentionText.modifiersAndHead(g, tokens, c) + (numbered ? " " + number.word() : "");
      }
    }
    return "";
  }

  /** Whether every word from index {@code from} to name {@code c} is a capitalised word of it: "Police Capital City Lodge No." of "… of Police Capital City Lodge No. 9". */
  private static boolean capitalisedFrom(SemanticGraph g, int from, IndexedWord c) {
    Set<IndexedWord> name = g.descendants(c);
    for (int k = from; k <= c.index(); k++) {
      IndexedWord w = g.getNodeByIndexSafe(k);
      if (w == null || !name.contains(w) || !w.tag().startsWith("NN") || !Character.isUpperCase(w.word().charAt(0))) {
        return false;
      }
    }
    return from <= c.index();
  }

  /**
   * Whether {@code x} is an office written as a title, which is no name: a capitalised role noun
   * with no name tag, of an organisation named before it ("The Conservative Party Co-Chairman") or
   * after "of" ("Director of Public Prosecutions"), or with a name in apposition ("Director of
   * Public Prosecutions, Ken Macdonald,", "Head of genetics at the Institute, Ann Lee,"). Not "the Foreign Secretary" or "the Scottish
   * Executive", which stay as written.
   */
  boolean office(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    String[] parts = x.word().split("-");
    if (!x.tag().startsWith("NNP") || !"O".equals(x.ner()) || !Character.isUpperCase(x.word().charAt(0))
        || !lexicon.isSourceNoun(parts[parts.length - 1])) {
      return false;
    }
    boolean organisation = Clauses.children(g, x, "compound").stream()
        .anyMatch(c -> c.index() < x.index() && "ORGANIZATION".equals(c.ner()));
    // "Head of plant biology at the Royal Botanic Institute, Professor Alan Marsh,": the name hung on the body
    return organisation || !officeOf(g, tokens, x).isEmpty() || Clauses.child(g, x, "appos") != null || bodyAppos(g, x) != null;
  }

  /**
   * " of Public Prosecutions" of "Director of Public Prosecutions", " for Emergency Management" of
   * "Minister for Emergency Management": the named body or field an office is of; "" if none.
   */
  static String officeOf(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    for (IndexedWord c : Clauses.children(g, x, "nmod")) {
      IndexedWord prep = Clauses.child(g, c, "case");
      if (prep != null && (prep.word().equals("of") || prep.word().equals("for")) && prep.index() == x.index() + 1 && c.tag().startsWith("NNP")) {
        return " " + prep.word() + " " + MentionText.modifiersAndHead(g, tokens, c);
      }
    }
    return "";
  }

  /**
   * " for UKIP" of "a spokesman for UKIP", " for the World Summit on the Information Society", "
   * of the national police" of "the head of the national police": the body or name that an
   * unnamed source speaks for or heads, which the speaker keeps; "" when the noun has no such
   * phrase. "of" counts right after the noun only ("the head of the national police", not "a
   * veteran of two wars"), and with a name or a noun for a body or a source.
   */
  String principal(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    IndexedWord c = principalNoun(g, x, false);
    if (c == null) {
      return "";
    }
    IndexedWord shared = shareOf(g, c);
    int end = MentionText.nameEnd(g, shared != null ? shared : c); // "an average of 44% of respondents"
    IndexedWord after = g.getNodeByIndexSafe(end + 1);
    if (after != null && (c.equals(g.getParent(after)) || x.equals(g.getParent(after))) && "acl".equals(Clauses.rel(g, after)) && SURVEYED.contains(after.word().toLowerCase(Locale.ROOT))) {
      end++; // "half of 2,000 people surveyed": those asked in a poll
    }
    return " " + MentionText.text(tokens, Clauses.child(g, c, "case").index() - 1, end);
  }

  /**
   * The noun of {@link #principal}'s phrase, with {@code at} also after "at" ("a spokesman at the
   * ministry", which names the body but would leave "doctor at the clinic" no longer a doctor);
   * null if none.
   */
  IndexedWord principalNoun(SemanticGraph g, IndexedWord x, boolean at) {
    for (IndexedWord c : Clauses.children(g, x, "nmod")) {
      IndexedWord prep = Clauses.child(g, c, "case");
      if (prep == null || c.index() < x.index()) {
        continue;
      }
      boolean name = c.tag().startsWith("NNP") || "ORGANIZATION".equals(c.ner()) || "PERSON".equals(c.ner());
      boolean body = name || SourceWords.isOrganisationNoun(c.lemma()) || lexicon.isSourceNoun(c.lemma());
      boolean of = prep.word().equalsIgnoreCase("of") && (prep.index() == x.index() + 1 || bracketsBetween(g, x, prep));
      body |= of && x.lemma().equalsIgnoreCase("member") && c.tag().startsWith("NN"); // "a member of the orchestra": the group says who
      if ((prep.word().equalsIgnoreCase("for") || at && prep.word().equalsIgnoreCase("at") || of) && (body || of && shareOf(g, c) != null)) {
        return c;
      }
    }
    return null;
  }

  /** The body or source a percentage is a share of ("respondents" of "44% of respondents"); null for any other word. */
  private IndexedWord shareOf(SemanticGraph g, IndexedWord c) {
    String w = c.word().toLowerCase(Locale.ROOT);
    if (!(w.equals("%") || w.equals("percent") || w.equals("cent"))) { // "44 per cent of respondents"
      return null;
    }
    for (IndexedWord d : Clauses.children(g, c, "nmod")) {
      IndexedWord prep = Clauses.child(g, d, "case");
      if (prep != null && prep.word().equalsIgnoreCase("of") && d.index() > c.index()
          && (SourceWords.isOrganisationNoun(d.lemma()) || lexicon.isSourceNoun(d.lemma()))) {
        return d;
      }
    }
    return null;
  }

  /** Whether only a bracketed aside stands between {@code x} and {@code prep}: "half (55%) of the respondents". */
  private static boolean bracketsBetween(SemanticGraph g, IndexedWord x, IndexedWord prep) {
    IndexedWord open = g.getNodeByIndexSafe(x.index() + 1);
    IndexedWord close = g.getNodeByIndexSafe(prep.index() - 1);
    return open != null && close != null && open.tag().equals("-LRB-") && close.tag().equals("-RRB-") && prep.index() - x.index() <= 6;
  }

  /**
   * The person named in conjunct {@code conj} of role noun {@code x} when both roles are theirs:
   * "Veteran Labour MP and former Cabinet minister Jack Cunningham", a role and another role with
   * the name, joined by "and" with no determiner or possessive on the second, also where the
   * parser hung the name on the first role ({@link #looseName}); null otherwise ("the minister and
   * Jack Cunningham", "the mayor and his aide Tom Reed" are two people).
   */
  IndexedWord holder(SemanticGraph g, IndexedWord x, IndexedWord conj) {
    IndexedWord loose = looseName(g, x, conj);
    if (loose != null) {
      return loose;
    }
    // "Only Fools and Horses star David Jason": an untagged title the parser split at its "and"
    // ("Mines and Energy Minister Camila Ortiz" opening a sentence, where only a proper noun tag tells)
    boolean title = "O".equals(x.ner()) && x.tag().startsWith("NN") && (x.index() > 1 || x.tag().startsWith("NNP"))
        && Character.isUpperCase(x.word().charAt(0)) && Clauses.child(g, x, "det") == null;
    boolean role = "O".equals(x.ner()) && (!x.tag().endsWith("S") || title)
        && (lexicon.isSourceNoun(x.lemma()) || SourceWords.isPostNominal(x.backingLabel()) || title);
    IndexedWord cc = Clauses.child(g, conj, "cc");
    if (!role || !"PERSON".equals(conj.ner()) || conj.index() < x.index() || cc == null || !cc.word().equalsIgnoreCase("and")
        || Clauses.child(g, conj, "det") != null || Clauses.child(g, conj, "nmod:poss") != null) {
      return null;
    }
    for (IndexedWord c : Clauses.children(g, conj, "compound")) {
      if (c.index() < conj.index() && "O".equals(c.ner()) && (lexicon.isSourceNoun(c.lemma()) || title && SourceWords.namesPerson(c.lemma()))) {
        return conj; // "former Cabinet minister Jack Cunningham": a role of the name's own
      }
    }
    return null;
  }

  /**
   * "Radcliffe's best friend and fellow distance runner Liz Yelling": a person's name right after
   * the second of two roles joined by "and", which the parser hung on the first as a loose
   * dependent; the name whose roles they are, or null.
   */
  private static IndexedWord looseName(SemanticGraph g, IndexedWord x, IndexedWord conj) {
    IndexedWord cc = Clauses.child(g, conj, "cc");
    if (cc == null || !cc.word().equalsIgnoreCase("and") || !x.tag().equals("NN") || !conj.tag().equals("NN")
        || Clauses.child(g, conj, "det") != null) {
      return null;
    }
    return Clauses.children(g, x, "dep").stream()
        .filter(d -> "PERSON".equals(d.ner()) && Clauses.firstIndex(g, d) == conj.index() + 1).findFirst().orElse(null);
  }

  /**
   * "the director of the Victims of Crime Trust, Norman Brennan,": the person's name that the
   * parser hung in apposition on an organisation or place in the complement of role noun {@code
   * x}, which no person can stand beside, or on a person's name in its complement or in the
   * object of its participle ("a lawyer for Ana Ruiz, Tom Lee,", "one pastor backing Ana Ruiz,
   * Tom Lee,"): a person's name beside another's is the role noun's; or "the UN agency for Palestinian refugees, UNRWA":
   * an organisation's name hung in apposition on a common noun in the complement of a generic
   * noun for a body ({@code models/organisation-nouns.txt}); null if none.
   */
  IndexedWord bodyAppos(SemanticGraph g, IndexedWord x) {
    boolean body = SourceWords.isOrganisationNoun(x.lemma());
    // "A fisherman from Point Pedro, Kandasamy Rajeswaran, 47,": any noun for a person may be so named
    if (!x.tag().startsWith("NN") || !"O".equals(x.ner()) || !(body || lexicon.isSourceNoun(x.lemma())
        || SourceWords.namesPerson(x.lemma().toLowerCase(Locale.ROOT)))) {
      return null;
    }
    List<IndexedWord> complements = new ArrayList<>(Clauses.children(g, x, "nmod"));
    for (int k = 0; k < complements.size(); k++) {
      IndexedWord n = complements.get(k);
      IndexedWord appos = Clauses.child(g, n, "appos");
      // "a spokeswoman for the company, Jane Miller,", "a spokesman for Twirwaneho, Ali Bora,": a
      // body named or described, which no person's name stands beside
      boolean named = "ORGANIZATION".equals(n.ner()) || "LOCATION".equals(n.ner()) || "PERSON".equals(n.ner()) || n.tag().startsWith("NNP");
      if ((named || SourceWords.isBody(n.lemma())) && appos != null && "PERSON".equals(appos.ner())) {
        return appos; // a person's name beside another's ("One pastor backing Mr. Cruz, Dan Lee,") is the role noun's
      }
      if (body && !n.tag().startsWith("NNP") && appos != null && "ORGANIZATION".equals(appos.ner())) {
        return appos; // "the UN agency for Palestinian refugees, UNRWA": the body's name, hung on its field
      }
      complements.addAll(Clauses.children(g, n, "nmod")); // "of the Victims of Crime Trust"
    }
    for (IndexedWord acl : Clauses.children(g, x, "acl")) { // "One pastor supporting Mr. Cruz, Dan Lee,"
      for (IndexedWord o : Clauses.children(g, acl, "obj")) {
        IndexedWord appos = Clauses.child(g, o, "appos");
        if ("PERSON".equals(o.ner()) && appos != null && "PERSON".equals(appos.ner())) {
          return appos;
        }
      }
    }
    return null;
  }

  /**
   * The person named right before role noun {@code x} that has its own complement ("Dr Mike
   * Watts head of exploration said", which the parser reads as one noun phrase headed by
   * "head"), or set apart from the role by a spaced dash, which the parser takes for a hyphen
   * ("Ana Ruiz - then economic adviser to the mayor - told"); null if none.
   */
  static IndexedWord personBefore(SemanticGraph g, IndexedWord x) {
    if (x.tag().startsWith("NNP") || !"O".equals(x.ner())) {
      return null;
    }
    boolean complement = Clauses.child(g, x, "nmod") != null;
    for (IndexedWord c : Clauses.children(g, x, "compound")) {
      boolean next = c.index() == x.index() - 1 && complement;
      if ((next || c.index() < x.index() && dashAfter(g, c)) && "PERSON".equals(c.ner())) {
        return c;
      }
    }
    return null;
  }

  /** Whether a dash with a space before it follows the name that {@code w} opens: "Ana Ruiz - the …", not "Ruiz-Lopez". */
  private static boolean dashAfter(SemanticGraph g, IndexedWord w) {
    IndexedWord last = w;
    IndexedWord next = g.getNodeByIndexSafe(w.index() + 1);
    while (next != null && "PERSON".equals(next.ner())) { // the parser may hang the surname elsewhere
      last = next;
      next = g.getNodeByIndexSafe(next.index() + 1);
    }
    return next != null && TokenRanges.isDash(next.word()) && next.beginPosition() > last.endPosition();
  }

  /**
   * The person who holds office {@code x} written as a title with its field ("High Commissioner
   * for Refugees Filippo Grandi", "Secretary of State Ann Roe", "Leader of the Islamic Revolution
   * Ayatollah Ali Khamenei"), which the parser reads as the office with the name as its
   * complement: a person's name after "for" or "of" (and "the") with a proper noun before it
   * that is no person's (the field); null otherwise ("a spokesman for Ann Roe" speaks for Ann
   * Roe). A role noun in lower case counts with a field in lower case: "director of rugby Nigel
   * Melville", "former secretary of state Ann Roe".
   */
  IndexedWord titledHolder(SemanticGraph g, IndexedWord x) {
    boolean role = x.tag().startsWith("NN") && !x.tag().startsWith("NNP") && lexicon.isSourceNoun(x.lemma());
    if (!Character.isUpperCase(x.word().charAt(0)) && !role || "PERSON".equals(x.ner()) || !x.tag().startsWith("NN")) {
      return null;
    }
    for (IndexedWord c : Clauses.children(g, x, "nmod")) {
      IndexedWord prep = Clauses.child(g, c, "case");
      IndexedWord f = prep == null ? null : g.getNodeByIndexSafe(prep.index() + 1);
      f = f != null && f.tag().equals("DT") ? g.getNodeByIndexSafe(f.index() + 1) : f; // "Leader of the Islamic Revolution …"
      boolean common = f != null && f.tag().matches("NNS?") && Character.isLowerCase(f.word().charAt(0)) && c.equals(g.getParent(f)); // "of rugby", not "for Mr Prescott"
      boolean proper = f != null && f.tag().startsWith("NNP") && !"PERSON".equals(f.ner()) && Character.isUpperCase(x.word().charAt(0));
      boolean field = (proper || common) && g.descendants(c).contains(f);
      if ("PERSON".equals(c.ner()) && c.index() > x.index() && prep != null && field
          && (prep.word().equals("for") || prep.word().equals("of"))) {
        return c;
      }
    }
    return null;
  }

  /**
   * The person that a role written like a name stands before, when the tagger gave the role a
   * name's tag or a proper noun's: the name right after it in the mention ("Iran's acting Foreign
   * Minister Ali Bagheri Kani said") or set apart as its apposition ("the Oyo State Governor,
   * Seyi Makinde, said"); as the token range [from, to) of the name's first word, null otherwise.
   */
  int[] personAfter(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x, int[] run, Report r) {
    if ("PERSON".equals(x.ner()) || !lexicon.isSourceNoun(x.lemma())) {
      return null;
    }
    IndexedWord appos = Clauses.child(g, x, "appos");
    int at = appos != null && "PERSON".equals(appos.ner()) ? appos.index() - 1 : run[1];
    boolean named = at < tokens.size() && "PERSON".equals(tokens.get(at).ner());
    return named && (appos != null || tokens.get(at).endPosition() <= r.mentionEnd()) ? new int[] {at, at + 1} : null;
  }

  /**
   * The last word of a person's name right after common noun {@code n} within {@code n}'s phrase
   * ("Botswana's trade minister Kefilwe Molefhe", which the parser hangs on "minister"); null if none.
   */
  static IndexedWord nameAfterRole(SemanticGraph g, IndexedWord n) {
    if (!n.tag().matches("NNS?")) {
      return null;
    }
    IndexedWord last = null;
    for (IndexedWord w = g.getNodeByIndexSafe(n.index() + 1); w != null && "PERSON".equals(w.ner()) && w.tag().startsWith("NNP");
        w = g.getNodeByIndexSafe(w.index() + 1)) {
      last = w;
    }
    return last != null && g.descendants(n).contains(last) ? last : null;
  }

  /**
   * The person's name that ends {@code r}'s mention after a role noun when the parser took the
   * organisation before them for the head ("Commission for Racial Equality chairman Trevor
   * Phillips said"); null otherwise.
   */
  int[] personLast(List<CoreLabel> tokens, IndexedWord x, Report r) {
    if (!"ORGANIZATION".equals(x.ner()) && !"LOCATION".equals(x.ner())) {
      return null;
    }
    int end = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).endPosition() <= r.mentionEnd() && tokens.get(i).beginPosition() >= r.mentionBegin()) {
        end = i + 1;
      }
    }
    if (end < 0 || !"PERSON".equals(tokens.get(end - 1).ner())) {
      return null;
    }
    int from = end - 1;
    while (from > 0 && "PERSON".equals(tokens.get(from - 1).ner())) {
      from--;
    }
    CoreLabel before = from > 0 ? tokens.get(from - 1) : null;
    boolean role = before != null && before.beginPosition() >= r.mentionBegin() && before.tag().startsWith("NN")
        && !before.tag().startsWith("NNP") && lexicon.isSourceNoun(before.lemma());
    return role && x.index() - 1 < from ? new int[] {from, end} : null;
  }
  /**
   * The role that a common noun in apposition gives the person named in tokens {@code [first,
   * last)}: "mayor" of "Ana Ruiz, the mayor of Tolva," and of "the mayor of Tolva, Ana Ruiz,", so
   * that a later "the mayor" is she; null if the parse sets no such noun beside the name.
   */
  static String apposRole(SemanticGraph g, List<CoreLabel> tokens, int first, int last) {
    IndexedWord head = null; // the name's word whose parent lies outside the name
    for (int k = first; k < last && head == null && g != null; k++) {
      IndexedWord w = g.getNodeByIndexSafe(k + 1);
      IndexedWord parent = w == null ? null : g.getParent(w);
      if (w != null && (parent == null || parent.index() <= first || parent.index() > last)) {
        head = w;
      }
    }
    if (head == null) {
      return null;
    }
    // the noun the name is set beside first: "The survivor, Tom Lee, a 41-year-old engineer," is the survivor
    IndexedWord appos = "appos".equals(Clauses.rel(g, head)) ? g.getParent(head) : null;
    if (appos == null || !appos.tag().matches("NNS?") || !"O".equals(appos.ner())) {
      appos = Clauses.child(g, head, "appos");
    }
    return appos != null && appos.tag().matches("NNS?") && "O".equals(appos.ner()) ? MentionText.modifiersAndHead(g, tokens, appos) : null;
  }
}
