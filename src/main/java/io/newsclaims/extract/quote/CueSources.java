package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsclaims.text.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the source of a cue verb in its sentence's graph: its subject (as {@link CueSubject}
 * repairs it), inherited through coordination, control and participles ("…, adding that …"),
 * the agent of a passive cue or of a fronted "asked by"; and tests whether a word can be a source
 * (a name, a pronoun, a source noun) or is a noun phrase that a verb of saying accepts as one.
 * Immutable and thread-safe.
 */
final class CueSources {
  /** Predicates after "be" whose infinitive cue reports a statement ({@code models/telling-predicates.txt}): "at pains", "quick". */
  private static final Set<String> TELLING = Lexicon.load("telling-predicates.txt").entries();

  /** Relations by which a clause, phrase or relative clause after a word is part of what it reports ({@link #inReport}). */
  private static final Set<String> REPORT_PARTS = Set.of("advcl", "xcomp", "acl:relcl", "obj", "obl", "nmod");
  /** Verbs that make their object do what the infinitive after it says, so that it says it: "prompted a donor to say", "forced him to admit". */
  private static final Set<String> CAUSED = Set.of("prompt", "lead", "force", "compel", "spur", "provoke");
  /** Personal pronouns that can stand for a source. */
  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that");
  /** Quantifier heads that stand for people when a verb of saying follows: "Some of the women said …". */
  private static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "all", "both", "each", "several", "few",
      "half", "none", "others", "either", "neither");
  /** Of these, the ones that stand for people without an "of" phrase ("Many said …"; not "All told, …"). */
  private static final Set<String> PEOPLE_QUANTIFIERS = Set.of("many", "most", "others", "several", "both");
  /** Indefinite pronouns for things, never a source. */
  private static final Set<String> THINGS = Set.of("anything", "nothing", "something", "everything");
  /** Verbs whose infinitive cue says what their subject said: "went on to say", "continued to insist". */
  private static final Set<String> ASPECT = Set.of("go", "continue", "begin", "start", "proceed", "seem", "appear");

  private final CueLexicon lexicon;

  /** Prepositions before a gerund cue whose subject is the governing verb's: "by saying", "after saying". */
  private static final Set<String> GERUND_OPENERS = Set.of("by", "after", "before", "while", "upon");

  CueSources(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A "who" clause that the parser hangs on a name as {@code dep}, not as a relative clause:
   * "said Ana Ruiz, a regional delegate, who gave a toll of 20 dead": its "who" is that name; or
   * on an earlier noun when a name stands right before "who" ("a message repeated by Charles
   * Clarke who said …", hung on "message"), which {@link #peopleBeforeWho} then takes.
   */
  private static boolean looseWho(SemanticGraph g, IndexedWord v, IndexedWord subj) {
    IndexedWord parent = g.getParent(v);
    IndexedWord before = g.getNodeByIndexSafe(subj.index() - 1);
    return subj.word().equalsIgnoreCase("who") && "dep".equals(Clauses.rel(g, v)) && parent != null
        && (parent.tag().startsWith("NNP") || before != null && before.tag().startsWith("NNP") || setOff(g, parent, before))
        && parent.index() < subj.index();
  }

  /**
   * Whether {@code comma}, right before a loose "who", closes the phrase of noun {@code parent}:
   * "Residents, who said …" and "A group of workers, who said …", hung on the noun as a bare dep.
   */
  private static boolean setOff(SemanticGraph g, IndexedWord parent, IndexedWord comma) {
    IndexedWord last = comma == null ? null : g.getNodeByIndexSafe(comma.index() - 1);
    return last != null && comma.word().equals(",") && parent.tag().startsWith("NN") && g.descendants(parent).contains(last);
  }

  /**
   * The name right before a loose "who" that the parser hung on an earlier noun, not a name
   * ("a message repeated by Charles Clarke who said …": Clarke, not the message); null when the
   * clause hangs on a name itself.
   */
  private static IndexedWord nameBeforeWho(SemanticGraph g, IndexedWord v, IndexedWord who) {
    if (g.getParent(v).tag().startsWith("NNP")) {
      return null;
    }
    IndexedWord name = g.getNodeByIndexSafe(who.index() - 1);
    if (name == null || !name.tag().startsWith("NNP")) {
      return null; // "Residents, who said …": the noun the clause hangs on
    }
    while (name != null && Clauses.rel(g, name).matches("compound|flat") && g.getParent(name).index() > name.index()) {
      name = g.getParent(name);
    }
    return name;
  }

  /**
   * The source of the cue whose reported clause {@code subject} is the subject of ("The company
   * denied that its guards had fired on workers": the company), else {@code subject} itself.
   */
  IndexedWord outsideContent(SemanticGraph g, IndexedWord subject) {
    IndexedWord clause = g.getParent(subject);
    IndexedWord cue = clause == null ? null : reportingCue(g, clause);
    IndexedWord speaker = cue != null ? source(g, cue, 1) : null;
    return speaker != null ? speaker : subject;
  }

  /**
   * The cue verb whose reported clause ({@code ccomp}) holds verb {@code w}, up through
   * infinitives and conjuncts ("said that Israel had made progress but needs more"); null if none.
   */
  private IndexedWord reportingCue(SemanticGraph g, IndexedWord w) {
    IndexedWord up = w;
    while (("xcomp".equals(Clauses.rel(g, up)) || "conj".equals(Clauses.rel(g, up))) && g.getParent(up).tag().startsWith("VB")) {
      up = g.getParent(up);
    }
    IndexedWord cue = "ccomp".equals(Clauses.rel(g, up)) ? g.getParent(up) : null;
    if (cue == null && g.getParent(up) == null) {
      cue = Clauses.child(g, up, "csubj"); // "Mori said Tokyo hoped India would withdraw …": the parser made the cue the root's clausal subject
      cue = cue != null && cue.index() < up.index() ? cue : null;
    }
    return cue != null && cue.tag().startsWith("VB") && lexicon.isCueVerb(cue.lemma()) ? cue : null;
  }

  /** NER tags of a place. */
  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY");

  /**
   * "Police in Louisville, who said …", "Analysts at consultancy LCG, who estimated …": "who" stands
   * for people, not for the place or firm the parser hung the relative clause on; the noun whose
   * place or firm it is. {@code antecedent} otherwise.
   */
  private IndexedWord placeOfBody(SemanticGraph g, IndexedWord antecedent, IndexedWord relative) {
    IndexedWord head = antecedent == null ? null : g.getParent(antecedent);
    // "Analysts at consultancy LCG, who estimated …": also a firm the tagger left a common noun, no source of its own
    boolean place = antecedent != null && (PLACE_TAGS.contains(antecedent.ner()) || !isSource(g, antecedent));
    return place && relative.word().equalsIgnoreCase("who") && head != null && "nmod".equals(Clauses.rel(g, antecedent))
        && Clauses.hasCase(g, antecedent, Set.of("in", "at")) && (lexicon.isSourceNoun(head.lemma()) || SourceWords.namesPerson(head.lemma()))
        ? head : antecedent;
  }

  /** The source of cue verb {@code v}: its subject, or its coordinated or governing verb's. */
  IndexedWord source(SemanticGraph g, IndexedWord v, int depth) {
    IndexedWord subj = CueSubject.of(g, v);
    if (brokenRelative(g, v, subj, depth)) {
      return g.getParent(v);
    }
    if (subj != null) {
      boolean loose = looseWho(g, v, subj);
      if (RELATIVE.contains(subj.word().toLowerCase(Locale.ROOT)) && "acl:relcl".equals(Clauses.rel(g, v)) || loose) {
        IndexedWord opener = CueSubject.relativeClosedBefore(g, v, subj);
        IndexedWord adjacent = opener == null ? peopleBeforeWho(g, g.getParent(v), subj) : null;
        adjacent = adjacent == null && opener == null && loose ? nameBeforeWho(g, v, subj) : adjacent;
        return opener != null ? opener : adjacent != null ? adjacent : placeOfBody(g, g.getParent(v), subj);
      }
      if (CueSubject.whoBeforeClause(g, v, subj)) {
        return g.getNodeByIndex(subj.index() - 2);
      }
      return subj;
    }
    if (Clauses.child(g, v, "nsubj:pass") != null || Clauses.child(g, v, "aux:pass") != null) {
      IndexedWord passive = Clauses.child(g, v, "nsubj:pass");
      IndexedWord up = g.getParent(v);
      if (depth > 0 && passive != null && !isSource(g, passive) && up != null && up.tag().startsWith("VB")
          && Clauses.rel(g, v).matches("parataxis|dep|acl:relcl|advcl|ccomp")) {
        // "Jollans likened the plan to the way the internet was developed and said …": the "and
        // said" the parser joined to a clause inside the sentence is its main verb's, not the
        // internet's; so too inside a reported clause ("denied that any ransom had been paid and said …")
        return source(g, up, depth + 1);
      }
      if (depth > 0 && !lexicon.isCueVerb(v.lemma()) && passive != null) {
        return passive; // "FBI officials were angered by the deal and predicted …": not the deal
      }
      for (IndexedWord obl : Clauses.children(g, v, "obl")) {
        IndexedWord prep = Clauses.child(g, obl, "case");
        if (prep != null && "by".equalsIgnoreCase(prep.word())) {
          return obl;
        }
      }
      return null;
    }
    IndexedWord firstCue = depth == 0 ? outerCueAfterAnd(g, v) : null;
    if (firstCue != null) {
      // "said the party would file protests in towns where it suspected fraud, and denied that …":
      // a second cue after ", and" that the parser hung deep inside the first one's clause is the first speaker's
      return source(g, firstCue, depth + 1);
    }
    IndexedWord agent = depth == 0 ? byAgent(g, v) : null;
    if (agent != null) {
      return agent; // "Asked by Ann Roe to respond, …", "When asked by Ann Roe about …"
    }
    IndexedWord parent = g.getParent(v);
    if (parent == null || depth > 3) {
      return null;
    }
    String r = Clauses.rel(g, v);
    // "a statement calling the ruling “a disgrace”": a document judges as its issuer would
    boolean judges = lexicon.hasFrame(v.lemma(), CueLexicon.PREDICATE) && SourceWords.isDocument(parent.lemma());
    boolean says = lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH) || lexicon.hasFrame(v.lemma(), CueLexicon.FINDING) || judges;
    IndexedWord detached = "acl".equals(r) && says ? detachedSource(g, v, parent, depth) : null;
    if (detached != null && !isSource(g, detached)) {
      IndexedWord earlier = earlierCueSource(g, v, depth); // "X does not believe it should be an issue, arguing …": not the issue
      detached = earlier != null ? earlier : detached;
    }
    if (detached != null) {
      return detached; // "Fiorina was upfront about Trump, the front-runner, saying …": not the front-runner
    }
    IndexedWord root = g.getFirstRoot();
    if ("acl".equals(r) && v.tag().equals("VBN") && root.tag().startsWith("NN") && root.index() < v.index()
        && Clauses.commaBefore(g, v) && Clauses.child(g, v, "aux:pass") == null) {
      // "A joint statement from eight groups, including …, called for a ceasefire": a sentence
      // the parser found no verb for; the participle after the comma is its verb, the root its subject
      return root;
    }
    IndexedWord holder = AttitudeParticiple.holder(g, v, lexicon, this);
    if (holder != null) {
      return holder; // "groups backing Cruz": with --scope attributions, the groups' attitude
    }
    if ("acl".equals(r) && v.tag().equals("VBG") && says && parent.tag().startsWith("NN") && parent.index() < v.index()) {
      // "a memo saying that …", "recent polls showing a tightening race"; not "groups backing X";
      // a document that its issuer puts out speaks for the issuer: "The group released a statement saying …"
      IndexedWord verb = CueSubject.issuer(g, parent, lexicon);
      IndexedWord subject = verb == null ? null : source(g, verb, depth + 1);
      if (subject == null && !isSource(g, parent)) {
        // "attacked UK policy on immigration saying …": a noun that could say nothing; the
        // participle is the clause's, whose verb governs the noun phrase
        IndexedWord up = Clauses.clauseHead(g, parent);
        subject = !up.tag().startsWith("VB") || up.index() > v.index() ? null : source(g, up, depth + 1);
        subject = subject != null ? subject : earlierCueSource(g, v, depth); // "X does not believe it should be an issue, arguing …"
        // the clause's subject then, even one no lexicon knows ("Plus.net also backed the proposals saying …")
        return subject != null ? subject : parent;
      }
      return subject != null && isSource(g, subject) ? subject : parent;
    }
    if ("acl".equals(r) && v.tag().matches("VBP|VBZ|VBD") && says && parent.tag().startsWith("NN") && parent.index() == v.index() - 1
        && isSource(g, parent) && (Clauses.child(g, v, "obj") != null || Clauses.child(g, v, "ccomp") != null)) {
      // "…, and recent polls show Clinton with a lead": a finite verb right after its subject, with
      // its object, that the parser hung on it as a clause for want of a verb in a conjunct; not a
      // participle tagged as a past ("a statement posted on its website")
      return parent;
    }
    // "landed in hot water by saying that …", "ordered her deportation after saying she …": a gerund
    // of manner or time after a preposition is the governing verb's subject's
    IndexedWord opener = Clauses.opener(g, v);
    boolean byGerund = "obl".equals(r) && opener != null && GERUND_OPENERS.contains(opener.word().toLowerCase(Locale.ROOT));
    boolean participle = v.tag().equals("VBG") && ("advcl".equals(r) || "dep".equals(r) || "xcomp".equals(r) || byGerund);
    // "his mother refused to teach him Japanese, insisting that …": an infinitive takes the
    // subject of the verb it completes (subject control), and so does a participle hung on it
    // at the cue itself only after a verb of aspect or seeming: "went on to say", "continued to insist", "seemed to suggest"
    boolean controlled = "xcomp".equals(r) && v.tag().equals("VB") && parent.tag().startsWith("VB")
        && (depth > 0 || ASPECT.contains(parent.lemma()));
    // "were at pains to point out that …", "was quick to stress that …": an infinitive cue with a
    // clause, on a predicate after "be", takes that predicate's subject (not an expletive "it is vital to note")
    IndexedWord predicateSubject = parent.tag().startsWith("VB") ? null : tellingSubject(g, parent);
    if (depth == 0 && ("acl".equals(r) || "xcomp".equals(r)) && v.tag().equals("VB") && Clauses.hasMark(g, v, "to")
        && Clauses.child(g, v, "ccomp") != null && predicateSubject != null) {
      return predicateSubject;
    }
    // "prompted a Labour donor to say …", "forced the minister to admit …", "prompted the unions to
    // call for …": the object a causing verb moves to speak
    boolean speaks = lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH) || lexicon.hasFrame(v.lemma(), "for");
    IndexedWord moved = "xcomp".equals(r) && v.tag().equals("VB") && Clauses.hasMark(g, v, "to") && CAUSED.contains(parent.lemma().toLowerCase(Locale.ROOT))
        && speaks ? Clauses.child(g, parent, "obj") : null;
    if (moved != null && moved.index() < v.index() && isSource(g, moved)) {
      return moved;
    }
    if (participle) {
      // "X said the vaccine was safe, noting …", "X said he saw no need to change it, telling …":
      // a participle after a comma that the parser hangs inside the content of a cue (through
      // infinitives) is the cue's speaker's
      IndexedWord cue = reportingCue(g, parent); // also through a conjunct: "said that Israel had made progress but needs more, adding …"
      IndexedWord before = g.getNodeByIndexSafe(v.index() - 1);
      if (before != null && (before.tag().startsWith("RB") || TokenRanges.isQuoteMark(before.backingLabel()))) {
        before = g.getNodeByIndexSafe(v.index() - 2); // ", also noting …", "“promptly,” noting …"
      }
      boolean inContent = cue != null && cue.index() < v.index() && before != null && before.word().equals(",");
      IndexedWord speaker = inContent ? source(g, cue, depth + 1) : null;
      if (speaker != null) {
        return speaker;
      }
      for (IndexedWord c : g.getChildList(parent)) {
        if (c.index() < v.index() && c.tag().startsWith("VB") && lexicon.isCueVerb(c.lemma()) && Clauses.child(g, c, "nsubj") != null
            && ("parataxis".equals(Clauses.rel(g, c)) || "dep".equals(Clauses.rel(g, c)))) {
          return Clauses.child(g, c, "nsubj"); // "The plan was dead, Smith said, adding that …": the parenthetical cue's speaker
        }
      }
    }
    IndexedWord outer = "conj".equals(r) ? outerCue(g, v, parent) : null;
    if (outer != null) {
      return source(g, outer, depth + 1);
    }
    IndexedWord main = "conj".equals(r) ? outsideRelative(g, v, parent) : null;
    if (main != null) {
      return source(g, main, depth + 1);
    }
    if (participle || "conj".equals(r)) {
      detached = detachedSource(g, v, parent, depth);
      if (detached != null) {
        return detached;
      }
    }
    // "He told The Observer life was a "constant barrage" but said …": the parser made the first cue the subject of the clause it reports
    IndexedWord cueSubject = "conj".equals(r) ? Clauses.child(g, parent, "csubj") : null;
    if (cueSubject != null && cueSubject.tag().startsWith("VB") && lexicon.isCueVerb(cueSubject.lemma()) && cueSubject.index() < v.index()) {
      return source(g, cueSubject, depth + 1);
    }
    // "Llewellyn is on a one-season deal with Narbonne, but said …": joined to a predicate after "be", the predicate's subject
    boolean predicate = "conj".equals(r) && Clauses.child(g, parent, "cop") != null && parent.index() < v.index() && v.tag().equals("VBD")
        && Clauses.commaBefore(g, Clauses.child(g, v, "cc"));
    if (("conj".equals(r) && parent.tag().startsWith("VB")) || participle || controlled || predicate) {
      return source(g, parent, depth + 1);
    }
    return null;
  }

  /**
   * The verb of the clause around a relative clause set off by commas, when the parser joined cue
   * {@code v} to that relative clause after the comma that closes it: "It picked out the case of
   * Joseph Scholes, who hanged himself in 2002, and urged the home secretary to …" is the
   * committee's urging, not Scholes'. Both verbs in the past, as a clause joined to the main one
   * is; null otherwise.
   */
  private static IndexedWord outsideRelative(SemanticGraph g, IndexedWord v, IndexedWord parent) {
    IndexedWord who = Clauses.child(g, parent, "nsubj");
    if (!"acl:relcl".equals(Clauses.rel(g, parent)) || !v.tag().equals("VBD") || who == null
        || !RELATIVE.contains(who.word().toLowerCase(Locale.ROOT)) || !Clauses.commaBefore(g, who) || !Clauses.commaBefore(g, Clauses.child(g, v, "cc"))) {
      return null;
    }
    IndexedWord w = g.getParent(parent);
    while (w != null && !w.tag().startsWith("VB")) {
      w = g.getParent(w);
    }
    return w != null && w.index() < who.index() && w.tag().equals("VBD") ? w : null;
  }

  /**
   * Whether the parser made cue {@code v}, after the comma that closes a relative clause on its
   * subject, that clause's verb: "The federation, which has 193 member federations, said …" ("has"
   * taken for the cue's auxiliary), "The company, which employs about 1,400 people, described …"
   * ("employs" taken for its subject). The relative word is then the cue's object, and the cue
   * has no subject but a verb.
   */
  private static boolean brokenRelative(SemanticGraph g, IndexedWord v, IndexedWord subj, int depth) {
    // the relative word the cue's only object: "Two diplomats, who …, said the draft | would be put …" is broken otherwise;
    // a verb a later cue is joined to may have an object of its own ("The federation, which has 54 members, sent its condolences and said …")
    List<IndexedWord> objects = Clauses.children(g, v, "obj");
    IndexedWord relative = objects.size() == 1 || depth > 0 && !objects.isEmpty() ? objects.get(0) : null;
    return "acl:relcl".equals(Clauses.rel(g, v)) && relative != null && RELATIVE.contains(relative.word().toLowerCase(Locale.ROOT))
        && relative.index() < v.index() && Clauses.commaBefore(g, v) && (subj == null || subj.tag().startsWith("VB"))
        && !"nsubj".equals(Clauses.rel(g, g.getParent(v))); // the noun the subject of a verb after the cue: a parse of another shape
  }

  /**
   * The cue whose report the parser joined cue {@code v} to: "said the attack showed that …, and
   * called for an inquiry", "said the union had raised concerns and accused the ministry of …",
   * "called for the firm to repay clients and urged regulators to …". A past cue after "and" or
   * "but", coordinated with a verb inside what an outer past cue reports (its clause, infinitive or
   * framed clause, and the phrases and relative clauses in them), is a second statement of the
   * outermost such cue's speaker: in news the likelier reading, also where the inner clause has a
   * subject of its own, when a clause follows the second cue ("… and accused the ministry of
   * ignoring them", "… and urged voters to wait"); an object alone is the inner subject's act
   * ("said the army had seized the town and claimed victory": the army) unless the inner clause
   * has a form the past cue cannot continue ({@link #apart}). Not inside a clause of
   * cause or concession ("said it was unfair because he lost and told …": his), nor on a
   * relative clause, unless a comma stands before the "and"; null otherwise.
   */
  private IndexedWord outerCue(SemanticGraph g, IndexedWord v, IndexedWord parent) {
    IndexedWord cue = null;
    for (IndexedWord w = parent; inReport(g, w); ) {
      w = g.getParent(w);
      cue = (w.tag().equals("VBD") || Clauses.bareParticiple(g, w)) && lexicon.isCueVerb(w.lemma()) ? w : cue; // the outermost: "said the attack showed that …"
    }
    boolean past = v.tag().equals("VBD") || Clauses.bareParticiple(g, v) || didNot(g, v);
    IndexedWord and = Clauses.child(g, v, "cc");
    if (cue == null || !past || and == null || !lexicon.isCueVerb(v.lemma()) || Clauses.child(g, cue, "nsubj") == null) {
      return null;
    }
    if (Clauses.commaBefore(g, and)) {
      return cue;
    }
    return (reports(g, v) || apart(g, v, parent)) && !"acl:relcl".equals(Clauses.rel(g, parent)) ? cue : null;
  }

  /** Whether cue {@code v} has a clause or a phrase of its frame, more than an object: "urged X to …", "accused X of …". */
  private boolean reports(SemanticGraph g, IndexedWord v) {
    for (IndexedWord c : g.getChildList(v)) {
      String r = Clauses.rel(g, c);
      IndexedWord prep = "obl".equals(r) ? Clauses.child(g, c, "case") : null;
      if (r.equals("ccomp") || r.equals("xcomp") || r.equals("advcl") && !subordinate(g, c) || prep != null && lexicon.hasFrame(v.lemma(), prep.word())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether past cue {@code v}, joined with no comma to {@code parent} inside a reported clause,
   * cannot share that clause's subject: {@code parent} has a modal or "do" that a past form cannot
   * continue ("said Oslo did not want a war and urged …", "said the reply would be swift and
   * stressed that …"), or is a predicate after "be" while {@code v} has a clause of its own
   * ("said it was ready to host talks and warned that …").
   */
  private static boolean apart(SemanticGraph g, IndexedWord v, IndexedWord parent) {
    for (IndexedWord aux : Clauses.children(g, parent, "aux")) {
      if (aux.tag().equals("MD") || aux.lemma().equals("do")) {
        return true;
      }
    }
    boolean predicate = !parent.tag().startsWith("VB") && Clauses.child(g, parent, "cop") != null;
    return predicate && (Clauses.child(g, v, "ccomp") != null || Clauses.child(g, v, "xcomp") != null);
  }

  /** "did not suggest": a past tense in its auxiliary. */
  private static boolean didNot(SemanticGraph g, IndexedWord v) {
    return v.tag().equals("VB") && Clauses.children(g, v, "aux").stream().anyMatch(a -> a.tag().equals("VBD") && a.lemma().equals("do"));
  }

  /**
   * Whether {@code w} is part of what the word it hangs on reports: its clause, or a clause,
   * phrase or relative clause after it; not a clause of cause, time or concession opened by a
   * subordinating conjunction ("because he lost", "although she laughed"; "for X to …" is a frame).
   */
  private static boolean inReport(SemanticGraph g, IndexedWord w) {
    IndexedWord up = g.getParent(w);
    String r = Clauses.rel(g, w);
    if (up == null || "ccomp".equals(r)) {
      return up != null;
    }
    return w.index() > up.index() && !subordinate(g, w) && REPORT_PARTS.contains(r);
  }

  /** Whether {@code w} is an adverbial clause opened by a subordinating conjunction ("because he lost", "after the battle ended"); "for X to …", "to …" and "on X to …" are frames. */
  private static boolean subordinate(SemanticGraph g, IndexedWord w) {
    return "advcl".equals(Clauses.rel(g, w)) && Clauses.child(g, w, "mark") != null && !Clauses.hasMark(g, w, "to") && !Clauses.hasMark(g, w, "for");
  }

  /**
   * The people right before "who" when the parser hung the relative clause on an earlier noun that
   * names no one ("a crackdown on protests by lawyers and teachers who said …": the lawyers and
   * teachers, named from the first of the nouns joined); null otherwise.
   */
  private IndexedWord peopleBeforeWho(SemanticGraph g, IndexedWord noun, IndexedWord who) {
    if (noun == null || !who.word().equalsIgnoreCase("who") || isSource(g, noun) || SourceWords.namesPerson(noun.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    IndexedWord before = g.getNodeByIndexSafe(who.index() - 1);
    if (before == null || !before.tag().startsWith("NN") || !(isSource(g, before) || SourceWords.namesPerson(before.lemma().toLowerCase(Locale.ROOT)))) {
      return null;
    }
    while ("conj".equals(Clauses.rel(g, before)) && g.getParent(before).tag().startsWith("NN")) {
      before = g.getParent(before);
    }
    return before;
  }

  /**
   * The agent of a verb of saying used as a bare passive participle, with no subject or
   * auxiliary of its own and no noun it modifies ("the questions asked by …"): "Asked by Ann Roe
   * to respond, he said …", "When asked by Ann Roe about the vote, …" (Ann Roe asked); null
   * otherwise. "Asked about the vote, she said" names no asker.
   */
  IndexedWord byAgent(SemanticGraph g, IndexedWord v) {
    boolean subject = Clauses.child(g, v, "nsubj") != null || Clauses.child(g, v, "nsubj:pass") != null;
    boolean auxiliary = Clauses.child(g, v, "aux") != null || Clauses.child(g, v, "aux:pass") != null;
    if (!v.tag().equals("VBN") || !lexicon.hasFrame(v.lemma(), CueLexicon.SPEECH) || subject || auxiliary
        || Clauses.rel(g, v).startsWith("acl")) {
      return null;
    }
    for (IndexedWord obl : Clauses.children(g, v, "obl")) {
      IndexedWord prep = Clauses.child(g, obl, "case");
      if (prep != null && prep.word().equalsIgnoreCase("by") && prep.index() == v.index() + 1) {
        return obl;
      }
    }
    return null;
  }

  /**
   * The source of the main clause that participle {@code v} reports for when it stands apart
   * from {@code parent} ({@link DetachedParticiple}): "Menendez rejected the notion that Democrats
   * could …, arguing that …", "He praised Ann Roe, the mayor, saying …"; null if it does not.
   */
  IndexedWord detachedSource(SemanticGraph g, IndexedWord v, IndexedWord parent, int depth) {
    IndexedWord main = DetachedParticiple.clause(g, v);
    return main == null || main.equals(parent) ? null : source(g, main, depth + 1);
  }

  /**
   * The outermost cue verb with a subject among the heads above finite cue {@code v}, when {@code
   * v} has no subject and follows a comma and "and" or "but"; null otherwise, and for a conjunct,
   * which shares its head's subject ("filed protests, and denied …").
   */
  private IndexedWord outerCueAfterAnd(SemanticGraph g, IndexedWord v) {
    IndexedWord cc = Clauses.child(g, v, "cc");
    IndexedWord comma = cc == null ? null : g.getNodeByIndexSafe(cc.index() - 1);
    if (cc == null || comma == null || !comma.word().equals(",") || !cc.word().matches("(?i)and|but") || !v.tag().matches("VBD|VBZ|VBP")
        || Clauses.rel(g, v).equals("conj") && !onRelative(g, g.getParent(v)) || !lexicon.isCueVerb(v.lemma())) {
      return null;
    }
    IndexedWord outer = null;
    for (IndexedWord up = g.getParent(v); up != null; up = g.getParent(up)) {
      if (up.tag().startsWith("VB") && lexicon.isCueVerb(up.lemma()) && Clauses.child(g, up, "nsubj") != null) {
        outer = up;
      }
    }
    return outer;
  }

  /**
   * Whether clause {@code c} is a relative clause on a noun or a number ("three in Vakinankaratra
   * region that the ministry has not yet confirmed"): a verb joined to it after ", and" is the
   * outer speaker's, not the relative clause's subject's.
   */
  private static boolean onRelative(SemanticGraph g, IndexedWord c) {
    IndexedWord noun = g.getParent(c);
    return noun != null && Clauses.rel(g, c).matches("acl:relcl|acl|dep") && noun.tag().matches("NN.*|CD") && noun.index() < c.index();
  }

  /** The source of the last cue verb before {@code v} that has one; null if none. */
  private IndexedWord earlierCueSource(SemanticGraph g, IndexedWord v, int depth) {
    for (int k = v.index() - 1; k >= 1; k--) {
      IndexedWord w = g.getNodeByIndexSafe(k);
      IndexedWord s = w != null && w.tag().startsWith("VB") && lexicon.isCueVerb(w.lemma()) ? source(g, w, depth + 1) : null;
      if (s != null && isSource(g, s)) {
        return s;
      }
    }
    return null;
  }

  /** Whether {@code w} is "latter" or "former" after "the", standing for one of two named before it. */
  static boolean isPairWord(SemanticGraph g, IndexedWord w) {
    IndexedWord det = Clauses.child(g, w, "det");
    return w.word().matches("(?i)latter|former") && det != null && det.word().equalsIgnoreCase("the") && g.getChildList(w).size() == 1;
  }

  /**
   * Whether cue {@code v} opens a relative clause by "which" on a noun that is no source, with no
   * clause to report: "the extension, which had added a gallery" says nothing, though any noun may
   * be the subject of a verb of saying ("Nearly half said …") and a text states what its clause
   * says ("its submission which states that its products …"). Not "that": "nations that oppose
   * radical Islamic ideology", "a problem that demands a bipartisan response" take sides, as
   * PolNeAR counts them.
   */
  boolean thingRelative(SemanticGraph g, IndexedWord v) {
    IndexedWord subject = Clauses.child(g, v, "nsubj");
    IndexedWord antecedent = g.getParent(v);
    return "acl:relcl".equals(Clauses.rel(g, v)) && subject != null && subject.word().equalsIgnoreCase("which") && antecedent != null
        && !isSource(g, antecedent) && Clauses.child(g, v, "ccomp") == null;
  }

  /** Whether {@code w} can be a source: a name, a pronoun, or a noun of the source list. */
  boolean isSource(SemanticGraph g, IndexedWord w) {
    String word = w.word().toLowerCase(Locale.ROOT);
    if (isPairWord(g, w)) {
      return true; // "The latter argued …"
    }
    if (w.tag().equals("PRP")) {
      return PRONOUNS.contains(word);
    }
    if (w.tag().equals("PRP$")) {
      return POSSESSIVES.contains(word); // "his warning that …"
    }
    if (w.tag().startsWith("NNP") || "PERSON".equals(w.ner()) || "ORGANIZATION".equals(w.ner())
        || "LOCATION".equals(w.ner()) || lexicon.isSourceNoun(w.lemma())) {
      return true;
    }
    if (w.tag().equals("NNS") && Character.isUpperCase(w.word().charAt(0)) && SourceWords.isAffiliation(w.lemma())) {
      return true; // "The Conservatives have expressed …": a party by its members' name
    }
    for (IndexedWord c : Clauses.children(g, w, "conj")) {
      if (c.tag().startsWith("NNP") || lexicon.isSourceNoun(c.lemma())) {
        return true;
      }
    }
    // "Steel industry group worldsteel estimated …": a name written in lower case right after a body's noun
    IndexedWord before = g.getNodeByIndexSafe(w.index() - 1);
    return w.tag().equals("NN") && before != null && "compound".equals(Clauses.rel(g, before)) && g.getParent(before).equals(w)
        && SourceWords.isOrganisationNoun(before.lemma());
  }

  /**
   * A noun, a number ("55 percent"), a personal pronoun or a quantifier of people ("Some of the
   * women", "Many"): what a verb of saying accepts as source.
   */
  static boolean isNominal(SemanticGraph g, IndexedWord w) {
    String tag = w.tag();
    String word = w.word().toLowerCase(Locale.ROOT);
    if (THINGS.contains(word)) {
      return false; // "unaware of anything to suggest it would be in February"
    }
    boolean people = QUANTIFIERS.contains(word) && (PEOPLE_QUANTIFIERS.contains(word) || Clauses.child(g, w, "nmod") != null);
    // "those surveyed", "those who voted for him"
    boolean those = word.equals("those") && g.getChildList(w).stream().anyMatch(c -> Clauses.rel(g, c).matches("amod|acl|acl:relcl"));
    // "The largest of the associations, the National Association of …,": a superlative that picks one of a group
    boolean picked = tag.equals("JJS") && Clauses.children(g, w, "nmod").stream().anyMatch(n -> Clauses.hasCase(g, n, Set.of("of")));
    return tag.startsWith("NN") || tag.equals("CD") || (tag.equals("PRP") && PRONOUNS.contains(word))
        || (tag.equals("JJ") && !"O".equals(w.ner())) || people || those || picked;
  }

  /**
   * The subject of {@code predicate} when it follows "be" and reports that subject's statement
   * through an infinitive cue ("the staff were at pains to", "she was quick to"; not "unable",
   * "reluctant"); null for no such predicate or an expletive subject ("it is vital to note").
   */
  static IndexedWord tellingSubject(SemanticGraph g, IndexedWord predicate) {
    IndexedWord subject = Clauses.child(g, predicate, "nsubj");
    boolean telling = TELLING.contains(predicate.lemma().toLowerCase(Locale.ROOT)) || TELLING.contains(predicate.word().toLowerCase(Locale.ROOT));
    return telling && Clauses.child(g, predicate, "cop") != null && subject != null && !subject.word().equalsIgnoreCase("it")
        && !subject.tag().equals("EX") ? subject : null;
  }
}
