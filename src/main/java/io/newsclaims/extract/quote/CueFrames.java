package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsclaims.text.Lexicon;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a cue verb's frames ({@code models/cue-verbs.txt}) on its sentence's graph: the phrase
 * of a prepositional frame ("warned of war", "accused him of lying"), a clause marked by a frame's
 * preposition ("calls for doubling …"), a frame's phrase cut at a comma, an infinitive of the
 * frame before a later clause, a that-clause of stance outside the lexicon ("she fears that …"),
 * and the objects that say nothing ("said little", "found himself"). Immutable and thread-safe.
 */
final class CueFrames {
  /** Objects of a verb of saying that name an amount of talk, not what was said. */
  private static final Set<String> EMPTY_OBJECTS = Set.of("little", "lot", "lots", "nothing", "much", "goodbye", "hello", "less", "few");
  /** Nouns of an act done by saying it: "declared a state of emergency", "announced a curfew". */
  private static final Set<String> DECLARED_ACTS = Lexicon.load("declared-acts.txt").entries();
  /** Heads of a that-clause that report no stance: "make sure that", "see to it that", "so that". */
  private static final Set<String> NOT_STANCE = Set.of("be", "make", "ensure", "mean", "so", "such", "see", "have", "do", "get");

  /** Nouns of a figure that a source gives ("put the death toll at 40", "gave a toll of 18 dead"). */
  private static final Set<String> TOLL_NOUNS = Set.of("toll", "tally", "number", "figure", "count", "estimate", "total");
  /** Prepositions that carry the figure given to a toll noun. */
  private static final Set<String> TOLL_PREPOSITIONS = Set.of("at", "to", "of");

  private final CueLexicon lexicon;
  private final CueSources sources;

  CueFrames(CueLexicon lexicon, CueSources sources) {
    this.lexicon = lexicon;
    this.sources = sources;
  }

  /**
   * The content of a verb in the {@code toll} frame: its object when that is a toll noun, with the
   * phrase that gives the figure ("put the death toll at 40", "raised the toll to 52", "gave an
   * early toll of 20 dead"); null otherwise ("put pressure on", "gave a speech", "gave a higher toll").
   */
  static Set<IndexedWord> toll(SemanticGraph g, IndexedWord v) {
    IndexedWord obj = Clauses.child(g, v, "obj");
    if (obj == null || !TOLL_NOUNS.contains(obj.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    Set<IndexedWord> content = new HashSet<>(g.descendants(obj));
    for (IndexedWord obl : Clauses.children(g, v, "obl")) {
      IndexedWord prep = Clauses.child(g, obl, "case");
      if (obl.index() > obj.index() && prep != null && TOLL_PREPOSITIONS.contains(prep.word().toLowerCase(Locale.ROOT))) {
        content.addAll(g.descendants(obl));
      }
    }
    // "gave a higher toll", "gave a wider estimate of the missing": a toll with no figure, whose
    // figure the next sentence gives with its own cue
    return figureAfter(g, obj) ? content : null;
  }

  /**
   * Whether a number follows toll noun {@code obj} before a comma or the sentence's end ("put the
   * total number of emails … at about 55,000", "put the figure closer to 54,000"), also after a
   * colon ("gave a new toll: 40 dead"), not in a clause after a comma ("gave a higher toll,
   * saying 51 had died").
   */
  private static boolean figureAfter(SemanticGraph g, IndexedWord obj) {
    for (IndexedWord w = obj; w != null && !w.word().matches("[,;]"); w = g.getNodeByIndexSafe(w.index() + 1)) {
      if (w.tag().equals("CD")) {
        return true;
      }
    }
    return false;
  }

  /** A prepositional frame's phrase: the word whose descendants it is, and its preposition. */
  record Phrase(IndexedWord head, IndexedWord preposition) {}

  /**
   * The phrase after cue {@code v} that one of its prepositional frames takes, with its
   * preposition: an oblique ("warned of war"), a gerund clause marked by the preposition
   * ("accused him of lying") or the preposition the parser leaves loose as {@code dep} with the
   * gerund below it, or the phrase the parser hangs on the object (then the object with it is
   * returned); null when none.
   */
  Phrase prepositional(SemanticGraph g, IndexedWord v) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
      IndexedWord d = e.getDependent();
      String r = e.getRelation().toString();
      IndexedWord prep = r.equals("obl") ? Clauses.child(g, d, "case")
          : r.equals("advcl") ? Clauses.opener(g, d) // "accused the government of ignoring …": "of" its case
          : r.equals("dep") && d.tag().equals("IN") ? d : null;
      // not a date: "insisted on Monday", "called all the candidates on Monday"
      if (prep != null && d.index() > v.index() && lexicon.hasFrame(v.lemma(), prep.word().toLowerCase(Locale.ROOT)) && !TokenRanges.isDate(d.backingLabel())) {
        return new Phrase(d, prep);
      }
    }
    IndexedWord obj = Clauses.child(g, v, "obj");
    for (IndexedWord n : obj == null ? List.<IndexedWord>of() : g.getChildList(obj)) {
      IndexedWord prep = "nmod".equals(Clauses.rel(g, n)) || "acl".equals(Clauses.rel(g, n)) ? Clauses.child(g, n, "case") : null;
      // "accused the committee of sabotaging …", "accused him of fraud", "asked the frontrunner about the
      // tweet" (a topic), "praised the mayor for …"; not "warned the Ministry of Finance", "called a
      // referendum on the tax": the noun's own phrase
      String p = prep == null ? "" : prep.word().toLowerCase(Locale.ROOT);
      boolean phrase = n.tag().equals("VBG") || obj.tag().equals("PRP") || p.equals("about")
          || (!p.equals("of") && sources.isSource(g, obj));
      if (phrase && prep != null && n.index() > obj.index() && lexicon.hasFrame(v.lemma(), prep.word().toLowerCase(Locale.ROOT))) {
        return new Phrase(obj, prep);
      }
    }
    return null;
  }

  /** Whether a phrase of one of cue {@code v}'s prepositional frames comes before {@code w}: "asked for buses - something …". */
  boolean framedBefore(SemanticGraph g, IndexedWord v, IndexedWord w) {
    Phrase phrase = prepositional(g, v);
    return phrase != null && phrase.head().index() < w.index();
  }

  /** A clause right after cue {@code v} whose mark is a preposition of the cue's frame ("calls for …"); null if none. */
  IndexedWord markedClause(SemanticGraph g, IndexedWord v) {
    for (IndexedWord c : Clauses.children(g, v, "advcl")) {
      IndexedWord mark = Clauses.opener(g, c); // "called for doubling the caps"
      if (mark != null && mark.index() == v.index() + 1 && lexicon.hasFrame(v.lemma(), mark.word())) {
        return c;
      }
    }
    return null;
  }

  /**
   * The 1-based token range of the phrase of a frame preposition right after cue {@code v} ("called
   * for her ouster, …") up to the first comma, when the parser hangs a clause, object or loose
   * phrase on the cue after that comma ("…, believing she was …", "…, a step he refused"): those
   * words are no part of what was called for. Null when the preposition heads a date ("called on
   * Monday, …"), when no comma follows or nothing is hung on the cue after it.
   */
  int[] leadingFrame(SemanticGraph g, List<CoreLabel> tokens, IndexedWord v) {
    IndexedWord prep = g.getNodeByIndexSafe(v.index() + 1);
    IndexedWord head = prep == null ? null : g.getParent(prep);
    if (head == null || !prep.tag().equals("IN") || !lexicon.hasFrame(v.lemma(), prep.word().toLowerCase(Locale.ROOT))
        || !(head.equals(v) || v.equals(g.getParent(head))) || TokenRanges.isDate(tokens.get(prep.index()))) {
      return null;
    }
    int comma = prep.index() + 1;
    while (comma <= tokens.size() && !tokens.get(comma - 1).word().equals(",") && !TokenRanges.isQuoteMark(tokens.get(comma - 1))) {
      comma++;
    }
    if (comma > tokens.size() || !tokens.get(comma - 1).word().equals(",") || comma == prep.index() + 1) {
      return null;
    }
    int end = comma;
    boolean hungAfter = g.getChildList(v).stream()
        .anyMatch(c -> c.index() > end && Clauses.rel(g, c).matches("ccomp|parataxis|dep|obj|xcomp"));
    return hungAfter ? new int[] {prep.index() + 1, comma - 1} : null;
  }

  /**
   * Whether cue {@code v} has an infinitive of its frame before {@code clause}: "after HP asked
   * workers to sign up for a pay cut, 80,000 employees volunteered" — the clause after the comma
   * is the sentence's own, what was asked is the infinitive.
   */
  boolean infinitiveBefore(SemanticGraph g, IndexedWord v, IndexedWord clause) {
    IndexedWord xcomp = Clauses.child(g, v, "xcomp");
    return xcomp != null && xcomp.index() > v.index() && xcomp.index() < clause.index()
        && lexicon.hasFrame(v.lemma(), CueLexicon.XCOMP);
  }

  /**
   * Whether cue {@code v} has a particle that is one of its frames ("calls out companies"): the
   * phrasal verb takes its object as content where the verb alone does not.
   */
  boolean particleFrame(SemanticGraph g, IndexedWord v) {
    IndexedWord prt = Clauses.child(g, v, "compound:prt");
    return prt != null && lexicon.hasFrame(v.lemma(), prt.word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code w}, a word outside the lexicon, takes a that-clause as its complement ("X
   * fears that …", "X is not confident that …"): a stance of its subject, which the source test
   * of a cue verb ({@link ReportFinder}) then requires to be a name, a pronoun or a source noun.
   */
  boolean thatClause(SemanticGraph g, IndexedWord w) {
    if (NOT_STANCE.contains(w.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    IndexedWord subject = Clauses.child(g, w, "nsubj");
    if (subject == null || subject.word().equalsIgnoreCase("it")) {
      return false; // "It is clear that …": no one's stance
    }
    IndexedWord ccomp = Clauses.child(g, w, "ccomp");
    IndexedWord mark = ccomp == null ? null : Clauses.child(g, ccomp, "mark");
    return mark != null && mark.index() < ccomp.index() && "that".equalsIgnoreCase(mark.word()) && ccomp.index() > w.index();
  }

  /**
   * Whether {@code v}, a verb of the mind, stands as a participle with no "have" and no "by"
   * agent ("a group known as Copom", "a well-known activist", "best known for its cars", "is
   * known to locals as …"): what is commonly held, no one's belief. "had not known who …" and
   * "as he is known by his friends" keep their source.
   */
  boolean heldByNoOne(SemanticGraph g, IndexedWord v) {
    if (!v.tag().equals("VBN") || !lexicon.hasFrame(v.lemma(), CueLexicon.MIND)) {
      return false;
    }
    boolean perfect = Clauses.children(g, v, "aux").stream().anyMatch(a -> a.lemma().equalsIgnoreCase("have"));
    boolean agent = Clauses.children(g, v, "obl").stream().anyMatch(o -> {
      IndexedWord prep = Clauses.child(g, o, "case");
      return prep != null && prep.word().equalsIgnoreCase("by");
    });
    return (!perfect || Clauses.child(g, v, "aux:pass") != null) && !agent;
  }

  /** Words that open a question: "did not say whether …", "would not say how many …". */
  private static final Set<String> QUESTION_OPENERS = Set.of("whether", "if", "how", "what", "why", "when", "where", "who", "which");

  /**
   * Whether verb of saying {@code v} is negated and its clause {@code ccomp} is a question ("did
   * not say whether it would appeal", "could not say how many were hurt"): a question left
   * unanswered, no statement. A verb of the mind keeps it ("had not known who owned the firms").
   */
  boolean unanswered(SemanticGraph g, IndexedWord v, IndexedWord ccomp) {
    if (lexicon.hasFrame(v.lemma(), CueLexicon.MIND) || !lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH)) {
      return false;
    }
    boolean negated = Clauses.negated(g, v);
    IndexedWord first = g.descendants(ccomp).stream().min(Comparator.comparingInt(IndexedWord::index)).orElse(ccomp);
    return negated && first.index() > v.index() && QUESTION_OPENERS.contains(first.word().toLowerCase(Locale.ROOT));
  }

  /**
   * "voters would find it hard to …", "found himself in a fight": a finding verb with "it" and a
   * predicate, or with a reflexive object, reports nothing.
   */
  boolean findsNothing(SemanticGraph g, IndexedWord v) {
    IndexedWord obj = Clauses.child(g, v, "obj");
    return lexicon.hasFrame(v.lemma(), CueLexicon.FINDING) && obj != null
        && ((obj.word().equalsIgnoreCase("it") && Clauses.child(g, v, "xcomp") != null) || reflexive(obj));
  }

  /**
   * Whether object {@code obj} says nothing that could be a statement: a reflexive ("found
   * himself in …", "revealed itself") or an amount of talk ("said little", "said a lot", "say
   * goodbye").
   */
  static boolean emptyObject(IndexedWord obj) {
    return reflexive(obj) || EMPTY_OBJECTS.contains(obj.word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether cue {@code v}'s object {@code obj} names an act that the saying performs, not a
   * statement ({@code models/declared-acts.txt}): its head or a modifier of it ("declared a
   * national emergency", "declared martial law", "a disaster zone"), the noun of its "of" phrase
   * ("a state of emergency", "three days of mourning"), or the predicate the verb gives it
   * ("declared the area a disaster zone", "declared Mbewe the winner").
   */
  static boolean declaredAct(SemanticGraph g, IndexedWord v, IndexedWord obj) {
    if (namesAct(g, obj)) {
      return true;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
      String r = e.getRelation().toString();
      if (e.getDependent().index() > obj.index() && (r.equals("xcomp") || r.equals("obj")) && namesAct(g, e.getDependent())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code noun}, or a modifier or "of" phrase of it, names an act done by saying it. */
  static boolean namesAct(SemanticGraph g, IndexedWord noun) {
    if (DECLARED_ACTS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(noun)) {
      String r = e.getRelation().toString();
      IndexedWord d = e.getDependent();
      boolean of = r.startsWith("nmod") && Clauses.hasCase(g, d, Set.of("of"));
      if ((r.equals("amod") || r.equals("compound") || of) && DECLARED_ACTS.contains(d.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w} is a reflexive pronoun: "himself", "themselves". */
  private static boolean reflexive(IndexedWord w) {
    String word = w.word().toLowerCase(Locale.ROOT);
    return w.tag().equals("PRP") && (word.endsWith("self") || word.endsWith("selves"));
  }
}
