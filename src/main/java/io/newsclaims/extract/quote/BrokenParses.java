package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the shapes in which the parser breaks a report of a news sentence, so that
 * {@link ReportFinder} repairs its reading of a cue verb or leaves the cue alone: an object that
 * is the subject of a broken reported clause ("said staff were told …"), a participle that names
 * ("a podcast called …"), a cue inside a relative clause with no relative word ("something he
 * says will …", "farmers I spoke with said …"), a parenthetical cue hung on a word of the clause it
 * reports ("The plan, he said, will fail"), an object before a paratactic clause, and a number
 * taken for a cue's subject ("300 pledged delegates"). Stateless and thread-safe.
 */
final class BrokenParses {
  /** Prepositions inside a noun phrase of people ("a lot of farmers in her county"), never a clause's subordinator. */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("of", "in", "from", "at", "across", "around");

  private BrokenParses() {}

  /**
   * "“The obvious choice is Dawson” said Guscott.": with no comma before the closing mark, the
   * parser takes the quotation's last noun for the cue's subject and the speaker after the cue
   * for its object. Returns that object when cue {@code v} stands right after a closing mark, its
   * subject {@code source} lies inside the quotation, and a name follows the cue; null otherwise.
   */
  static IndexedWord speakerAfterQuotation(SemanticGraph g, List<CoreLabel> tokens, IndexedWord v, IndexedWord source) {
    IndexedWord obj = Clauses.child(g, v, "obj");
    if (obj == null || obj.index() != v.index() + 1 || !obj.tag().startsWith("NNP") || source.index() >= v.index() || v.index() < 2
        || !tokens.get(v.index() - 2).tag().equals("''")) {
      return null;
    }
    for (int i = source.index() - 2; i >= 0; i--) {
      if (TokenRanges.isQuoteMark(tokens.get(i))) {
        return tokens.get(i).tag().equals("``") ? obj : null; // the subject is inside the quotation that closes before the cue
      }
    }
    return null;
  }

  /**
   * "McCaskill said a lot of voters would …": an object right before a finite verb is the
   * subject of a reported clause that the parser broke, not what was said ("released a statement
   * saying the mill would close"); in a relative clause or a participle on the sentence's subject
   * the verb after it is the main clause's ("A group that backs the mayor said …"). A relative
   * pronoun object before the cue ("which the mayor said would raise …") is no such subject: the
   * finite verb after it is the cue's own.
   */
  static boolean beforeVerb(SemanticGraph g, List<CoreLabel> tokens, IndexedWord v, IndexedWord obj) {
    if (obj.index() < v.index() && obj.tag().matches("WDT|WP") && !obj.word().equalsIgnoreCase("what")) {
      return false; // not a free "what", which names nothing ("understood what the experts are finding")
    }
    // "Clarke, who said the matter was closed": the verb after the object hangs on the cue itself
    boolean ownVerbAfter = g.getChildList(v).stream().anyMatch(c -> Clauses.rel(g, c).equals("dep") && c.index() > obj.index() && c.tag().startsWith("VB"));
    if (Clauses.rel(g, v).startsWith("acl") && (Clauses.rel(g, v).equals("acl:relcl") || Clauses.rel(g, g.getParent(v)).startsWith("nsubj"))
        && !ownVerbAfter) {
      return false; // the subject's modifier: the verb after it is the main clause's, not the object's
    }
    // "a lot of farmers in her county would …" with the phrase hung elsewhere; "voters now have …";
    // past the comma that closes the object's relative clause or apposition ("said the vote, in
    // which 90 countries backed it, showed …")
    // or an aside the object opens with a comma ("said 17 injured people, including four children, had been taken …")
    boolean delimited = g.getChildList(obj).stream().anyMatch(c -> Clauses.rel(g, c).matches("acl:relcl|appos")
        || Clauses.rel(g, c).equals("punct") && c.word().equals(",") && c.index() > obj.index());
    return Clauses.finiteAfter(g, tokens, obj, t -> TokenRanges.NOUN_PHRASE.matcher(t.tag()).matches()
        || PLACE_PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT)) || t.tag().equals("RB") || delimited && t.word().equals(","));
  }

  /** Whether the phrase of {@code obj} is followed right away, past adverbs, by a finite verb ("staff were told"; not "reporters the plan was"). */
  static boolean subjectOfNext(SemanticGraph g, List<CoreLabel> tokens, IndexedWord obj) {
    return Clauses.finiteAfter(g, tokens, obj, t -> t.tag().equals("RB"));
  }

  /**
   * The rest of a reported clause that the parser broke off and hung on cue {@code v} as a bare
   * "dep" verb right after clause {@code ccomp}, with no punctuation between ("said the evidence
   * showed Ceban | had received …", "Ceban" taken for the object of "showed"); null if none.
   */
  static IndexedWord clauseAfter(SemanticGraph g, IndexedWord v, IndexedWord ccomp) {
    int next = Clauses.lastIndex(g, ccomp) + 1;
    // on the cue, or on the verb the cue is joined to ("where prices rose …, but insisted that curbs
    // announced last month | would keep borrowing in check", "keep" hung on "rose")
    IndexedWord joined = "conj".equals(Clauses.rel(g, v)) ? g.getParent(v) : null;
    IndexedWord comma = g.getNodeByIndexSafe(next);
    for (IndexedWord holder : joined == null ? List.of(v) : List.of(v, joined)) {
      for (IndexedWord d : Clauses.children(g, holder, "dep")) {
        if (d.tag().startsWith("VB") && Clauses.firstIndex(g, d) == next) {
          return d;
        }
        // "insisted that the school, to be built in X, | would admit …": after the insertion's
        // closing comma, a predicate with a modal and no subject of its own
        if (d.tag().startsWith("VB") && Clauses.firstIndex(g, d) == next + 1 && comma != null && comma.word().equals(",")
            && Clauses.child(g, d, "nsubj") == null && Clauses.children(g, d, "aux").stream().anyMatch(a -> a.tag().equals("MD"))) {
          return d;
        }
      }
    }
    return null;
  }

  /**
   * A "because" clause after reported clause {@code ccomp} that the parser hung on cue {@code v}
   * instead of on that clause: "Ruiz said the gap was expected, because doctors confirm a death
   * only when …" gives the reason as part of what she said; null if none.
   */
  static IndexedWord reasonAfter(SemanticGraph g, IndexedWord v, IndexedWord ccomp) {
    for (IndexedWord c : Clauses.children(g, v, "advcl")) {
      if (c.index() > Clauses.lastIndex(g, ccomp) && ccomp.index() > v.index() && Clauses.hasMark(g, c, "because")) {
        return c;
      }
    }
    return null;
  }

  /**
   * A clause of the same shape as reported clause {@code ccomp} that the parser joined by "and" to
   * cue {@code v} instead of to that clause: "police said two people were killed and 16 were
   * injured" (both passives with "were"). It has a subject of its own and the same auxiliaries,
   * which a second act of the cue's subject ("said … and left") lacks; null if none.
   */
  static IndexedWord parallelClause(SemanticGraph g, IndexedWord v, IndexedWord ccomp) {
    List<String> shape = auxiliaries(g, ccomp);
    for (IndexedWord c : Clauses.children(g, v, "conj")) {
      boolean subject = Clauses.child(g, c, "nsubj") != null || Clauses.child(g, c, "nsubj:pass") != null;
      if (c.index() > Clauses.lastIndex(g, ccomp) && c.tag().startsWith("VB") && subject && !shape.isEmpty()
          && shape.equals(auxiliaries(g, c)) && c.tag().equals(ccomp.tag())) {
        return c;
      }
    }
    return null;
  }

  /** The words of the auxiliaries of verb {@code w}, lower case, in order. */
  private static List<String> auxiliaries(SemanticGraph g, IndexedWord w) {
    return g.getChildList(w).stream()
        .filter(c -> Clauses.rel(g, c).startsWith("aux") || "cop".equals(Clauses.rel(g, c)))
        .map(c -> c.word().toLowerCase(Locale.ROOT)).toList();
  }

  /** Subordinating words of a clause that opens a sentence its cue interrupts: "If …, she said, …". */
  private static final Set<String> FRONTED_MARKS = Set.of("if", "while", "although", "though", "whereas", "because", "unless");

  /**
   * The subordinate clause that opens a sentence whose cue {@code v} interrupts it before its
   * clausal complement {@code ccomp} ("If the law was never tested, Lee said, there is a reason";
   * "While some staff could be fined, she added, none would be charged"), which the parser hung
   * on the cue: a clause with a subordinating word and a subject of its own, a comma after it,
   * the cue's subject, the cue, and a comma; it is part of what was said. Null if not so.
   */
  static IndexedWord frontedClause(SemanticGraph g, List<CoreLabel> tokens, IndexedWord v, IndexedWord ccomp) {
    IndexedWord subject = Clauses.child(g, v, "nsubj");
    if (subject == null || ccomp.index() < v.index() || v.index() >= tokens.size() || !tokens.get(v.index()).word().equals(",")) {
      return null;
    }
    int first = Clauses.firstIndex(g, subject);
    if (first < 3 || !tokens.get(first - 2).word().equals(",")) {
      return null;
    }
    for (IndexedWord c : Clauses.children(g, v, "advcl")) {
      IndexedWord mark = Clauses.child(g, c, "mark");
      boolean subj = Clauses.child(g, c, "nsubj") != null || Clauses.child(g, c, "nsubj:pass") != null;
      if (mark != null && mark.index() == 1 && subj && FRONTED_MARKS.contains(mark.word().toLowerCase(Locale.ROOT))
          && Clauses.lastIndex(g, c) < first && Clauses.child(g, c, "ccomp") == null) {
        return c; // not "Although the minister said the plan was safe, critics said, …": a report of its own
      }
    }
    return null;
  }

  /**
   * The rest of a reported clause when the parser made cue {@code v} the subject of the clause's
   * predicate and left it only the words before the predicate as {@code ccomp}: "adding that their
   * decision to marry | was a “sensible and a good thing”" ("adding" the subject of "sensible"); the
   * predicate's words, the cue's own left out, when they start right after the clause; null if not so.
   */
  static Set<IndexedWord> predicateAfter(SemanticGraph g, IndexedWord v, IndexedWord ccomp) {
    return predicateAfter(g, v, Clauses.lastIndex(g, ccomp));
  }

  /**
   * The same for content that ends at token index {@code last} (1-based) and that the parser hung
   * on the cue as its object, the cue the clausal subject of the predicate: "The ruling said the
   * commission's failure to upload the forms | was “regrettable but not fatal”".
   */
  static Set<IndexedWord> predicateAfter(SemanticGraph g, IndexedWord v, int last) {
    IndexedWord p = g.getParent(v);
    if (p == null || !("nsubj".equals(Clauses.rel(g, v)) || "csubj".equals(Clauses.rel(g, v))) || p.index() < last) {
      return null;
    }
    Set<IndexedWord> own = new HashSet<>(g.descendants(p));
    own.removeAll(g.descendants(v));
    int first = own.stream().mapToInt(IndexedWord::index).min().orElse(-1);
    return first == last + 1 ? own : null;
  }

  /**
   * Whether cue {@code v} is an infinitive that says what something is for, not what anyone
   * states: on a noun that is no source ("a plan to announce …"), or in a for-to or on-to clause ("called
   * for further cuts to support investment", "called on the Commission to add …", its noun parsed as the subject).
   */
  static boolean purposeInfinitive(SemanticGraph g, IndexedWord v, CueLexicon lexicon) {
    boolean to = Clauses.hasMark(g, v, "to");
    // "called for further cuts to support …", "called on the Commission to add X to the list": what is urged, the parser taking the preposition for a mark
    boolean forTo = Clauses.hasMark(g, v, "for") || Clauses.hasMark(g, v, "on");
    IndexedWord noun = g.getParent(v);
    boolean onNoun = "acl".equals(Clauses.rel(g, v)) && noun != null && noun.tag().startsWith("NN") && !"PERSON".equals(noun.ner())
        && !"ORGANIZATION".equals(noun.ner()) && !lexicon.isSourceNoun(noun.lemma())
        && !(predicateOfSomeone(g, noun, lexicon) && Clauses.child(g, v, "ccomp") != null); // "were at pains to point out that …": the subject's statement
    return to && (forTo || onNoun);
  }

  /** Whether {@code noun} is a predicate after "be" whose subject is someone (a name, a pronoun but "it", a source noun): "the staff were at pains", "she was the first". */
  private static boolean predicateOfSomeone(SemanticGraph g, IndexedWord noun, CueLexicon lexicon) {
    IndexedWord subject = CueSources.tellingSubject(g, noun);
    if (subject == null) {
      return false;
    }
    return subject.tag().equals("PRP") || "PERSON".equals(subject.ner()) || "ORGANIZATION".equals(subject.ner()) || lexicon.isSourceNoun(subject.lemma());
  }

  /**
   * Whether cue {@code v} is a past participle with no auxiliary and a "by" agent that the parser
   * gave an active subject: "…, 41 of them confirmed by laboratory tests" is a passive, its
   * subject what was confirmed, not who confirmed it.
   */
  static boolean agentParticiple(SemanticGraph g, IndexedWord v) {
    return Clauses.bareParticiple(g, v) && Clauses.child(g, v, "nsubj") != null
        && Clauses.children(g, v, "obl").stream().anyMatch(o -> Clauses.hasCase(g, o, Set.of("by")));
  }

  /**
   * Whether cue {@code v} is a past participle with no auxiliary that modifies a noun: "a podcast
   * called The Daily Source Code", "Queen of the Sky, otherwise known as Ellen Simonetti": a name
   * or "as" follows it. The noun is what is named, not who speaks.
   */
  static boolean namingParticiple(SemanticGraph g, IndexedWord v) {
    if (!Clauses.bareParticiple(g, v) || !"acl".equals(Clauses.rel(g, v))) {
      return false;
    }
    // right after its noun, past a comma or an adverb only: not a main verb that the parser hung
    // on a subject with a long relative clause ("Trump, who is vying …, tweeted …")
    for (int k = g.getParent(v).index() + 1; k < v.index(); k++) {
      IndexedWord between = g.getNodeByIndexSafe(k);
      if (between == null || !(between.word().equals(",") || between.tag().startsWith("RB"))) {
        return false;
      }
    }
    IndexedWord next = g.getNodeByIndexSafe(v.index() + 1);
    return g.getParent(v).index() < v.index() && next != null
        && (next.word().equalsIgnoreCase("as") || Character.isUpperCase(next.word().charAt(0)) || TokenRanges.isQuoteMark(next.backingLabel()));
  }

  /**
   * Whether cue {@code v} is the head noun of a compound the parser read as a gerund with the
   * noun before it for subject: "had issued its storm warning only on Sunday", where "storm"
   * became the subject of "warning". A possessive right before that subject and a loose ("dep")
   * link mark the noun phrase; "with his brother warning that …" hangs by a clause relation.
   */
  static boolean compoundGerund(SemanticGraph g, IndexedWord v) {
    IndexedWord subject = Clauses.child(g, v, "nsubj");
    if (!v.tag().equals("VBG") || !"dep".equals(Clauses.rel(g, v)) || subject == null || subject.index() != v.index() - 1
        || !subject.tag().equals("NN")) {
      return false;
    }
    IndexedWord owner = g.getNodeByIndexSafe(subject.index() - 1);
    return owner != null && owner.tag().equals("PRP$") && subject.equals(g.getParent(owner));
  }

  /** Whether cue {@code v} has an object before {@code w}: "would reject the constitution …, according to a poll …". */
  static boolean objectBefore(SemanticGraph g, IndexedWord v, IndexedWord w) {
    IndexedWord obj = Clauses.child(g, v, "obj");
    return obj != null && obj.index() < w.index();
  }

  /** Whether {@code v} has a noun and, right after it, a pronoun for subjects: "farmers I spoke with". */
  static boolean inContactClause(SemanticGraph g, IndexedWord v) {
    List<IndexedWord> subjects = Clauses.children(g, v, "nsubj");
    for (IndexedWord p : subjects) {
      if (p.tag().equals("PRP") && subjects.stream().anyMatch(n -> n.tag().startsWith("NN") && n.index() == p.index() - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether cue {@code v} follows its pronoun subject, which follows a common noun: "something he says will …". */
  static boolean contactRelative(SemanticGraph g, List<CoreLabel> tokens, IndexedWord v) {
    IndexedWord subj = Clauses.child(g, v, "nsubj");
    return subj != null && subj.tag().equals("PRP") && subj.index() == v.index() - 1 && subj.index() >= 2
        && tokens.get(subj.index() - 2).tag().matches("NNS?");
  }

  /**
   * Whether cue {@code v} with a subject of its own stands between commas or between a comma and
   * the sentence's end, as a parenthetical to a clause that it does not govern: "…, the admiral
   * said." parsed as a loose {@code dep}, {@code parataxis} or {@code appos} of some word of that
   * clause, or between commas as a {@code ccomp} of a word before it ("…, records show, and …").
   */
  static boolean interrupts(SemanticGraph g, List<CoreLabel> tokens, IndexedWord v) {
    String r = Clauses.rel(g, v);
    IndexedWord subj = Clauses.child(g, v, "nsubj");
    if (subj == null || !("parataxis".equals(r) || "dep".equals(r) || "appos".equals(r) || "ccomp".equals(r))) {
      return false; // "appos": "rose to at least 85, officials said, after …" hung on the number
    }
    int first = Math.min(v.index(), Clauses.firstIndex(g, subj));
    CoreLabel before = first >= 2 ? tokens.get(first - 2) : null;
    if ("ccomp".equals(r)) {
      // "The ferry was insured for $3 million, records show, and …": a cue between commas after
      // the clause, which the parser made that clause's complement
      int next = v.index(); // 0-based: the word after the cue, past a date ("…, the agency said Tuesday, and …")
      while (next < tokens.size() && TokenRanges.isDate(tokens.get(next))) {
        next++;
      }
      boolean after = next < tokens.size() && tokens.get(next).word().equals(",");
      return before != null && before.word().equals(",") && after && g.getParent(v).index() < first;
    }
    if ("parataxis".equals(r)) {
      // "…, the admiral said", "a topic she knew well" — not a verb inside a run of names
      // ("Super Tuesday states"), nor a clause after a bare name and a colon ("Mark Cuban: I'd consider …")
      return before == null || !(before.tag().startsWith("NNP")
          || (before.word().equals(":") && !Clauses.headsClause(g.getParent(v), g)));
    }
    return before != null && before.word().equals(",");
  }

  /**
   * Whether cue {@code v} is a participle between a number and its noun, "more than 300 pledged
   * delegates", parsed as "300" pledging "delegates": a number in digits with no noun of its own
   * as the subject and the noun right after the cue as the object ("300 said they …" stays a cue).
   */
  static boolean numberModifier(SemanticGraph g, IndexedWord v, IndexedWord source) {
    IndexedWord obj = Clauses.child(g, v, "obj");
    return source.word().matches("[\\d,.]+") && source.index() == v.index() - 1
        && g.getChildList(source).stream().noneMatch(c -> Clauses.rel(g, c).startsWith("nmod"))
        && obj != null && obj.index() == v.index() + 1 && obj.tag().startsWith("NN");
  }

  /**
   * Whether that-clause {@code c}, which the parser hung on relative-clause verb {@code v}, opens
   * after the comma that closes the relative clause: "said outside the courthouse, where about 200
   * supporters had gathered, | that the ruling was …" is what was said, not where they gathered.
   */
  static boolean pastRelativeClause(SemanticGraph g, IndexedWord v, IndexedWord c) {
    IndexedWord mark = Clauses.child(g, c, "mark");
    return "acl:relcl".equals(Clauses.rel(g, v)) && mark != null && "that".equalsIgnoreCase(mark.word())
        && Clauses.commaBefore(g, mark) && mark.index() - 1 > v.index();
  }

  /**
   * The that-clause the parser hung past a relative clause on a phrase of cue {@code v}: "said
   * outside the courthouse, where … had gathered, that the ruling was …"; null when none.
   */
  static IndexedWord thatAfterRelative(SemanticGraph g, IndexedWord v) {
    for (IndexedWord noun : g.getChildList(v)) {
      String r = Clauses.rel(g, noun);
      for (IndexedWord relative : r.equals("obl") || r.equals("obj") ? Clauses.children(g, noun, "acl:relcl") : List.<IndexedWord>of()) {
        for (IndexedWord c : Clauses.children(g, relative, "ccomp")) {
          if (pastRelativeClause(g, relative, c)) {
            return c;
          }
        }
      }
    }
    return null;
  }
}
