package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.extract.quote.Referents.Referent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names the source of each attribution in one document, by readable rules instead of
 * coreference: a name is expanded to the fullest form the document gives ("Lin" → "Lin Jian");
 * a title or description beside the name is kept as its role; "he"/"she" is the last person who
 * spoke within a few sentences (else the last person named), "they" the last group or
 * organisation, "it" the last organisation; a bare definite noun ("the spokesman", "the
 * ministry", "the groups") is the last source or name described by that noun. A description
 * that refers again to someone named ("said the 22-year-old", "the MEP said") is the last person
 * named whose gender fits; a title makes a name a person's ("Ms Sudell" → "Helen Sudell"); an
 * organisation is named by its fullest form ("IDS" → "Incomes Data Services"); a document speaks
 * for the issuer the sentence names ("A review by the ONS"). The orchestrator of the source
 * classes: {@link Referents} holds what can be referred to again and the fullest names,
 * {@link Pronouns} resolves pronouns, {@link NameRuns} extends a word to its name,
 * {@link RoleNouns} reads where the parse put a role's name, {@link Descriptions} matches a
 * description to a referent. Holds per-document state: build one per document, in one thread.
 */
final class Sources {
  /** How many sentences back a description ("the 22-year-old") looks for the person the story is about. */
  private static final int DESCRIPTION_REACH = 5;
  /** How many words after a noun a second relative clause that gives its name may begin. */
  private static final int RELATIVE_REACH = 15;
  /** How many sentences back a body that spoke stands for "the company" when the body named last is only an object. */
  private static final int SPEAKER_REACH = 3;
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
  /** Reflexive objects of "calling itself …". */
  private static final Set<String> SELF = Set.of("itself", "themselves", "himself", "herself");
  /** Verbs whose "as" phrase names their object or subject: "identified only as …", "known as …". */
  private static final Set<String> NAMING = Set.of("identify", "know", "introduce");
  /** Tags of the other words of a clause that gives a name: "who", "asked to be", "her", "only", "himself". */
  private static final Set<String> GIVING = Set.of("WP", "WDT", "VBD", "VBZ", "VBP", "VB", "VBN", "TO", "PRP$", "PRP", "RB", "JJ");
  /** Generic nouns for a business, which no public body ("… Office", "… Commission") is. */
  private static final Set<String> BUSINESS = Set.of("company", "firm", "corporation", "carrier", "airline", "bank", "insurer", "lender", "retailer", "manufacturer", "publisher");

  /**
   * Numbers a body compiles, which speak for it after "from" ("figures from the health ministry");
   * a statement "from nine trade unions" speaks as a document of its own.
   */
  private static final Set<String> TALLIES = Set.of("figure", "figures", "data", "estimate", "estimates", "tally", "statistics", "count", "numbers");

  /** A resolved source: its canonical name, its role if given, and what kind of thing it is. */
  record Named(String speaker, String role, String kind, boolean plural) {}

  private final Genders genders;
  private final Organisations organisations;
  private final Newspapers newspapers;
  private final CueLexicon lexicon;
  private final Referents referents;
  private final Pronouns pronouns;
  private final NameRuns runs;
  private final RoleNouns roles;
  private final LaterNames later;
  private final LeadHolders leads;

  Sources(List<CoreMap> sentences, CueLexicon lexicon, List<QuoteMarks.Found> quotes) {
    this.lexicon = lexicon;
    genders = new Genders(sentences);
    organisations = new Organisations(sentences);
    newspapers = new Newspapers(sentences);
    referents = new Referents(sentences, lexicon, genders, organisations);
    pronouns = new Pronouns(referents, genders, quotes, sentences);
    runs = new NameRuns(lexicon);
    roles = new RoleNouns(lexicon);
    later = new LaterNames(referents);
    leads = new LeadHolders(sentences, lexicon);
  }

  /**
   * Names the source of {@code r}, resolving pronouns and bare definite nouns; remembers it as a
   * speaker that a later pronoun or description can stand for when {@code speaker} (not for a
   * report nested in another's content).
   */
  Named name(Report r, List<CoreLabel> tokens, boolean speaker) {
    SemanticGraph g = r.graph();
    IndexedWord x = r.source();
    int at = r.mentionBegin();
    Named named;
    boolean writer = false;
    if (x.tag().equals("PRP") || x.tag().equals("PRP$")) {
      String word = Pronouns.PERSONAL.getOrDefault(x.word().toLowerCase(Locale.ROOT), x.word().toLowerCase(Locale.ROOT));
      writer = word.equals("i") || word.equals("we");
      String cataphor = x.tag().equals("PRP") ? pronouns.mainSubject(tokens, x, word) : null;
      named = cataphor != null ? new Named(cataphor, null, "PERSON", false) : pronouns.standsFor(word, at, r.sentence());
    } else if (partOfThem(g, x)) {
      named = pronouns.standsFor("they", at, r.sentence()); // "Half of them argue …": a part of those "they" stands for
    } else if (CueSources.isPairWord(g, x)) {
      named = pronouns.ofPair(x.word().toLowerCase(Locale.ROOT), at, r.sentence()); // "The latter argued …"
    } else {
      named = noun(g, tokens, x, outside(x, r) ? r.withMention(TokenRanges.mention(g, tokens, x, r.cue())) : r);
    }
    if ("PERSON".equals(named.kind())) {
      genders.described(named.speaker(), named.role()); // "The spokeswoman, Ana Ruiz," makes Ana Ruiz "she"
    }
    if (writer || !speaker) {
      return named; // the writer is no one a later "he" or "she" can stand for
    }
    referents.addSpeaker(new Referent(at, r.sentence(), named.speaker(), named.kind(), named.plural(), named.role(), true));
    return named;
  }

  /**
   * Whether the words between noun {@code x} and the name run starting at 0-based token {@code
   * from} are lower-case words of the name's own phrase: a role before it ("Brazil's airport
   * authority chief Carlos Wilson", with "Carlos Wilson" hung on "authority").
   */
  private static boolean titledAfter(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x, IndexedWord name, int from) {
    if (from <= x.index()) {
      return false;
    }
    Set<IndexedWord> own = g.descendants(name);
    for (int k = x.index(); k < from; k++) {
      IndexedWord w = g.getNodeByIndexSafe(k + 1);
      if (w == null || !own.contains(w) || !Character.isLowerCase(w.word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the mention joins another noun phrase to {@code x}'s with "and" where the parser took
   * the first for a conjunct of an earlier verb: "…, Mali's military government and the
   * hostages' home countries said" is both.
   */
  private static boolean joinedBefore(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x, Report r) {
    int and = Clauses.firstIndex(g, x) - 2;
    return and > 0 && tokens.get(and).tag().equals("CC") && tokens.get(and).word().equalsIgnoreCase("and")
        && tokens.get(and).beginPosition() > r.mentionBegin();
  }

  /**
   * {@code r} with its mention widened to the organisation's name that source {@code x} ends or
   * sits in, as the tagger marked it, where the parse cut the name ("The Paraguayan Chamber of
   * Cereal and Oilseed Exporters", with "Exporters" taken for a second subject; "the
   * International Organization for Migration, which said …", with "which" on "Migration").
   */
  private static Report wholeOrganisation(List<CoreLabel> tokens, IndexedWord x, Report r) {
    if (!"ORGANIZATION".equals(x.ner())) {
      return r;
    }
    int from = x.index() - 1;
    int to = x.index();
    while (from > 0 && inOrganisationName(tokens.get(from - 1))) {
      from--;
    }
    while (to < tokens.size() && inOrganisationName(tokens.get(to))) {
      to++;
    }
    int begin = Math.min(r.mentionBegin(), tokens.get(from).beginPosition());
    int end = Math.max(r.mentionEnd(), tokens.get(to - 1).endPosition());
    return begin == r.mentionBegin() && end == r.mentionEnd() ? r : r.withMention(new int[] {begin, end});
  }

  /** Whether {@code t} is tagged a word of an organisation's name and can be one: a noun, an adjective or a joining word ("of", "for", "and"), not "after" in "the House of Lords after the Court of Appeal". */
  private static boolean inOrganisationName(CoreLabel t) {
    return "ORGANIZATION".equals(t.ner()) && (t.tag().matches("NN.*|JJ.*|DT|CC|POS") || t.word().matches("of|for|on|de"));
  }

  /** Whether source {@code x} lies outside {@code r}'s mention: a relative pronoun at the cue ("the Health Ministry, which said …"), named from its antecedent. */
  private static boolean outside(IndexedWord x, Report r) {
    return x.beginPosition() < r.mentionBegin() || x.endPosition() > r.mentionEnd();
  }

  private Named noun(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x, Report atCue) {
    Report r = wholeOrganisation(tokens, x, atCue);
    IndexedWord member = Clauses.child(g, x, "appos");
    if (member != null && "PERSON".equals(member.ner()) && !"PERSON".equals(x.ner()) && x.tag().startsWith("NNP") && !inMarks(g, tokens, member)) {
      x = member; // "one of the so-called Birmingham Six, Paddy Hill, said": the person, named after the group
    }
    IndexedWord conj = Clauses.child(g, x, "conj");
    IndexedWord holder = conj == null ? null : roles.holder(g, x, conj); // "Labour MP and former minister Jack Cunningham": one person
    boolean plural = holder == null && (x.tag().endsWith("S") || (conj != null && conj.tag().startsWith("NN")));
    if (holder == null && (conj != null && conj.tag().startsWith("NN") || joinedBefore(g, tokens, x, r))) { // "Hamas and Fatah"
      return new Named(MentionText.withoutDeterminer(tokens, r.mentionBegin(), r.mentionEnd()), null, "ORGANIZATION", true);
    }
    IndexedWord appositive = Clauses.child(g, x, "appos");
    // "His public defender, Karen Ellis,": the name beside the description is whom it describes
    boolean namedBeside = appositive != null && "PERSON".equals(appositive.ner()) && !inMarks(g, tokens, appositive);
    Named described = holder == null && !namedBeside ? described(tokens, r) : null;
    if (described != null) {
      Referent earlier = antecedent(x.lemma(), r.mentionBegin(), MentionText.description(tokens, r), plural, List.of()); // "the actress" after "actress Susan Sarandon"
      return earlier != null && "PERSON".equals(earlier.kind()) ? new Named(earlier.name(), earlier.role(), earlier.kind(), earlier.plural()) : described;
    }
    boolean office = roles.office(g, tokens, x);
    int[] run = office ? null : runs.nameRun(tokens, x.index() - 1, r); // "The Party Co-Chairman said": a role, not a name
    if (run == null && x.tag().equals("JJ") && Character.isUpperCase(x.word().charAt(0)) && partitiveGroup(g, x) == null) {
      run = new int[] {x.index() - 1, x.index()}; // "Cuban said", tagged an adjective
    }
    if (run == null && x.tag().equals("NN") && Character.isUpperCase(x.word().charAt(0)) && Clauses.child(g, x, "det") == null
        && !referents.fullest(x.word(), r.mentionBegin(), null).equals(x.word())) {
      run = new int[] {x.index() - 1, x.index()}; // "Pop said" opening a sentence after "Radu Pop": a surname tagged a common noun
    }
    IndexedWord numbered = Clauses.child(g, x, "nummod");
    if (run == null && x.tag().equals("NN") && Character.isUpperCase(x.word().charAt(0)) && Clauses.child(g, x, "det") == null
        && numbered != null && numbered.index() == x.index() + 1) {
      run = new int[] {x.index() - 1, x.index() + 1}; // "Number 10 said": a name that ends in its number, tagged a common noun
    }
    boolean own = run != null; // the source word itself is a name
    String role = null;
    if (run == null) {
      IndexedWord appos = Clauses.child(g, x, "appos"); // "the spokesperson, Lin Jian,"
      appos = appos != null && !inMarks(g, tokens, appos) ? appos : roles.bodyAppos(g, x);
      appos = appos != null ? appos : oneNamed(g, x);
      IndexedWord holding = appos == null ? null : RoleNouns.nameAfterRole(g, appos);
      appos = holding != null ? holding : appos; // "The summit's chairwoman, Botswana's trade minister Kefilwe Molefhe,"
      IndexedWord dep = Clauses.child(g, x, "dep"); // "the activist group Mosul Eye": a name right after the noun
      IndexedWord named = RoleNouns.personBefore(g, x); // "Dr Mike Watts head of exploration"
      IndexedWord self = selfNamed(g, tokens, x); // "a hacking group calling itself Crimson Harbor": the name it gives itself
      IndexedWord beside = self != null ? self : appos;
      if (beside != null) { // the name may run on past the mention, which the comma before it ends: "firm, Oil & Natural Gas Corp (ONGC),"
        int end = Math.max(r.mentionEnd(), tokens.get(Clauses.lastIndex(g, beside) - 1).endPosition());
        run = runs.nameRun(tokens, beside.index() - 1, r.withMention(new int[] {r.mentionBegin(), end}));
        role = self != null ? MentionText.modifiersAndHead(g, tokens, x) : null; // "trader", not "trader who gave her name only as"
      } else if (dep != null && dep.tag().startsWith("NNP")) {
        run = runs.nameRun(tokens, dep.index() - 1, r);
        IndexedWord field = Clauses.child(g, x, "nmod"); // "the head of security John Pike"
        boolean afterField = field != null && "PERSON".equals(dep.ner()) && run != null && run[0] == Clauses.lastIndex(g, field);
        run = run != null && (run[0] == x.index() || afterField || titledAfter(g, tokens, x, dep, run[0])) ? run : null;
      } else if (named != null) {
        run = runs.nameRun(tokens, named.index() - 1, r);
        role = MentionText.phrase(g, tokens, x);
      } else if (Newspapers.isPressNoun(x.lemma()) && x.index() > 1 && tokens.get(x.index() - 2).tag().startsWith("NNP")) {
        run = runs.nameRun(tokens, x.index() - 2, r); // "The Mirror newspaper": the paper's name
      }
    }
    if (run != null && run[0] > 0 && "PERSON".equals(tokens.get(run[0] - 1).ner()) && tokens.get(run[0] - 1).beginPosition() >= r.mentionBegin()
        && SourceWords.isPostNominal(tokens.get(run[1] - 1)) && NameRuns.personal(tokens, run[0] - 1, run[1])[1] == run[0]) {
      run = runs.nameRun(tokens, run[0] - 1, r); // "Frank Field MP": the person before the letters
      own = false;
    }
    int[] after = own ? roles.personAfter(g, tokens, x, run, r) : null;
    if (after != null) {
      run = runs.nameRun(tokens, after[0], r);
      own = false;
    }
    int[] last = roles.personLast(tokens, x, r); // "Commission for Racial Equality chairman Trevor Phillips"
    if (last != null) {
      run = last;
      own = false;
    }
    IndexedWord titled = roles.titledHolder(g, x);
    if (titled != null) { // "High Commissioner for Refugees Filippo Grandi"
      run = runs.nameRun(tokens, titled.index() - 1, r);
      own = false;
    }
    if (holder != null) {
      run = runs.nameRun(tokens, holder.index() - 1, r);
      own = false;
    }
    IndexedWord det = Clauses.child(g, x, "det");
    IndexedWord ours = Clauses.child(g, x, "nmod:poss");
    // "our correspondent": the paper's own, as definite as "the correspondent"
    boolean definite = det != null && DEFINITE.contains(det.word().toLowerCase(Locale.ROOT)) || ours != null && ours.word().equalsIgnoreCase("our");
    boolean bare = Clauses.child(g, x, "nmod") == null && (run == null || run[1] - run[0] == 1) && !(run == null && untaggedName(g, x));
    String paperAtSource = run == null ? newspapers.namedAt(x.beginPosition()) : null;
    if (paperAtSource != null) {
      return new Named(paperAtSource, null, "ORGANIZATION", false); // "according to The Mail on Sunday", "Mail" tagged a common noun
    }
    if (run != null) {
      int from = run[0];
      while (from < run[1] - 1 && SourceWords.isTitle(tokens.get(from))) {
        from++; // "Ms Sudell", tagged as no name: a person's, named without the title
      }
      String kind = NameRuns.endsInCompanyForm(tokens, run[1]) ? "ORGANIZATION" : from > run[0] ? "PERSON" : tokens.get(run[0]).ner();
      if ("O".equals(kind) && !own && (SourceWords.namesPerson(x.lemma()) || SourceWords.isPersonRole(x.lemma()))) {
        kind = "PERSON"; // "Its lead negotiator, Mere Pōtae,": a name the tagger left untagged beside a person's noun
      }
      if ("ORGANIZATION".equals(kind) && personRoleBefore(tokens, from, run[1])) {
        kind = "PERSON"; // "Government spokeswoman Eszter Vamos", a name the tagger took for a body's
      }
      int to = run[1];
      if ("PERSON".equals(kind)) {
        int[] words = NameRuns.personal(tokens, from, to); // "Tory Liam Fox", "Ben Emmerson QC"
        from = words[0];
        to = words[1];
      }
      String name = MentionText.text(tokens, from, to) + (own && to == x.index() && !"PERSON".equals(kind) ? RoleNouns.bodyOf(g, tokens, x) : "");
      if (!NameRuns.NAME_TAGS.contains(kind) && !referents.fullest(name, r.mentionBegin(), null).equals(name)) {
        kind = "PERSON"; // "Cuban said" after "Mark Cuban"
      }
      if ("PERSON".equals(kind) && organisations.describedAsBody(name)) {
        kind = "ORGANIZATION"; // "Meridiaan said" after "Zorggroep Meridiaan, a Dutch hospital group"
      }
      if ("PERSON".equals(kind)) {
        name = referents.fullest(name, r.mentionBegin(), Genders.titleBefore(tokens, from)); // "Mrs. Clinton"
      } else {
        String paper = newspapers.namedAt(tokens.get(from).beginPosition());
        name = paper != null && paper.startsWith(name + " ") ? paper : name; // "The Mail on Sunday", not "Mail"
        String full = "LOCATION".equals(kind) ? name : organisations.fullest(name, r.mentionBegin()); // "IDS", "Cairn"
        if (!full.equals(name)) {
          return new Named(full, NameRuns.roleOf(tokens, r.mentionBegin(), tokens.get(run[0]).beginPosition()), "ORGANIZATION", plural);
        }
        if (own && definite && bare) {
          Referent earlier = antecedent(x.word(), r.mentionBegin(), MentionText.description(tokens, r), plural, List.of());
          if (earlier != null) {
            return new Named(earlier.name(), earlier.role(), earlier.kind(), earlier.plural());
          }
        }
      }
      if (role == null) {
        role = NameRuns.roleOf(tokens, r.mentionBegin(), tokens.get(from).beginPosition());
        boolean owner = NameRuns.placeOwner(tokens, r.mentionBegin(), tokens.get(from).beginPosition())
            || role != null && role.endsWith("'s") && SourceWords.isBody(x.lemma()) && run[1] - run[0] == 1; // "The Prime Minister's Office": the office's name
        if (role != null && !"PERSON".equals(kind) && owner) {
          name = role + " " + name; // "Kenya's Health Ministry": a country's body, whose owner is no role
          role = null;
        }
      }
      boolean body = "O".equals(kind) || ("PERSON".equals(kind) && SourceWords.isBodyRole(role)); // "Dutch newspaper De Telegraaf", tagged a person
      return new Named(name, role, body ? "ORGANIZATION" : kind, plural);
    }
    Named issuer = SourceWords.isDocument(x.lemma()) ? issuer(g, tokens, x, r) : null;
    if (issuer != null) {
      return issuer;
    }
    if (definite && bare && !office) {
      Referent earlier = antecedent(x.lemma(), r.mentionBegin(), MentionText.description(tokens, r), plural, fields(g, x));
      boolean press = Newspapers.isPressNoun(x.lemma()) && MentionText.description(tokens, r).equalsIgnoreCase(x.word()); // not "the 2009 paper"
      Newspapers.Paper paper = press ? newspapers.last(r.mentionBegin()) : null;
      if (paper != null && (earlier == null || earlier.position() < paper.position())) {
        return new Named(paper.name(), null, "ORGANIZATION", false); // "the paper" after "the Financial Times"
      }
      if (SourceWords.isOrganisationNoun(x.lemma()) && MentionText.description(tokens, r).equalsIgnoreCase(x.word())) {
        earlier = namedSince(earlier, r, x.lemma()); // "the agency", not "the UN refugee agency": a body described anew
      } else if (earlier == null && SourceWords.isOrganisationNoun(x.lemma()) && epithet(g, x)) {
        // "Hezbollah launched …, in what the Iran-backed group said was …": the body that acts in this sentence
        earlier = referents.lastEntity(r.mentionBegin(), e -> "ORGANIZATION".equals(e.kind()) && e.subject() && e.sentence() == r.sentence());
        // "Oxfam said …. …, the medical charity said": else, named after what it says, the body that
        // spoke in the sentence before ("The Paris-based pressure group said" opening a sentence is a new one)
        earlier = earlier != null || r.contentBegin() > r.mentionBegin() ? earlier
            : spokeJustBefore(r, x.lemma(), MentionText.description(tokens, r), -1);
      }
      if (earlier == null && plural && Clauses.child(g, x, "nummod") != null) {
        // "The two institutions said …" after "X and Y said …": the bodies named together last
        earlier = referents.lastSpeaker(r.mentionBegin(), s -> s.plural() && s.name().contains(" and "));
      }
      if (earlier != null) {
        return new Named(referents.organisation(earlier), earlier.role(), earlier.kind(), earlier.plural());
      }
    }
    IndexedWord appos = Clauses.child(g, x, "appos");
    if (x.word().equalsIgnoreCase("one") && appos != null && appos.tag().matches("NNS?")) {
      x = appos; // "One of them, a member of the municipal council, said": the description says who
    }
    String of = office ? RoleNouns.officeOf(g, tokens, x) : RoleNouns.bodyOf(g, tokens, x);
    String principal = of.isEmpty() ? roles.principal(g, tokens, x) : "";
    Named body = of.isEmpty() && !plural ? bodyReferredTo(g, tokens, x, r) : null;
    if (body != null) {
      return body;
    }
    Named held = of.isEmpty() && principal.isEmpty() && !plural ? leadHolder(g, tokens, x, r) : null;
    if (held != null) {
      return held;
    }
    // not an office of a body or with its holder beside it ("Shadow leader of the Commons Oliver Heald"); "one of the survivors" is a survivor
    boolean one = x.word().equalsIgnoreCase("one");
    Named elsewhere = plural || (!of.isEmpty() || !principal.isEmpty()) && !one ? null : namedElsewhere(g, tokens, x, r);
    if (elsewhere != null) {
      return elsewhere;
    }
    IndexedWord group = of.isEmpty() ? partitiveGroup(g, x) : null;
    if (group != null) { // "Some of the farmers", "Two of the association's three main sponsors": part of a group, named with it
      // "Several of those surveyed": "those" with the participle that says who they are
      int end = group.word().equalsIgnoreCase("those") ? group.index() + 1 : group.index();
      return new Named(MentionText.text(tokens, x.index() - 1, end), null, "NOUN", true);
    }
    String phrase = MentionText.modifiersAndHead(g, tokens, x);
    String whole = of.isEmpty() && principal.isEmpty() && !plural ? organisations.fullest(phrase, r.mentionBegin()) : phrase;
    if (!whole.equals(phrase)) {
      return new Named(whole, null, "ORGANIZATION", false); // "the U.N. mission" of "the U.N. mission in South Sudan, known as UNMISS"
    }
    IndexedWord poss = Clauses.child(g, x, "nmod:poss");
    boolean source = lexicon.isSourceNoun(x.lemma()) || SourceWords.isOrganisationNoun(x.lemma());
    String owner = source && poss != null && poss.tag().equals("PRP$") && phrase.startsWith(poss.word() + " ") ? pronouns.possessor(poss, r) : null;
    if (owner != null) { // "His office" → "Benjamin Netanyahu's office"
      phrase = owner + (owner.endsWith("s") ? "' " : "'s ") + phrase.substring(poss.word().length() + 1);
    }
    return new Named(phrase + of + principal, null, "NOUN", plural);
  }

  /** Whether {@code x} is a determiner, number or quantifier that can take a part of a group: "Some", "Two", "most". */
  private static boolean quantifier(IndexedWord x) {
    return x.tag().matches("DT|CD|JJS?|PDT") || x.word().matches("(?i)many|most|several|few|both|all|some");
  }

  /** Whether {@code x} is a part "of them" ("Most of them", "Half of them", "Only 42% of them"): a share of a group named before. */
  private static boolean partOfThem(SemanticGraph g, IndexedWord x) {
    IndexedWord them = Clauses.child(g, x, "nmod");
    boolean share = quantifier(x) || x.word().matches("(?i)half|%|percent|majority|minority|third|quarter");
    // not "One of them, a member of the town council,": one person, whom the description names
    boolean described = x.word().equalsIgnoreCase("one") || Clauses.child(g, x, "appos") != null;
    return share && !described && them != null && them.word().equalsIgnoreCase("them") && them.index() > x.index() && Clauses.hasCase(g, them, Set.of("of"));
  }

  /** Nouns that gather people and name no body of their own: "a group of shop stewards" are shop stewards. */
  private static final Set<String> COLLECTIVES = Set.of("group", "party", "handful", "number", "crowd", "couple", "pair", "band", "bunch", "coalition", "alliance");

  /**
   * The plural noun that quantifier or number {@code x} takes a part of ("Some of the farmers",
   * "Two of the sponsors"), or "those" with a participle right after it ("Several of those
   * surveyed"): the group, which says more of who spoke than "Some"; null for any other source,
   * and for "of them", which a pronoun's antecedent would name.
   */
  private static IndexedWord partitiveGroup(SemanticGraph g, IndexedWord x) {
    IndexedWord group = Clauses.child(g, x, "nmod");
    boolean part = quantifier(x) || COLLECTIVES.contains(x.word().toLowerCase(Locale.ROOT)); // "A party of councillors from Nottingham", "a group of shop stewards"
    IndexedWord next = group == null ? null : g.getNodeByIndexSafe(group.index() + 1);
    boolean those = group != null && group.word().equalsIgnoreCase("those") && next != null && next.tag().equals("VBN"); // "of those surveyed"
    return part && group != null && (group.tag().equals("NNS") || those) && group.index() > x.index()
        && Clauses.hasCase(g, group, Set.of("of")) ? group : null;
  }

  /**
   * A role for a body that the text named before, as that body's ("A spokesman for the
   * regulator" after "Britain's Financial Conduct Authority" → "Financial Conduct Authority
   * spokesman"): the body is a bare definite noun after "for", "at" or "of", resolved as that
   * noun would be as the source itself; null when the noun names no organisation named before.
   */
  private Named bodyReferredTo(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x, Report r) {
    IndexedWord body = roles.principalNoun(g, x, true);
    IndexedWord det = body == null ? null : Clauses.child(g, body, "det");
    if (det == null || !det.word().equalsIgnoreCase("the") || g.getChildList(body).size() != 2 || !SourceWords.isBody(body.lemma())) {
      return null; // "the regulator" alone: its case word and its article
    }
    Referent earlier = antecedent(body.lemma(), r.mentionBegin(), body.word(), false, List.of());
    if (SourceWords.isOrganisationNoun(body.lemma())) {
      earlier = namedSince(earlier, r, body.lemma());
    }
    if (earlier == null || !"ORGANIZATION".equals(earlier.kind())) {
      return null;
    }
    return new Named(referents.organisation(earlier) + " " + MentionText.modifiersAndHead(g, tokens, x), null, "NOUN", false);
  }

  /**
   * The name the article gives elsewhere to a source described only by common role noun
   * {@code x} ({@link LaterNames}): the one person the article names with the same description
   * ("a chief constable", "one of the survivors"); null if none, and for a body ("the party") or
   * a possessed description ("his spokesperson": whose the possessor says).
   */
  private Named namedElsewhere(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x, Report r) {
    IndexedWord head = x;
    if (x.word().equalsIgnoreCase("one")) {
      IndexedWord of = Clauses.child(g, x, "nmod"); // "one of the survivors": a survivor
      head = of != null && Clauses.child(g, x, "appos") == null ? of : null;
    }
    if (head == null || !head.tag().matches("NNS?") || SourceWords.isDocument(head.lemma())) {
      return null;
    }
    IndexedWord det = Clauses.child(g, x, "det");
    String article = det == null ? "" : det.word().toLowerCase(Locale.ROOT);
    boolean indefinite = x != head || Set.of("a", "an", "another").contains(article);
    boolean possessed = Clauses.child(g, x, "nmod:poss") != null;
    Referent e = SourceWords.isBody(head.lemma()) || possessed ? null : later.holder(description(g, tokens, head), r.mentionBegin(), indefinite);
    return e == null ? null : new Named(referents.fullest(e.name(), Integer.MAX_VALUE, null), e.role(), "PERSON", false);
  }

  /**
   * The person the sentences after the lead name as the holder of a role that the lead gives
   * without a name ({@link LeadHolders}): a possessed person noun ("its chief executive", "the
   * watchdog's chairman"), or an indefinite one the later name's role repeats ("a judge" and
   * "Judge Ana Ruiz"); null otherwise. A definite one ("the finance minister") is an office the
   * reader knows without its name; an indefinite one with no such role ("a senior commander has
   * said") is as often someone else than the next person quoted.
   */
  private Named leadHolder(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x, Report r) {
    if (!leads.isLead(r.sentence()) || !x.tag().equals("NN") || SourceWords.isBody(x.lemma())
        || !(SourceWords.isPersonRole(x.lemma()) || SourceWords.namesPerson(x.lemma().toLowerCase(Locale.ROOT)))) {
      return null;
    }
    IndexedWord det = Clauses.child(g, x, "det");
    boolean indefinite = det != null && INDEFINITE.contains(det.word().toLowerCase(Locale.ROOT));
    if (!indefinite && Clauses.child(g, x, "nmod:poss") == null) {
      return null;
    }
    String mention = MentionText.description(tokens, r);
    String name = leads.holder(mention, mention.toLowerCase(Locale.ROOT), indefinite);
    return name == null ? null : new Named(referents.fullest(name, Integer.MAX_VALUE, null), null, "PERSON", false);
  }

  /** The words of role noun {@code head} and its modifiers, lower case, the head by its lemma: "chief constable" of "A chief constable", "survivor" of "the survivors". */
  private static List<String> description(SemanticGraph g, List<CoreLabel> tokens, IndexedWord head) {
    List<String> words = new ArrayList<>(List.of(MentionText.modifiersAndHead(g, tokens, head).toLowerCase(Locale.ROOT).split("\\s+")));
    words.set(words.size() - 1, head.lemma().toLowerCase(Locale.ROOT));
    return words;
  }

  /**
   * The person's name that the parser hung on the "of" phrase of "one" ("one of the so-called
   * Guildford Four, Gerry Conlon - who … - said"): the one who is meant; null for any other shape.
   */
  private static IndexedWord oneNamed(SemanticGraph g, IndexedWord x) {
    IndexedWord of = "one".equalsIgnoreCase(x.word()) ? Clauses.child(g, x, "nmod") : null;
    IndexedWord name = of == null ? null : Clauses.child(g, of, "appos");
    return name != null && "PERSON".equals(name.ner()) ? name : null;
  }

  /** Whether a quotation mark opens the name of apposition {@code appos}: "The plan, branded “Safe Streets,”" is a title, no name of a source. */
  private static boolean inMarks(SemanticGraph g, List<CoreLabel> tokens, IndexedWord appos) {
    for (int i = Math.max(0, Clauses.firstIndex(g, appos) - 2); i < appos.index() - 1; i++) {
      if (TokenRanges.isQuoteMark(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name that noun {@code x} gives itself: "a group calling itself Crimson Harbor" (the
   * parser hangs the name as a dep or xcomp), or gives for itself, "a trader who gave her name
   * only as Ada Obi", "a man identified only as Yusuf", also in a second relative clause ("the
   * commander who led the talks, who gave his name only as Colonel Ebuela,"); null if none.
   */
  private static IndexedWord selfNamed(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    for (IndexedWord acl : Clauses.children(g, x, "acl")) {
      IndexedWord obj = Clauses.child(g, acl, "obj");
      if (!"call".equals(acl.lemma()) || obj == null || !SELF.contains(obj.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String rel : new String[] {"dep", "xcomp", "obj"}) {
        for (IndexedWord n : Clauses.children(g, acl, rel)) {
          if (n.index() > obj.index() && n.tag().startsWith("NNP")) {
            return n;
          }
        }
      }
    }
    int as = givenAs(tokens, x.index());
    for (int k = x.index() + 1; as < 0 && k + 1 < tokens.size() && k < x.index() + RELATIVE_REACH; k++) {
      // "The commander who led the delegation, who gave his name only as Colonel Ebuela,": a second
      // relative, which the parser hangs anywhere
      if (tokens.get(k).word().equals(",") && tokens.get(k + 1).word().equalsIgnoreCase("who")) {
        as = givenAs(tokens, k);
      }
    }
    return as < 0 ? null : g.getNodeByIndexSafe(as + 1);
  }

  /**
   * The last word of the name after "as" in the words right after token {@code from} that give a
   * name ("who gave her name only as Ada Obi", "identified only as Yusuf", "who asked to be
   * identified as …"), or after the comma that ends "gave his first name", read from the tokens
   * since the parser often breaks the clause; -1 if none.
   */
  private static int givenAs(List<CoreLabel> tokens, int from) {
    boolean naming = false;
    boolean gave = false;
    for (int k = from; k < tokens.size() && k < from + 9; k++) {
      CoreLabel t = tokens.get(k);
      String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
      if (k == from && t.word().equals(",")) {
        continue; // "One farmer, who gave …"
      }
      boolean apposed = t.word().equals(",") && naming && gave; // "who gave only his first name, Tomas,"
      if (t.word().equalsIgnoreCase("as") || apposed) {
        int end = k + 1;
        while (end < tokens.size() && tokens.get(end).tag().startsWith("NNP")) {
          end++;
        }
        return (naming || gave) && end > k + 1 ? end - 1 : -1;
      }
      if (lemma.equals("name") && t.tag().startsWith("NN")) {
        naming = gave;
      } else if (NAMING.contains(lemma) && t.tag().startsWith("VB")) {
        naming = true;
      } else if (lemma.equals("give") && t.tag().startsWith("VB")) {
        gave = true;
      } else if (!GIVING.contains(t.tag())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether organisation {@code name} ends in a noun for a public body while {@code noun} is a
   * business's: "Information Commissioner's Office" is not "the company"; a company's generic
   * nouns ({@code models/organisation-nouns.txt}: "group", "firm") stand for each other.
   */
  private boolean otherKind(String name, String noun) {
    String[] words = name.split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return BUSINESS.contains(noun) && lexicon.isSourceNoun(last) && !SourceWords.isOrganisationNoun(last); // "Meridian Telecom Group" may be "the company"
  }

  /** Whether a capitalised compound the tagger left untagged names noun {@code x}: "The Anti-Phishing Working group", no earlier group. */
  private static boolean untaggedName(SemanticGraph g, IndexedWord x) {
    return g.getChildList(x).stream().anyMatch(c -> c.index() < x.index() && "compound".equals(Clauses.rel(g, c))
        && c.tag().startsWith("NNP") && "O".equals(c.ner()) && Character.isUpperCase(c.word().charAt(0)));
  }

  /**
   * Whether the words before noun {@code x} only describe it, with no name among them: "the
   * Iran-backed militant group", not "the UN refugee agency".
   */
  private static boolean epithet(SemanticGraph g, IndexedWord x) {
    boolean described = false;
    for (IndexedWord c : g.getChildList(x)) {
      String rel = Clauses.rel(g, c);
      if (c.index() < x.index() && (rel.equals("amod") || rel.equals("compound"))) {
        if (c.tag().startsWith("NNP") || !"O".equals(c.ner())) {
          return false;
        }
        for (IndexedWord d : g.getChildList(c)) {
          boolean hyphenated = d.index() + 2 == c.index() && d.endPosition() + 1 == c.beginPosition(); // "Iran-backed"
          if (!hyphenated && !d.tag().equals("HYPH")) {
            return false;
          }
        }
        described = true;
      }
    }
    return described;
  }

  /**
   * The organisation that a bare generic noun ("the agency", "the group") stands for, given the
   * source or name it describes, {@code earlier}: with none, the organisation named last before
   * {@code r}'s mention that {@code noun} can stand for, outside the cue's own phrase before its
   * subject; when it is only an earlier description that never spoke ("the Iran-aligned
   * group"), the organisation named or speaking since as the subject of its clause ("The Houthis,
   * …, have launched …"); else {@code earlier}.
   */
  private Referent namedSince(Referent earlier, Report r, String noun) {
    int at = r.mentionBegin();
    if (earlier == null) {
      // the organisation named last, not one in a phrase of the cue before its subject ("In a
      // statement to the London Stock Exchange, the company said"); a company's noun is no public
      // body's ("the company" is not the Information Commissioner's Office)
      boolean fronted = r.contentBegin() > r.mentionBegin();
      Predicate<Referent> kind = e -> "ORGANIZATION".equals(e.kind()) && !otherKind(e.name(), noun);
      Referent author = fronted ? referents.lastEntity(at, e -> kind.test(e) && e.sentence() == r.sentence() && statementAuthor(r.graph(), e.position())) : null;
      if (author != null) {
        return author; // "In a statement from Lycos Europe …, the company denied": the body whose statement it is
      }
      Predicate<Referent> fits = e -> kind.test(e) && !(fronted && e.sentence() == r.sentence());
      Referent last = referents.lastEntity(at, fits);
      // of its sentence, the organisation that is a clause's subject, not one it acts against
      // ("X was fighting suits, notably against Y, which …. The company said" → X)
      Referent subject = last == null || last.subject() ? null
          : referents.lastEntity(at, e -> fits.test(e) && e.subject() && e.sentence() == last.sentence());
      if (subject == null && last != null && !last.subject() && SourceWords.isOrganisationNoun(noun)) {
        // "OptInRealBig was fighting …", a one-word name tagged a person's that no role or gender makes one, or left untagged
        subject = referents.lastEntity(last.position(), e -> e.sentence() == last.sentence() && e.subject() && "PERSON".equals(e.kind())
            && e.role() == null && !e.name().contains(" ") && !Genders.isGivenName(e.name()) && genders.of(e.name()) == null
            && referents.fullest(e.name(), at, null).equals(e.name())); // not "Vogt" of "Katrin Vogt"
        subject = subject != null ? subject : referents.untaggedSubject(last.sentence(), last.position());
        subject = subject == null ? null
            : new Referent(subject.position(), subject.sentence(), subject.name(), "ORGANIZATION", false, subject.role(), true);
      }
      if (subject == null && (last == null || !last.subject())) {
        // a body that only an object or modifier names ("X agreed to buy Teva's unit", "the outlook
        // for Sandoz") gives way to the body that spoke shortly before it: "the company" is the one
        // the story follows, not one it acts on; with no organisation named before, one that spoke
        // ("Next has said …. “…,” the company said": a speaker is named an organisation when
        // nothing makes it a person)
        // ("…with EgyptAir, the airline said" after "BFMTV reported": one named in the statement itself
        // gives way only to a body that spoke in the sentence just before)
        int reach = last != null && last.position() >= r.contentBegin() && last.position() < r.contentEnd() ? 1 : SPEAKER_REACH;
        subject = referents.lastSpeaker(at, e -> fits.test(e) && r.sentence() - e.sentence() <= reach && !Pronouns.unresolved(e.name()));
      }
      return subject != null ? subject : last;
    }
    if (!"NOUN".equals(earlier.kind())) {
      return earlier;
    }
    if (referents.isSpeaker(earlier)) {
      // "the country's disaster management agency said …. UNICEF warned …. The agency said": a body
      // named by its name that spoke in the sentence just before, not an older description
      Referent named = spokeJustBefore(r, noun, noun, earlier.position());
      return named != null ? named : earlier;
    }
    Predicate<Referent> since = e -> "ORGANIZATION".equals(e.kind()) && e.subject() && e.position() > earlier.position();
    Referent named = referents.lastEntity(at, since);
    for (Referent other : new Referent[] {referents.lastSpeaker(at, since), referents.lastGroup(at, since)}) {
      named = other != null && (named == null || other.position() > named.position()) ? other : named;
    }
    return named != null ? named : earlier;
  }

  /**
   * Whether the name written at {@code position} in graph {@code g} is the author of a statement
   * noun in an "in" phrase: "In a statement from Lycos Europe", "in a statement by the ministry",
   * "In Lycos' statement".
   */
  private boolean statementAuthor(SemanticGraph g, int position) {
    for (IndexedWord w : g.vertexSet()) {
      if (w.beginPosition() != position) {
        continue;
      }
      IndexedWord head = w;
      while (Set.of("compound", "flat").contains(Clauses.rel(g, head)) && g.getParent(head) != null) {
        head = g.getParent(head); // "Lycos" of "Lycos Europe"
      }
      IndexedWord noun = g.getParent(head);
      if (noun == null || !lexicon.isCueNoun(noun.lemma()) || !Clauses.hasCase(g, noun, Set.of("in"))) {
        return false; // "In a statement from X", not "Responding to a statement from X" nor "After a statement by X"
      }
      String rel = Clauses.rel(g, head);
      return rel.equals("nmod:poss") || rel.equals("nmod") && Clauses.hasCase(g, head, Set.of("from", "by"));
    }
    return false;
  }

  /**
   * The organisation that spoke, as its clause's subject, in the sentence just before {@code r}'s
   * and after position {@code after}, that generic noun {@code noun} can stand for: not a body
   * whose name ends in another body noun ("Acme Bank" is no agency) or that is known as another
   * kind of body than {@code described} says ("Oxfam" is a charity, not "the agency", yet "the aid
   * agency", {@link BodyKinds}); null if none.
   */
  private Referent spokeJustBefore(Report r, String noun, String described, int after) {
    return referents.lastSpeaker(r.mentionBegin(), e -> "ORGANIZATION".equals(e.kind()) && e.subject() && e.position() > after
        && r.sentence() - e.sentence() == 1 && !otherKind(e.name(), noun) && !otherBodyNoun(e.name(), noun) && !BodyKinds.differ(e.name(), described));
  }

  /**
   * Whether name {@code name} carries a body noun other than {@code noun}, at its end or not:
   * "Acme Bank" or "Ministry of Health" for "the agency" or "the charity".
   */
  private boolean otherBodyNoun(String name, String noun) {
    String[] words = name.split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (!last.equals(noun) && (lexicon.isSourceNoun(last) || SourceWords.isOrganisationNoun(last))) {
      return true;
    }
    for (String w : words) {
      String word = w.toLowerCase(Locale.ROOT);
      if (!word.equals(noun) && Character.isUpperCase(w.charAt(0)) && SourceWords.isBody(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name run of tokens [from, to) follows a role noun for a person in lower case
   * ("spokeswoman", "minister") and holds no noun for a body ("Group", "Ministry"): a person's name.
   */
  private static boolean personRoleBefore(List<CoreLabel> tokens, int from, int to) {
    if (from == 0) {
      return false;
    }
    CoreLabel role = tokens.get(from - 1);
    if (!role.tag().equals("NN") || !Character.isLowerCase(role.word().charAt(0)) || !SourceWords.isPersonRole(role.lemma())) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (SourceWords.isBody(tokens.get(i).lemma()) || SourceWords.isDocument(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The person that a description in {@code r}'s mention refers to again ("said the 22-year-old",
   * "the mother-of-nine said", "her pop star son told her"): among the people whose gender fits
   * the description's and whose role, if any, the description repeats, the one who spoke in the
   * sentence before, else the subject of the sentence before, else of those named in the last few sentences the one whose name the text
   * has written most; in the fullest form; null when the mention is no such description or no
   * one fits.
   */
  private Named described(List<CoreLabel> tokens, Report r) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() >= r.mentionBegin() && t.endPosition() <= r.mentionEnd()) {
        if (t.word().equals(",")) {
          break; // "the 22-year-old, who …": the description ends at the comma
        }
        from = from < 0 ? i : from;
        to = i + 1;
      }
    }
    if (from < 0) {
      return null;
    }
    if (from > 0 && SourceWords.opensDescription(tokens.get(from - 1))) {
      from--; // "the mother-of-nine", its article parsed apart
    }
    while (to < tokens.size() && tokens.get(to).beginPosition() == tokens.get(to - 1).endPosition()
        && (tokens.get(to).word().equals("-") || tokens.get(to - 1).word().equals("-"))) {
      to++; // "the 22-year-old", cut at a hyphen
    }
    if (!SourceWords.describesPerson(tokens, from, to)) {
      return null;
    }
    Genders.Gender gender = Genders.ofPhrase(MentionText.text(tokens, from, to));
    String pronoun = gender == null ? null : gender == Genders.Gender.MALE ? "he" : "she";
    String owner = Pronouns.PERSONAL.get(tokens.get(from).word().toLowerCase(Locale.ROOT));
    // "her pop star son": someone of hers, not she herself
    Referent owned = "he".equals(owner) || "she".equals(owner) ? referents.lastEntity(r.mentionBegin(), x -> pronouns.fits(x, owner, true)) : null;
    String description = MentionText.text(tokens, from, to).toLowerCase(Locale.ROOT);
    // "the Tory leader" names a party too: anyone not named with another party or another role ("Nurse Ann Roe")
    boolean party = SourceWords.describesPartyMember(tokens, from, to);
    Predicate<Referent> candidate = x -> "PERSON".equals(x.kind()) && (pronoun == null || pronouns.fits(x, pronoun, true))
        && (owned == null || !owned.name().equals(x.name())) && !otherRole(x, description) && !(party && otherParty(x, description));
    // who spoke in the sentence before: "And Agassi said Melzer was … . “…,” said the American"
    Referent e = referents.lastSpeaker(r.mentionBegin(), x -> candidate.test(x) && r.sentence() - x.sentence() == 1);
    if (e == null) {
      // the subject of the sentence before: "Lori Bernstein held up a sign. The 57-year-old scientist says …"
      e = referents.lastEntity(r.mentionBegin(), x -> candidate.test(x) && x.subject() && r.sentence() - x.sentence() <= 1);
    }
    if (e == null) {
      // else, of the people named in the last sentences, the one whose name the text has written
      // most: the person the story is about ("Gardener … Greene's record. '…,' said the world
      // indoor champion"), the last of them on a tie
      e = referents.lastEntity(r.mentionBegin(), candidate);
      int most = e == null ? 0 : referents.mentionsBefore(e, r.mentionBegin());
      for (Referent x : referents.entities()) {
        if (x.position() < r.mentionBegin() && r.sentence() - x.sentence() <= DESCRIPTION_REACH && candidate.test(x)) {
          int m = referents.mentionsBefore(x, r.mentionBegin());
          if (m > most || (m == most && x.position() > e.position())) {
            most = m;
            e = x;
          }
        }
      }
    }
    if (e == null) {
      return null;
    }
    return new Named(referents.fullest(e.name(), r.mentionBegin(), gender != null ? gender : genders.of(e.name())), e.role(), "PERSON", false);
  }

  /** Whether {@code description} names a party and person {@code r} was named with another ("Labour MP Ann Roe" is not "the Tory leader"). */
  private static boolean otherParty(Referent r, String description) {
    Set<String> own = SourceWords.affiliations(r.role() != null ? r.role() : "NOUN".equals(r.kind()) ? r.name() : ""); // or an unnamed "Tory leader"
    Set<String> said = SourceWords.affiliations(description);
    own.removeAll(said);
    return !said.isEmpty() && !own.isEmpty(); // "the leader" names no party
  }

  /**
   * Whether person {@code r} was introduced by a role noun that {@code description} does not
   * repeat ("New coach Tony Lester" is not "the 28-year-old 800 metres runner", "Nurse Ann Roe" not
   * "the Labour leader").
   */
  private boolean otherRole(Referent r, String description) {
    if (r.role() == null) {
      return false;
    }
    String[] words = r.role().toLowerCase(Locale.ROOT).split("\\s+");
    String head = words[words.length - 1];
    return (lexicon.isSourceNoun(head) || SourceWords.isPersonNoun(head)) && !description.contains(head);
  }

  /**
   * The issuer of document {@code x} when the sentence names it: after "by", or a name after
   * "from", also a body or what a name owns after "from" for numbers it compiles ("A review by the
   * ONS", "a report from analysts Gartner", "figures from the health ministry", "estimates from the
   * Carlos III Health Institute's MoMo system", "a motion by Mr Jackson's lawyers"; not "exit polls
   * from the county primary") or as a
   * name before the noun ("the Sunday Telegraph report", "CBO forecasts"); null if none.
   */
  private Named issuer(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x, Report r) {
    IndexedWord by = null;
    boolean tally = TALLIES.contains(x.lemma().toLowerCase(Locale.ROOT));
    for (IndexedWord c : Clauses.children(g, x, "nmod")) {
      IndexedWord prep = Clauses.child(g, c, "case");
      boolean compiled = tally && (SourceWords.isBody(c.lemma()) || ownedByName(g, c));
      boolean named = "ORGANIZATION".equals(c.ner()) || "PERSON".equals(c.ner()) || compiled;
      if (prep != null && (prep.word().equalsIgnoreCase("by") || (named && prep.word().equalsIgnoreCase("from"))) && by == null) {
        by = c;
      }
    }
    for (IndexedWord made : Clauses.children(g, x, "acl")) {
      boolean issued = made.tag().equals("VBN") && SourceWords.isIssuing(made.lemma()) && by == null;
      for (IndexedWord agent : issued ? Clauses.children(g, made, "obl") : List.<IndexedWord>of()) {
        if (Clauses.hasCase(g, agent, Set.of("by")) && agent.tag().startsWith("NNP")) {
          by = agent; // "figures compiled by the United Nations"; not "a statement signed by the commanders", who are no name, nor "documents seen by AP"
        }
      }
    }
    if (by == null) {
      for (IndexedWord c : g.getChildList(x)) {
        String rel = Clauses.rel(g, c);
        if (c.index() < x.index() && (rel.equals("compound") || rel.equals("nmod:poss"))
            && ("ORGANIZATION".equals(c.ner()) || "PERSON".equals(c.ner()))) {
          by = c;
        }
      }
    }
    if (by == null) {
      return null;
    }
    by = namedAfterPlace(g, tokens, by);
    if ("compound".equals(Clauses.rel(g, by)) && "ORGANIZATION".equals(by.ner()) && compoundsUpTo(g, x, by)) {
      // "a U.N. human rights office report": the body is every word before the document's noun
      String name = MentionText.text(tokens, Clauses.firstIndex(g, by) - 1, x.index() - 1);
      return new Named(organisations.fullest(name, r.mentionBegin()), null, "ORGANIZATION", false);
    }
    if ("ORGANIZATION".equals(by.ner()) || "PERSON".equals(by.ner()) || by.tag().startsWith("NNP")) {
      int end = tokens.get(Clauses.lastIndex(g, by) - 1).endPosition(); // an agent's name may run past the mention
      int[] run = runs.nameRun(tokens, by.index() - 1, r.withMention(new int[] {r.mentionBegin(), Math.max(end, r.mentionEnd())}));
      if (run == null) {
        return null;
      }
      String name = MentionText.text(tokens, run[0], run[1]);
      if ("PERSON".equals(by.ner())) {
        return new Named(referents.fullest(name, r.mentionBegin(), null), null, "PERSON", false);
      }
      return new Named(organisations.fullest(name, r.mentionBegin()), null, "ORGANIZATION", false);
    }
    return new Named(MentionText.modifiersAndHead(g, tokens, by), null, "NOUN", by.tag().endsWith("S"));
  }

  /**
   * Whether the words from name {@code by} to document noun {@code x} are all modifiers of {@code x}
   * (compounds and their own modifiers) with more than the name among them: "U.N. human rights
   * office report", not "CBO forecasts".
   */
  private static boolean compoundsUpTo(SemanticGraph g, IndexedWord x, IndexedWord by) {
    int from = Clauses.lastIndex(g, by) + 1;
    if (from >= x.index()) {
      return false;
    }
    Set<IndexedWord> phrase = g.descendants(x);
    for (int i = from; i < x.index(); i++) {
      IndexedWord w = g.getNodeByIndexSafe(i);
      if (w == null || !(w.tag().startsWith("NN") || w.tag().startsWith("JJ")) || !phrase.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a name owns noun {@code c}: "the Carlos III Health Institute's monitoring system". */
  private static boolean ownedByName(SemanticGraph g, IndexedWord c) {
    IndexedWord owner = Clauses.child(g, c, "nmod:poss");
    return owner != null && ("ORGANIZATION".equals(owner.ner()) || owner.tag().startsWith("NNP"));
  }

  /**
   * The name that place {@code by} only premodifies, when nouns run on from it to a proper noun
   * of no place: "a report by UK think-tank Demos", where the split hyphen left "UK" the head.
   */
  private static IndexedWord namedAfterPlace(SemanticGraph g, List<CoreLabel> tokens, IndexedWord by) {
    if (!"LOCATION".equals(by.ner())) {
      return by;
    }
    IndexedWord name = by;
    for (int i = by.index(); i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      boolean hyphened = t.word().equals("-") || i + 1 < tokens.size() && tokens.get(i + 1).word().equals("-")
          && tokens.get(i + 1).beginPosition() == t.endPosition(); // "think-tank", whatever the tagger made of "think"
      if (!t.tag().startsWith("NN") && !hyphened) {
        break;
      }
      IndexedWord w = g.getNodeByIndexSafe(i + 1);
      if (w != null && t.tag().startsWith("NNP") && !"LOCATION".equals(t.ner())) {
        name = w;
      }
    }
    return name;
  }

  /**
   * The last speaker, else entity, before {@code at} that {@code head}, the head noun of
   * {@code description}, describes: a word of its name ("the ministry" → "Ministry of Health"),
   * the head of its role ("the actress" → "actress Susan Sarandon") or the head of an unnamed
   * source ("the spokesman" → "a spokesman for UKIP"); not a word that only modifies another
   * ("the committee" is not "Committee chairman Jean Corston", "the prime minister" not "the
   * prime minister's official spokesman"), nor an office that a qualifier makes another one
   * unless the description repeats it ("the chancellor" is not "shadow chancellor Oliver Letwin"),
   * nor someone named with another party than the description's.
   */
  private Referent antecedent(String head, int at, String description, boolean plural, List<String> fields) {
    String h = head.toLowerCase(Locale.ROOT);
    List<String> said = List.of(description.toLowerCase(Locale.ROOT).split("\\s+"));
    List<String> names = Descriptions.names(description, h);
    Predicate<Referent> describes = r -> !r.name().equalsIgnoreCase(h) && Descriptions.describes(r.name(), r.kind(), r.role(), r.plural(), h, said, plural)
        && ("PERSON".equals(r.kind()) || "NOUN".equals(r.kind()) || Descriptions.namesIn(r.name(), r.role(), names))
        && Descriptions.fieldsIn(r.name(), h, fields) && !otherParty(r, description); // "the Labour leader" is not "Tory leader Ann Roe"
    Referent speaker = referents.lastSpeaker(at, describes);
    return speaker != null ? speaker : referents.lastEntity(at, describes);
  }

  /** The common nouns compounded before noun {@code x}, lower case: "transport" of "the transport ministry". */
  private static List<String> fields(SemanticGraph g, IndexedWord x) {
    return Clauses.children(g, x, "compound").stream().filter(c -> c.index() < x.index() && c.tag().equals("NN"))
        .map(c -> c.word().toLowerCase(Locale.ROOT)).toList();
  }

  /** Whether a speaker named {@code name} spoke before {@code at}. */
  boolean spoke(String name, int at) {
    return referents.lastSpeaker(at, x -> x.name().equals(name)) != null;
  }

  /** The fullest person name in the document that holds every word of {@code name}. */
  String fullest(String name) {
    return referents.fullest(name, Integer.MAX_VALUE, null);
  }
}
