package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds the repair of a cue's subject where the parser takes a phrase fronted before it for the
 * subject: of two subjects, a later one that runs up to the cue ("Cruz, Blackwell wrote …", "…,” the dawn
 * of the movement, Bozell says."); and a phrase after a comma or dash that runs up to the cue
 * with no comma to close it, which the parser hangs on the fronted phrase as an apposition
 * ("Trump, Sexton said, has created …", "Citing local outlets, the Associated Press reports …",
 * "WASHINGTON — Sen. Ann Roe on Wednesday said …"). An apposition closed by a comma ("Ann Roe,
 * the mayor, said") is an insertion and leaves the subject alone. Also gives the relative
 * pronoun that stands for the source at a cue inside a relative clause ("Ann Roe, who said …"),
 * and the subject of a participle whose clause the parse lost ("…, insisting that …"). Where the
 * parser took a word of the subject's modifiers for the subject ({@link #lost}), or hung the cue
 * on a reduced relative's participle, the noun that opens the sentence is the subject.
 * Stateless and thread-safe.
 */
final class CueSubject {
  /**
   * Relative pronouns that stand as the mention of a cue's source. Not "that": a that-clause
   * restricts its noun ("a group that backed him said"), and the noun phrase is the mention.
   */
  private static final Set<String> RELATIVE = Set.of("who", "which");
  /** Words that separate a fronted phrase from the subject after it: a comma or a dash. */
  private static final Set<String> SEPARATORS = Set.of(",", "-", "--", "—", "–", "―");

  private CueSubject() {}

  /** Whether {@code word} is a relative pronoun that stands as the mention of a cue's source ("who", "which"). */
  static boolean isRelative(String word) {
    return RELATIVE.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The subject of cue verb {@code v}, repaired as the class says; with no subject, that of the
   * reduced relative's participle the cue hangs on ("The widow of a farmer killed … demanded"); null
   * when it has neither.
   */
  static IndexedWord of(SemanticGraph g, IndexedWord v) {
    List<IndexedWord> subjects = Clauses.children(g, v, "nsubj");
    if (subjects.isEmpty()) {
      IndexedWord relative = relativeObject(g, v);
      relative = relative != null ? relative : contractedPerfect(g, v);
      relative = relative != null ? relative : datedName(g, v);
      return relative != null ? relative : reducedRelative(g, v);
    }
    IndexedWord subject = subjects.get(0);
    IndexedWord described = roleForClause(g, v);
    if (described != null) {
      return described;
    }
    if (lost(g, subject, v)) {
      IndexedWord opener = openingNoun(g, v);
      opener = opener != null ? opener : antecedent(g, subject);
      return opener != null ? opener : subject;
    }
    for (IndexedWord s : subjects) {
      if (s.index() < v.index() && s != subject && runsToCue(g, s, v)) {
        subject = s; // the one right before the cue; not "Polls of the primary, which X won, showed …"
      }
    }
    if (subject.index() > v.index()) {
      return subject;
    }
    IndexedWord name = nameBetween(g, subject, v);
    if (name != null) {
      return name;
    }
    IndexedWord joined = joinedName(g, subject, v);
    if (joined != null) {
      return joined;
    }
    for (String rel : List.of("appos", "dep")) {
      for (IndexedWord a : Clauses.children(g, subject, rel)) {
        if (a.index() > subject.index() && a.index() < v.index() && named(a) && separated(g, subject, a)
            && unbroken(g, a) && runsToCue(g, a, v)) {
          return a;
        }
      }
    }
    return subject;
  }

  /**
   * "Ann Roe, MP for Stratford-upon-Avon, Warwickshire, said …": a finite cue that the parser read
   * as a for-clause ("for Stratford … said", adverbial or on a noun) on the role noun in apposition
   * to a name, with the place for its subject; the name that the role describes is the subject.
   * Null for any other shape (a true for-clause has no finite verb: "for him to say").
   */
  static IndexedWord roleForClause(SemanticGraph g, IndexedWord v) {
    IndexedWord mark = Clauses.child(g, v, "mark");
    IndexedWord role = g.getParent(v);
    if (mark == null || !mark.word().equalsIgnoreCase("for") || !v.tag().matches("VBD|VBZ|VBP") || role == null
        || !Clauses.rel(g, v).matches("(advcl|acl)(:.*)?") || !"appos".equals(Clauses.rel(g, role))) {
      return null;
    }
    IndexedWord name = g.getParent(role);
    return name.index() < role.index() && name.tag().startsWith("NN") ? name : null;
  }

  /**
   * Whether the parser took for the subject of cue {@code v} a word of what modifies the real
   * subject at the sentence's start, which {@link #openingNoun} then finds: a time word
   * ("The family of a man shot … last weekend demanded …") or a noun inside a relative clause
   * set off by commas, its verb taken for a modifier ("The Convention (COSLA), which employs
   * teachers through 32 councils, said …"), or the noun of an apposition whose article the
   * parser made the apposition ("Ann Roe, a Horn of Africa researcher, said"). A relative clause
   * closed before the subject ("In the town, which was hit hard, residents said") leaves it alone.
   */
  static boolean lost(SemanticGraph g, IndexedWord subject, IndexedWord v) {
    if (subject.index() > v.index() || !subject.tag().startsWith("NN")) {
      return false; // a verb taken for the subject is TokenCues.opening's
    }
    if (isTime(subject)) {
      return true;
    }
    IndexedWord article = g.getNodeByIndexSafe(subject.index() - 1);
    IndexedWord beforeArticle = g.getNodeByIndexSafe(subject.index() - 2);
    if (article != null && article.tag().equals("DT") && "appos".equals(Clauses.rel(g, article)) && beforeArticle != null && beforeArticle.word().equals(",")) {
      return true; // "Ann Roe, a Horn of Africa researcher, said": the parser made the article the apposition, its phrase the subject
    }
    IndexedWord before = g.getNodeByIndexSafe(v.index() - 1);
    if (before == null || !before.word().equals(",")) {
      return false;
    }
    for (int k = subject.index() - 1; k > 1; k--) {
      IndexedWord w = g.getNodeByIndexSafe(k);
      if (w != null && w.word().equals(",")) {
        return false; // a comma between: the relative clause closes before the subject
      }
      IndexedWord comma = g.getNodeByIndexSafe(k - 1);
      if (w != null && isRelative(w.word()) && comma != null && comma.word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence's opening noun when the parser made cue {@code v} the verb of a relative clause
   * whose pronoun {@code relative} has a verb of its own and closes at the comma before the cue,
   * the sentence left with a noun for its root: "Youth for Accountability Nepal, one of the groups
   * that organised last year's protests, said …" is the group's statement. Null for any other shape.
   */
  static IndexedWord relativeClosedBefore(SemanticGraph g, IndexedWord v, IndexedWord relative) {
    IndexedWord root = g.getFirstRoot();
    IndexedWord comma = g.getNodeByIndexSafe(v.index() - 1);
    boolean ownVerb = g.getChildList(relative).stream().anyMatch(c -> c.tag().startsWith("VB") && c.index() < v.index());
    if (root == null || root.tag().startsWith("VB") || comma == null || !comma.word().equals(",") || !ownVerb) {
      return null;
    }
    return openingNoun(g, v);
  }

  /**
   * The noun right before the ", who" or ", which" that opens the relative clause holding
   * {@code subject} ("Leigh" of "Leigh, who had received nominations for Topsy Turvy, told …"),
   * for a sentence that opens with no noun phrase (with a quotation the splitter left in it);
   * null when another word stands there ("(COSLA), which …").
   */
  private static IndexedWord antecedent(SemanticGraph g, IndexedWord subject) {
    for (int k = subject.index() - 1; k > 2; k--) {
      IndexedWord w = g.getNodeByIndexSafe(k);
      IndexedWord comma = g.getNodeByIndexSafe(k - 1);
      if (w != null && isRelative(w.word()) && comma != null && comma.word().equals(",")) {
        IndexedWord noun = g.getNodeByIndexSafe(k - 2);
        return noun != null && noun.tag().startsWith("NN") ? noun : null;
      }
    }
    return null;
  }

  /**
   * "The widow of a farmer killed by a landslide last month demanded …": the subject that the
   * parser gave the participle of a reduced relative clause, which it took for the main verb and
   * hung cue {@code v} on as a bare {@code dep}; null when {@code v} is no such cue.
   */
  private static IndexedWord reducedRelative(SemanticGraph g, IndexedWord v) {
    IndexedWord parent = g.getParent(v);
    if (parent == null || !"dep".equals(Clauses.rel(g, v)) || !v.tag().matches("VBD|VBZ|VBP") || Clauses.child(g, v, "aux") != null
        || !(Clauses.bareParticiple(g, parent) || participleTaggedPast(g, parent, v)) || parent.index() > v.index()) {
      return null;
    }
    IndexedWord subject = Clauses.child(g, parent, "nsubj");
    return subject != null && subject.index() < parent.index() && subject.tag().startsWith("NN") ? subject : null;
  }

  /**
   * Whether {@code w} is a participle tagged as a past form with no object or auxiliary, whose
   * phrase runs into cue {@code v} with no comma or subordinator between: "A poll released on
   * Tuesday showed …", where "released" is no main verb; not "The row began …, as Ana Ruiz, …,
   * said" or "The leeway came after the ONS said …", a main verb with the cue's clause after it.
   */
  private static boolean participleTaggedPast(SemanticGraph g, IndexedWord w, IndexedWord v) {
    if (!w.tag().equals("VBD") || Clauses.child(g, w, "obj") != null || Clauses.child(g, w, "aux") != null
        || Clauses.child(g, w, "aux:pass") != null) {
      return false;
    }
    for (int k = w.index() + 1; k < v.index(); k++) {
      IndexedWord t = g.getNodeByIndexSafe(k);
      if (t == null || t.word().equals(",") || "mark".equals(Clauses.rel(g, t)) || FrontedClause.isSubordinator(t.word())) {
        return false; // "The leeway came after the ONS said …": a main verb, the cue's clause after a subordinator
      }
    }
    return true;
  }

  /**
   * "Bret Stephens, who, after trading insults with X, said …": the relative pronoun that the parser
   * took for the object of relative clause {@code v} when an aside comes between it and the verb;
   * it is the subject. Null when {@code v} has no such object.
   */
  private static IndexedWord relativeObject(SemanticGraph g, IndexedWord v) {
    IndexedWord obj = Clauses.child(g, v, "obj");
    return obj != null && obj.index() < v.index() && "acl:relcl".equals(Clauses.rel(g, v)) && obj.tag().equals("WP")
        && Clauses.child(g, v, "nsubj") == null && Clauses.child(g, v, "nsubj:pass") == null ? obj : null;
  }

  /** Whether {@code w} is a word of a time ("week" of "last week"), which is never a source. */
  private static boolean isTime(IndexedWord w) {
    return "DATE".equals(w.ner()) || "TIME".equals(w.ner());
  }

  /**
   * The head of the noun phrase that opens the sentence before cue {@code v}, when no preposition
   * introduces it: "family" of "The family of a man shot …", "Convention" of "The Convention of
   * Scottish Local Authorities (COSLA), which …"; null otherwise.
   */
  private static IndexedWord openingNoun(SemanticGraph g, IndexedWord v) {
    for (int k = 1; k < v.index(); k++) {
      IndexedWord w = g.getNodeByIndexSafe(k);
      if (w == null || w.tag().matches("DT|PRP\\$|JJ.*|CD|POS") || Clauses.rel(g, w).matches("compound|amod|nummod|nmod:poss|det")
          || isTime(w)) {
        continue; // "Last week the family of …": not the time
      }
      return w.tag().startsWith("NN") && Clauses.child(g, w, "case") == null ? w : null;
    }
    return null;
  }

  /**
   * "…, his mother refused to teach him Japanese, insisting that …": a participle after a comma
   * whose parse lost the clause it hangs on takes the last subject before it; null when {@code v}
   * is no such participle or no subject precedes it.
   */
  static IndexedWord participleSubject(SemanticGraph g, List<CoreLabel> tokens, IndexedWord v) {
    if (!v.tag().equals("VBG") || v.index() < 3 || !tokens.get(v.index() - 2).word().equals(",")) {
      return null;
    }
    for (int k = v.index() - 2; k >= 1; k--) {
      IndexedWord w = g.getNodeByIndexSafe(k);
      if (w != null && "nsubj".equals(Clauses.rel(g, w)) && g.getParent(w).index() < v.index() && !smallClause(g, w)) {
        return w;
      }
    }
    return null;
  }

  /**
   * Whether subject {@code w} is that of a small clause after a verb ("declared himself
   * delighted", "called the plan a disaster", "help clinics replace") or of an infinitive ("for a fund
   * to help"): the verb's object in effect, not who spoke.
   */
  private static boolean smallClause(SemanticGraph g, IndexedWord w) {
    IndexedWord clause = g.getParent(w);
    IndexedWord verb = g.getParent(clause);
    // "to help clinics replace outdated systems": a bare infinitive's subject right after the verb is its object too
    boolean bare = "ccomp".equals(Clauses.rel(g, clause)) && clause.tag().equals("VB") && Clauses.child(g, clause, "aux") == null
        && Clauses.child(g, clause, "mark") == null && verb != null && w.index() == verb.index() + 1;
    boolean infinitive = Clauses.hasMark(g, clause, "to"); // "called for an emergency fund to help …": the fund does not speak
    return bare || infinitive || "xcomp".equals(Clauses.rel(g, clause)) && verb != null && verb.index() < w.index();
  }

  /**
   * The relative pronoun that is the subject of cue verb {@code v} or of the relative clause
   * that {@code v} continues by coordination ("Ann Roe, who left and said …"); null if none.
   */
  static IndexedWord relativePronoun(SemanticGraph g, IndexedWord v) {
    IndexedWord w = v;
    for (int depth = 0; w != null && depth < 4; depth++) {
      IndexedWord subject = Clauses.child(g, w, "nsubj");
      subject = subject != null ? subject : relativeObject(g, w);
      subject = subject != null ? subject : contractedPerfect(g, w);
      if (subject != null) {
        // "Lund, who sees himself as …, won": the parser may hang the relative clause on its noun as a bare dep
        String rel = Clauses.rel(g, w);
        boolean onNoun = "dep".equals(rel) && g.getParent(w).tag().startsWith("NN") && subject.index() > g.getParent(w).index();
        boolean relative = RELATIVE.contains(subject.word().toLowerCase(Locale.ROOT)) && ("acl:relcl".equals(rel) || onNoun)
            || whoBeforeClause(g, w, subject);
        return relative ? subject : null;
      }
      if (!"conj".equals(Clauses.rel(g, w))) {
        return null;
      }
      w = g.getParent(w);
    }
    return null;
  }

  /**
   * The name right before cue {@code v} that the parser joined to a fronted day ("But on Wednesday
   * Prime Minister Yulia Tymoshenko said …", read as "on [Wednesday … Tymoshenko]"): the subject;
   * null for any other shape.
   */
  private static IndexedWord datedName(SemanticGraph g, IndexedWord v) {
    for (IndexedWord o : Clauses.children(g, v, "obl")) {
      boolean named = "PERSON".equals(o.ner()) || "ORGANIZATION".equals(o.ner());
      boolean dated = g.descendants(o).stream().anyMatch(c -> "DATE".equals(c.ner()) && "compound".equals(Clauses.rel(g, c)));
      if (named && dated && Clauses.lastIndex(g, o) == v.index() - 1 && Clauses.hasCase(g, o, Set.of("on", "in"))) {
        return o;
      }
    }
    return null;
  }

  /**
   * The subject of a cue in the perfect whose "has" is contracted, which the parser reads as a
   * passive "is" ("She's said the plan would fail", "who's argued that …"); null for a true passive
   * ("It's said that …", "He's been told …") or any other shape.
   */
  private static IndexedWord contractedPerfect(SemanticGraph g, IndexedWord v) {
    List<IndexedWord> aux = Clauses.children(g, v, "aux:pass");
    IndexedWord subject = Clauses.child(g, v, "nsubj:pass");
    boolean contracted = aux.size() == 1 && aux.get(0).word().matches("'s|’s") && aux.get(0).index() == v.index() - 1;
    boolean clause = Clauses.child(g, v, "ccomp") != null || Clauses.child(g, v, "iobj") != null;
    IndexedWord next = g.getNodeByIndexSafe(v.index() + 1);
    boolean raised = next != null && next.word().equalsIgnoreCase("to"); // "She's said to have fled": a real passive
    return contracted && clause && !raised && v.tag().equals("VBN") && subject != null && subject.index() < v.index()
        && !subject.word().matches("(?i)it|this|that|there") ? subject : null;
  }

  /**
   * Whether {@code subject} is the "who" after a name and a comma of a cue {@code v} that the parser
   * made the subject of the clause it reports or hung on the name as a complement ("…, Ana Ruiz, who
   * claimed the tax was unfair", with "claimed" as csubj of "unfair"; "was Ana Ruiz, who claimed
   * …" with "claimed" as ccomp of "Ruiz"): the relative clause on that name.
   */
  static boolean whoBeforeClause(SemanticGraph g, IndexedWord v, IndexedWord subject) {
    IndexedWord comma = g.getNodeByIndexSafe(subject.index() - 1);
    IndexedWord name = g.getNodeByIndexSafe(subject.index() - 2);
    return subject.word().equalsIgnoreCase("who") && Clauses.rel(g, v).matches("csubj.*|ccomp|parataxis") && comma != null && comma.word().equals(",")
        && name != null && name.tag().startsWith("NNP");
  }

  /**
   * The UTF-16 range of the mention of {@code r}'s source at its cue: the relative pronoun when
   * the cue is in a relative clause on the source ("Ann Roe, who said …" gives "who"; the
   * source is still named from "Ann Roe"), else the report's own mention.
   */
  static int[] mentionAt(Report r) {
    IndexedWord pronoun = r.cue().tag().startsWith("VB") ? relativePronoun(r.graph(), r.cue()) : null;
    IndexedWord clause = pronoun == null ? null : r.graph().getParent(pronoun);
    IndexedWord antecedent = clause == null ? null : r.graph().getParent(clause);
    // the relative clause is on a noun after the mention: the report took its source from another cue
    boolean elsewhere = antecedent != null && antecedent.tag().startsWith("NN") && antecedent.beginPosition() >= r.mentionEnd();
    if (pronoun == null || elsewhere || pronoun.equals(r.source()) || pronoun.beginPosition() < r.mentionEnd()) {
      return new int[] {r.mentionBegin(), r.mentionEnd()};
    }
    return new int[] {pronoun.beginPosition(), pronoun.endPosition()};
  }

  /**
   * The verb that puts out document {@code noun} as its object, when {@code noun} is a source
   * noun and the verb is no cue of its own ("The group released a statement saying …", "She
   * doubted the polls showing …"); null otherwise. Its subject is then the source of a
   * participle on the document.
   */
  static IndexedWord issuer(SemanticGraph g, IndexedWord noun, CueLexicon lexicon) {
    IndexedWord verb = g.getParent(noun);
    boolean issued = verb != null && "obj".equals(Clauses.rel(g, noun)) && verb.tag().startsWith("VB")
        && !lexicon.isCueVerb(verb.lemma()) && lexicon.isSourceNoun(noun.lemma()) && !"PERSON".equals(noun.ner());
    return issued ? verb : null;
  }

  /**
   * Range {@code m} widened to whole hyphenated words, which the tokenizer splits and the
   * parser may cut at the hyphen: "the GOP front-runner", not "runner"; "two-thirds of voters".
   */
  static int[] wholeWords(List<CoreLabel> tokens, int[] m) {
    int begin = m[0];
    int end = m[1];
    for (int i = tokens.size() - 1; i >= 2; i--) {
      CoreLabel hyphen = tokens.get(i - 1);
      if (tokens.get(i).beginPosition() == begin && TokenRanges.glued(tokens.get(i - 2), hyphen, tokens.get(i))) {
        begin = tokens.get(i - 2).beginPosition();
      }
    }
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).endPosition() == end && TokenRanges.glued(tokens.get(i), tokens.get(i + 1), tokens.get(i + 2))) {
        end = tokens.get(i + 2).endPosition();
      }
    }
    return new int[] {begin, end};
  }

  /**
   * A name between common-noun subject {@code subject} and cue {@code v}, with no comma, that the
   * parser hung on the cue: "Market analysts Panlogic predicts that …" is Panlogic's.
   */
  private static IndexedWord nameBetween(SemanticGraph g, IndexedWord subject, IndexedWord v) {
    if (!subject.tag().matches("NNS?")) {
      return null;
    }
    for (IndexedWord a : g.getChildList(v)) {
      boolean capitalised = Character.isUpperCase(a.word().charAt(0)); // "Panlogic", tagged an adjective and a person
      if (capitalised && (a.tag().startsWith("NNP") || "PERSON".equals(a.ner()) || "ORGANIZATION".equals(a.ner())) && Set.of("advmod", "dep", "compound", "obl:npmod").contains(Clauses.rel(g, a))
          && Clauses.firstIndex(g, a) == subject.index() + 1 && Clauses.lastIndex(g, a) == v.index() - 1) {
        return a;
      }
    }
    return null;
  }

  /**
   * A person's name right before cue {@code v} after "and", that the parser joined to a phrase
   * inside a subject that can say nothing: "after a 0-0 tie at Old Trafford and Ancelotti said: …"
   * is Ancelotti's, not the tie's; null for any other shape.
   */
  private static IndexedWord joinedName(SemanticGraph g, IndexedWord subject, IndexedWord v) {
    IndexedWord last = g.getNodeByIndexSafe(v.index() - 1);
    IndexedWord and = last == null ? null : Clauses.child(g, last, "cc");
    boolean mute = subject.tag().matches("NNS?") && "O".equals(subject.ner()) && !SourceWords.namesPerson(subject.lemma().toLowerCase(Locale.ROOT))
        && !SourceWords.isPersonRole(subject.lemma()) && !SourceWords.isBody(subject.lemma()) && !SourceWords.isRecord(subject.lemma());
    boolean joined = last != null && "conj".equals(Clauses.rel(g, last)) && and != null && and.index() == last.index() - 1
        && "PERSON".equals(last.ner()) && !last.equals(subject) && g.descendants(subject).contains(last);
    return mute && joined ? last : null;
  }

  /** A name, a personal pronoun, or a noun with a name tag: what can stand as the subject after a fronted phrase. */
  private static boolean named(IndexedWord a) {
    return a.tag().startsWith("NNP") || "PERSON".equals(a.ner()) || "ORGANIZATION".equals(a.ner()) || a.tag().equals("PRP");
  }

  /** Whether a comma or a dash stands between {@code head} and the first word of {@code a}'s phrase. */
  private static boolean separated(SemanticGraph g, IndexedWord head, IndexedWord a) {
    int first = Clauses.firstIndex(g, a);
    for (int i = head.index() + 1; i < first; i++) {
      IndexedWord t = g.getNodeByIndexSafe(i);
      if (t != null && SEPARATORS.contains(t.word())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code a}'s phrase holds no comma, colon, dash between spaces or quotation mark: one noun phrase. */
  private static boolean unbroken(SemanticGraph g, IndexedWord a) {
    for (IndexedWord d : g.descendants(a)) {
      String tag = d.tag();
      if (d.word().equals(",") || tag.equals(":") || tag.equals("``") || tag.equals("''")) {
        return false;
      }
    }
    return true;
  }

  /** Whether no comma, dash or quotation mark stands between the end of {@code a}'s phrase and cue {@code v}. */
  private static boolean runsToCue(SemanticGraph g, IndexedWord a, IndexedWord v) {
    int last = Clauses.lastIndex(g, a);
    if (last >= v.index()) {
      return false;
    }
    for (int i = last + 1; i < v.index(); i++) {
      IndexedWord t = g.getNodeByIndexSafe(i);
      if (t == null || SEPARATORS.contains(t.word()) || t.tag().equals("``") || t.tag().equals("''")) {
        return false;
      }
    }
    return true;
  }
}
