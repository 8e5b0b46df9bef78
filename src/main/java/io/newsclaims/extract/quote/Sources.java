package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.text.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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
 * for the issuer the sentence names ("A review by the ONS"). Holds per-document
 * state: build one per document, in one thread.
 */
final class Sources {
  /** How many sentences back a pronoun looks for a speaker before falling back to any name. */
  private static final int PRONOUN_REACH = 3;
  /** How many sentences back a description ("the 22-year-old") looks for the person the story is about. */
  private static final int DESCRIPTION_REACH = 5;
  private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION");
  /** Name tags of a proper noun that may still be a person's: none, or a nationality ("Mark Cuban"). */
  private static final Set<String> UNTAGGED = Set.of("O", "MISC", "NATIONALITY");
  /** Possessive and object pronouns ("according to him") by their personal form. */
  private static final Map<String, String> PERSONAL =
      Map.of("his", "he", "her", "she", "their", "they", "its", "it", "him", "he", "them", "they");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  /** Generic nouns for a company or body: "the firm said" stands for the organisation last named ({@code models/organisation-nouns.txt}). */
  private static final Set<String> ORGANIZATION_NOUNS = Lexicon.load("organisation-nouns.txt").entries();
  /** A name's whole words ("Robert", "Kilroy-Silk"). */
  private static final Pattern WORDS = Pattern.compile("\\s+");
  /** A name's words and the parts of its hyphenated words ("Robert", "Kilroy", "Silk"). */
  private static final Pattern PARTS = Pattern.compile("[\\s-]+");

  /** A thing that can be referred to again: a named entity or an earlier speaker. */
  private record Referent(int position, int sentence, String name, String kind, boolean plural, String role, boolean subject) {}

  /** A resolved source: its canonical name, its role if given, and what kind of thing it is. */
  record Named(String speaker, String role, String kind, boolean plural) {}

  private final List<Referent> entities = new ArrayList<>();
  private final List<Referent> speakers = new ArrayList<>();
  /** Untagged plural-looking proper nouns after "the" ("the Houthis"): groups that only a described group gives way to. */
  private final List<Referent> groups = new ArrayList<>();
  /** Where each capitalised word of the document is written, by its word. */
  private final Map<String, List<Integer>> capitalised = new HashMap<>();
  private final Genders genders;
  private final Organisations organisations;
  private final Newspapers newspapers;
  private final CueLexicon lexicon;

  Sources(List<CoreMap> sentences, CueLexicon lexicon) {
    this.lexicon = lexicon;
    genders = new Genders(sentences);
    Map<String, String> untaggedPeople = new HashMap<>(); // surname → full name
    organisations = new Organisations(sentences);
    newspapers = new Newspapers(sentences);
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel t : tokens) {
        if (Character.isUpperCase(t.word().charAt(0))) { // "Gardener cruised home", tagged as a common noun
          capitalised.computeIfAbsent(t.word(), k -> new ArrayList<>()).add(t.beginPosition());
        }
      }
      SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      for (int[] run : untaggedRuns(tokens)) {
        String name = text(tokens, run[0], run[1]);
        if (run[1] - run[0] > 1 && Genders.isGivenName(tokens.get(run[0]).word())) {
          untaggedPeople.put(surname(name), name); // "Mark Cuban", which the tagger left untagged
        } else if (run[1] - run[0] == 1 && untaggedPeople.containsKey(name)) {
          name = untaggedPeople.get(name); // "Cuban" after "Mark Cuban"
        } else {
          continue;
        }
        List<CoreLabel> mt = tokens.subList(run[0], run[1]);
        entities.add(new Referent(mt.get(0).beginPosition(), s, name, "PERSON", false, null, subject(g, tokens, mt)));
      }
      for (int k = 1; k < tokens.size(); k++) {
        if (group(tokens, k)) { // "the Houthis", left untagged: a group
          CoreLabel t = tokens.get(k);
          groups.add(new Referent(t.beginPosition(), s, t.word(), "ORGANIZATION", true, null, subject(g, tokens, List.of(t))));
        }
      }
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
          List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
          if (NAME_TAGS.contains(ner) && mt.stream().anyMatch(t -> t.tag().startsWith("NNP")) // names, not "his"
              && !("PERSON".equals(ner) && peerPlace(tokens, mt.get(0).index() - 1))) {
            int first = mt.get(0).index() - 1;
            String role = roleBefore(tokens, first);
            int last = mt.get(mt.size() - 1).index();
            while (last > first + 1 && !Character.isLetterOrDigit(tokens.get(last - 1).word().charAt(0))) {
              last--; // "Soros “said …": the name without a quotation mark the tagger took into it
            }
            if ("PERSON".equals(ner)) {
              int[] own = personal(tokens, first, last);
              role = own[0] > first ? text(tokens, first, own[0]) : role;
              first = own[0];
              last = own[1];
            }
            String name = text(tokens, first, last);
            entities.add(new Referent(mt.get(0).beginPosition(), s, name, ner, false, role, subject(g, tokens, mt)));
          }
        }
      }
      if (g != null) {
        for (IndexedWord w : g.vertexSet()) {
          if (w.tag().startsWith("NN") && !w.tag().startsWith("NNP") && "O".equals(w.ner()) && lexicon.isSourceNoun(w.lemma())) {
            String phrase = modifiersAndHead(g, tokens, w);
            entities.add(new Referent(w.beginPosition(), s, phrase, "NOUN", w.tag().equals("NNS"), null, false));
          }
        }
      }
    }
    entities.sort((a, b) -> Integer.compare(a.position, b.position));
  }

  /**
   * Whether the name at token {@code first}, tagged a person's, is the place of a peer's title
   * ("Lord Nicholls of Birkenhead"): after "of" right after a person's name. No one a later "he" stands for.
   */
  private static boolean peerPlace(List<CoreLabel> tokens, int first) {
    if (first < 2 || !tokens.get(first - 1).word().equals("of")) {
      return false;
    }
    CoreLabel person = tokens.get(first - 2);
    return person.tag().startsWith("NNP") && "PERSON".equals(person.ner());
  }

  /**
   * Whether token {@code k} is a group's name: one untagged proper noun that looks plural, after
   * "the" and before no other proper noun ("the Houthis"); not a nationality ("the Americans").
   */
  private static boolean group(List<CoreLabel> tokens, int k) {
    CoreLabel t = tokens.get(k);
    boolean alone = k + 1 >= tokens.size() || !tokens.get(k + 1).tag().startsWith("NNP");
    return t.tag().startsWith("NNP") && "O".equals(t.ner()) && alone && tokens.get(k - 1).word().equalsIgnoreCase("the")
        && t.word().length() > 3 && t.word().endsWith("s") && Character.isUpperCase(t.word().charAt(0));
  }

  /** Token ranges [from, to) of proper nouns that the tagger left untagged or took for a nationality. */
  private static List<int[]> untaggedRuns(List<CoreLabel> tokens) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size() && UNTAGGED.contains(tokens.get(end).ner()) && tokens.get(end).tag().equals("NNP")) {
        end++;
      }
      if (end > i) {
        out.add(new int[] {i, end});
      }
      i = Math.max(end, i + 1);
    }
    return out;
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
      String word = PERSONAL.getOrDefault(x.word().toLowerCase(Locale.ROOT), x.word().toLowerCase(Locale.ROOT));
      writer = word.equals("i") || word.equals("we");
      String cataphor = x.tag().equals("PRP") ? mainSubject(tokens, x, word) : null;
      named = cataphor != null ? new Named(cataphor, null, "PERSON", false) : pronoun(word, at, r.sentence());
    } else {
      named = noun(g, tokens, x, r);
    }
    if ("PERSON".equals(named.kind())) {
      genders.described(named.speaker(), named.role()); // "The spokeswoman, Ana Ruiz," makes Ana Ruiz "she"
    }
    if (writer || !speaker) {
      return named; // the writer is no one a later "he" or "she" can stand for
    }
    speakers.add(new Referent(at, r.sentence(), named.speaker(), named.kind(), named.plural(), named.role(), true));
    return named;
  }

  /**
   * "Even as he accused X of Y, Giuliani would not …": "he" or "she" in a fronted subordinate
   * clause stands for the person named as the main clause's subject, when the gender fits; null
   * if there is none.
   */
  private String mainSubject(List<CoreLabel> tokens, IndexedWord x, String pronoun) {
    int main = FrontedClause.mainClause(tokens);
    if (!(pronoun.equals("he") || pronoun.equals("she")) || main < 0 || x.beginPosition() >= tokens.get(main).beginPosition()) {
      return null;
    }
    int verb = FrontedClause.verbAfterSubject(tokens, main);
    int from = main;
    while (from < verb && SourceWords.isTitle(tokens.get(from))) {
      from++;
    }
    for (int k = from; k < verb; k++) {
      if (!"PERSON".equals(tokens.get(k).ner())) {
        return null;
      }
    }
    String name = from < verb ? fullest(text(tokens, from, verb), tokens.get(from).beginPosition(), Genders.ofPronoun(pronoun)) : null;
    return name != null && genders.fits(name, pronoun) ? name : null;
  }

  private Named noun(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x, Report r) {
    IndexedWord conj = Clauses.child(g, x, "conj");
    IndexedWord holder = conj == null ? null : holder(g, x, conj); // "Labour MP and former minister Jack Cunningham": one person
    boolean plural = holder == null && (x.tag().endsWith("S") || (conj != null && conj.tag().startsWith("NN")));
    if (holder == null && conj != null && conj.tag().startsWith("NN")) { // "Hamas and Fatah"
      return new Named(withoutDeterminer(tokens, r.mentionBegin(), r.mentionEnd()), null, "ORGANIZATION", true);
    }
    Named described = holder == null ? described(tokens, r) : null;
    if (described != null) {
      Referent earlier = antecedent(x.lemma(), r.mentionBegin(), description(tokens, r), plural); // "the actress" after "actress Susan Sarandon"
      return earlier != null && "PERSON".equals(earlier.kind) ? new Named(earlier.name, earlier.role, earlier.kind, earlier.plural) : described;
    }
    boolean office = office(g, tokens, x);
    int[] run = office ? null : nameRun(tokens, x.index() - 1, r); // "The Party Co-Chairman said": a role, not a name
    if (run == null && x.tag().equals("JJ") && Character.isUpperCase(x.word().charAt(0))) {
      run = new int[] {x.index() - 1, x.index()}; // "Cuban said", tagged an adjective
    }
    boolean own = run != null; // the source word itself is a name
    String role = null;
    if (run == null) {
      IndexedWord appos = Clauses.child(g, x, "appos"); // "the spokesperson, Lin Jian,"
      appos = appos != null ? appos : bodyAppos(g, x);
      IndexedWord dep = Clauses.child(g, x, "dep"); // "the activist group Mosul Eye": a name right after the noun
      IndexedWord named = personBefore(g, x); // "Dr Mike Watts head of exploration"
      if (appos != null) {
        run = nameRun(tokens, appos.index() - 1, r);
      } else if (dep != null && dep.tag().startsWith("NNP")) {
        run = nameRun(tokens, dep.index() - 1, r);
        run = run != null && run[0] == x.index() ? run : null;
      } else if (named != null) {
        run = nameRun(tokens, named.index() - 1, r);
        role = phrase(g, tokens, x);
      } else if (Newspapers.isPressNoun(x.lemma()) && x.index() > 1 && tokens.get(x.index() - 2).tag().startsWith("NNP")) {
        run = nameRun(tokens, x.index() - 2, r); // "The Mirror newspaper": the paper's name
      }
    }
    if (run != null && run[0] > 0 && "PERSON".equals(tokens.get(run[0] - 1).ner()) && tokens.get(run[0] - 1).beginPosition() >= r.mentionBegin()
        && SourceWords.isPostNominal(tokens.get(run[1] - 1)) && personal(tokens, run[0] - 1, run[1])[1] == run[0]) {
      run = nameRun(tokens, run[0] - 1, r); // "Frank Field MP": the person before the letters
      own = false;
    }
    int[] last = personLast(tokens, x, r); // "Commission for Racial Equality chairman Trevor Phillips"
    if (last != null) {
      run = last;
      own = false;
    }
    IndexedWord titled = titledHolder(g, x);
    if (titled != null) { // "High Commissioner for Refugees Filippo Grandi"
      run = nameRun(tokens, titled.index() - 1, r);
      own = false;
    }
    if (holder != null) {
      run = nameRun(tokens, holder.index() - 1, r);
      own = false;
    }
    IndexedWord det = Clauses.child(g, x, "det");
    boolean definite = det != null && DEFINITE.contains(det.word().toLowerCase(Locale.ROOT));
    boolean bare = Clauses.child(g, x, "nmod") == null && (run == null || run[1] - run[0] == 1);
    if (run != null) {
      int from = run[0];
      while (from < run[1] - 1 && SourceWords.isTitle(tokens.get(from))) {
        from++; // "Ms Sudell", tagged as no name: a person's, named without the title
      }
      String kind = from > run[0] ? "PERSON" : tokens.get(run[0]).ner();
      int to = run[1];
      if ("PERSON".equals(kind)) {
        int[] words = personal(tokens, from, to); // "Tory Liam Fox", "Ben Emmerson QC"
        from = words[0];
        to = words[1];
      }
      String name = text(tokens, from, to) + (own && to == x.index() && !"PERSON".equals(kind) ? bodyOf(g, tokens, x) : "");
      if (!NAME_TAGS.contains(kind) && !fullest(name, r.mentionBegin(), null).equals(name)) {
        kind = "PERSON"; // "Cuban said" after "Mark Cuban"
      }
      if ("PERSON".equals(kind)) {
        name = fullest(name, r.mentionBegin(), Genders.titleBefore(tokens, from)); // "Mrs. Clinton"
      } else {
        String full = "LOCATION".equals(kind) ? name : organisations.fullest(name, r.mentionBegin()); // "IDS", "Cairn"
        if (!full.equals(name)) {
          return new Named(full, roleOf(tokens, r.mentionBegin(), tokens.get(run[0]).beginPosition()), "ORGANIZATION", plural);
        }
        if (own && definite && bare) {
          Referent earlier = antecedent(x.word(), r.mentionBegin(), description(tokens, r), plural);
          if (earlier != null) {
            return new Named(earlier.name, earlier.role, earlier.kind, earlier.plural);
          }
        }
      }
      if (role == null) {
        role = roleOf(tokens, r.mentionBegin(), tokens.get(from).beginPosition());
      }
      return new Named(name, role, "O".equals(kind) ? "ORGANIZATION" : kind, plural);
    }
    Named issuer = SourceWords.isDocument(x.lemma()) ? issuer(g, tokens, x, r) : null;
    if (issuer != null) {
      return issuer;
    }
    if (definite && bare && !office) {
      Referent earlier = antecedent(x.lemma(), r.mentionBegin(), description(tokens, r), plural);
      boolean press = Newspapers.isPressNoun(x.lemma()) && description(tokens, r).equalsIgnoreCase(x.word()); // not "the 2009 paper"
      Newspapers.Paper paper = press ? newspapers.last(r.mentionBegin()) : null;
      if (paper != null && (earlier == null || earlier.position < paper.position())) {
        return new Named(paper.name(), null, "ORGANIZATION", false); // "the paper" after "the Financial Times"
      }
      if (ORGANIZATION_NOUNS.contains(x.lemma().toLowerCase(Locale.ROOT)) && description(tokens, r).equalsIgnoreCase(x.word())) {
        earlier = namedSince(earlier, r.mentionBegin()); // "the agency", not "the UN refugee agency": a body described anew
      }
      if (earlier != null) {
        return new Named(organisation(earlier), earlier.role, earlier.kind, earlier.plural);
      }
    }
    String of = office ? officeOf(g, tokens, x) : bodyOf(g, tokens, x);
    String phrase = modifiersAndHead(g, tokens, x);
    IndexedWord poss = Clauses.child(g, x, "nmod:poss");
    boolean source = lexicon.isSourceNoun(x.lemma()) || ORGANIZATION_NOUNS.contains(x.lemma().toLowerCase(Locale.ROOT));
    String owner = source && poss != null && poss.tag().equals("PRP$") && phrase.startsWith(poss.word() + " ") ? possessor(poss, r) : null;
    if (owner != null) { // "His office" → "Benjamin Netanyahu's office"
      phrase = owner + (owner.endsWith("s") ? "' " : "'s ") + phrase.substring(poss.word().length() + 1);
    }
    return new Named(phrase + of + principal(g, tokens, x), null, "NOUN", plural);
  }

  /**
   * " of Appeal" of "the Court of Appeal", which the tagger read as common nouns: a noun written
   * with a capital inside its sentence, right before "of" and a word with a capital, is a name
   * that goes on after "of"; "" otherwise.
   */
  private static String bodyOf(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    if (x.index() == 1 || !Character.isUpperCase(x.word().charAt(0)) || "PERSON".equals(x.ner())) {
      return "";
    }
    for (IndexedWord c : Clauses.children(g, x, "nmod")) {
      IndexedWord prep = Clauses.child(g, c, "case");
      if (prep != null && prep.word().equals("of") && prep.index() == x.index() + 1 && c.index() == x.index() + 2
          && Character.isUpperCase(c.word().charAt(0)) && !"PERSON".equals(c.ner())) {
        return " of " + modifiersAndHead(g, tokens, c);
      }
    }
    return "";
  }

  /**
   * Whether {@code x} is an office written as a title, which is no name: a capitalised role noun
   * with no name tag, of an organisation named before it ("The Conservative Party Co-Chairman") or
   * after "of" ("Director of Public Prosecutions"), or with a name in apposition ("Director of
   * Public Prosecutions, Ken Macdonald,"). Not "the Foreign Secretary" or "the Scottish
   * Executive", which stay as written.
   */
  private boolean office(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    String[] parts = x.word().split("-");
    if (!x.tag().startsWith("NNP") || !"O".equals(x.ner()) || !Character.isUpperCase(x.word().charAt(0))
        || !lexicon.isSourceNoun(parts[parts.length - 1])) {
      return false;
    }
    boolean organisation = Clauses.children(g, x, "compound").stream()
        .anyMatch(c -> c.index() < x.index() && "ORGANIZATION".equals(c.ner()));
    return organisation || !officeOf(g, tokens, x).isEmpty() || Clauses.child(g, x, "appos") != null;
  }

  /** " of Public Prosecutions" of "Director of Public Prosecutions": the named body an office is of; "" if none. */
  private static String officeOf(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    for (IndexedWord c : Clauses.children(g, x, "nmod")) {
      IndexedWord prep = Clauses.child(g, c, "case");
      if (prep != null && prep.word().equals("of") && c.index() > x.index() && c.tag().startsWith("NNP")) {
        return " of " + modifiersAndHead(g, tokens, c);
      }
    }
    return "";
  }

  /**
   * " for UKIP" of "a spokesman for UKIP", "a lawyer for Mr Jackson": the name that an unnamed
   * source speaks for, which the speaker keeps; "" when the noun has no "for" phrase with a name.
   */
  private static String principal(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    for (IndexedWord c : Clauses.children(g, x, "nmod")) {
      IndexedWord prep = Clauses.child(g, c, "case");
      boolean name = c.tag().startsWith("NNP") || "ORGANIZATION".equals(c.ner()) || "PERSON".equals(c.ner());
      if (name && prep != null && prep.word().equalsIgnoreCase("for") && c.index() > x.index()) {
        return " for " + modifiersAndHead(g, tokens, c);
      }
    }
    return "";
  }

  /**
   * The organisation that a bare generic noun ("the agency", "the group") stands for, given the
   * source or name it describes, {@code earlier}: with none, the organisation named last before
   * {@code at}; when it is only an earlier description that never spoke ("the Iran-aligned
   * group"), the organisation named or speaking since as the subject of its clause ("The Houthis,
   * …, have launched …"); else {@code earlier}.
   */
  private Referent namedSince(Referent earlier, int at) {
    if (earlier == null) {
      return latest(entities, at, e -> "ORGANIZATION".equals(e.kind));
    }
    if (!"NOUN".equals(earlier.kind) || speakers.contains(earlier)) {
      return earlier;
    }
    Predicate<Referent> since = e -> "ORGANIZATION".equals(e.kind) && e.subject && e.position > earlier.position;
    Referent named = latest(entities, at, since);
    for (Referent other : new Referent[] {latest(speakers, at, since), latest(groups, at, since)}) {
      named = other != null && (named == null || other.position > named.position) ? other : named;
    }
    return named != null ? named : earlier;
  }

  /** {@code r}'s name, in its fullest form if it is an organisation's. */
  private String organisation(Referent r) {
    return "ORGANIZATION".equals(r.kind) ? organisations.fullest(r.name, r.position + 1) : r.name;
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
    Genders.Gender gender = Genders.ofPhrase(text(tokens, from, to));
    String pronoun = gender == null ? null : gender == Genders.Gender.MALE ? "he" : "she";
    String owner = PERSONAL.get(tokens.get(from).word().toLowerCase(Locale.ROOT));
    // "her pop star son": someone of hers, not she herself
    Referent owned = "he".equals(owner) || "she".equals(owner) ? latest(entities, r.mentionBegin(), x -> fits(x, owner, true)) : null;
    String description = text(tokens, from, to).toLowerCase(Locale.ROOT);
    Predicate<Referent> candidate = x -> "PERSON".equals(x.kind) && (pronoun == null || fits(x, pronoun, true))
        && (owned == null || !owned.name.equals(x.name)) && !otherRole(x, description);
    // who spoke in the sentence before: "And Agassi said Melzer was … . “…,” said the American"
    Referent e = latest(speakers, r.mentionBegin(), x -> candidate.test(x) && r.sentence() - x.sentence == 1);
    if (e == null) {
      // the subject of the sentence before: "Lori Bernstein held up a sign. The 57-year-old scientist says …"
      e = latest(entities, r.mentionBegin(), x -> candidate.test(x) && x.subject && r.sentence() - x.sentence <= 1);
    }
    if (e == null) {
      // else, of the people named in the last sentences, the one whose name the text has written
      // most: the person the story is about ("Gardener … Greene's record. '…,' said the world
      // indoor champion"), the last of them on a tie
      e = latest(entities, r.mentionBegin(), candidate);
      int most = e == null ? 0 : mentionsBefore(e, r.mentionBegin());
      for (Referent x : entities) {
        if (x.position < r.mentionBegin() && r.sentence() - x.sentence <= DESCRIPTION_REACH && candidate.test(x)) {
          int m = mentionsBefore(x, r.mentionBegin());
          if (m > most || (m == most && x.position > e.position)) {
            most = m;
            e = x;
          }
        }
      }
    }
    if (e == null) {
      return null;
    }
    return new Named(fullest(e.name, r.mentionBegin(), gender != null ? gender : genders.of(e.name)), e.role, "PERSON", false);
  }

  /** How many times before {@code at} the document writes the surname of {@code r}, tagged as a name or not ("Gardener cruised home"). */
  private int mentionsBefore(Referent r, int at) {
    int n = 0;
    for (int position : capitalised.getOrDefault(surname(r.name), List.of())) {
      n += position < at ? 1 : 0;
    }
    return n;
  }

  /** The last word of {@code name}, after a hyphen too: the tokenizer splits "Henin-Hardenne". */
  private static String surname(String name) {
    String[] words = name.split("[\\s-]+");
    return words[words.length - 1];
  }

  /**
   * Whether person {@code r} was introduced by a role noun that {@code description} does not
   * repeat ("New coach Tony Lester" is not "the 28-year-old 800 metres runner").
   */
  private boolean otherRole(Referent r, String description) {
    if (r.role == null) {
      return false;
    }
    String[] words = r.role.toLowerCase(Locale.ROOT).split("\\s+");
    String head = words[words.length - 1];
    return lexicon.isSourceNoun(head) && !description.contains(head);
  }

  /**
   * The person named in conjunct {@code conj} of role noun {@code x} when both roles are theirs:
   * "Veteran Labour MP and former Cabinet minister Jack Cunningham", a role and another role with
   * the name, joined by "and" with no determiner or possessive on the second; null otherwise ("the
   * minister and Jack Cunningham", "the mayor and his aide Tom Reed" are two people).
   */
  private IndexedWord holder(SemanticGraph g, IndexedWord x, IndexedWord conj) {
    boolean role = "O".equals(x.ner()) && !x.tag().endsWith("S")
        && (lexicon.isSourceNoun(x.lemma()) || SourceWords.isPostNominal(x.backingLabel()));
    IndexedWord cc = Clauses.child(g, conj, "cc");
    if (!role || !"PERSON".equals(conj.ner()) || conj.index() < x.index() || cc == null || !cc.word().equalsIgnoreCase("and")
        || Clauses.child(g, conj, "det") != null || Clauses.child(g, conj, "nmod:poss") != null) {
      return null;
    }
    for (IndexedWord c : Clauses.children(g, conj, "compound")) {
      if (c.index() < conj.index() && "O".equals(c.ner()) && lexicon.isSourceNoun(c.lemma())) {
        return conj; // "former Cabinet minister Jack Cunningham": a role of the name's own
      }
    }
    return null;
  }

  /**
   * "the director of the Victims of Crime Trust, Norman Brennan,": the person's name that the
   * parser hung in apposition on an organisation or place in the complement of role noun {@code
   * x}, which no person can stand beside; or "the UN agency for Palestinian refugees, UNRWA":
   * an organisation's name hung in apposition on a common noun in the complement of a generic
   * noun for a body ({@code models/organisation-nouns.txt}); null if none.
   */
  private IndexedWord bodyAppos(SemanticGraph g, IndexedWord x) {
    boolean body = ORGANIZATION_NOUNS.contains(x.lemma().toLowerCase(Locale.ROOT));
    if (!x.tag().startsWith("NN") || !"O".equals(x.ner()) || !(body || lexicon.isSourceNoun(x.lemma()))) {
      return null;
    }
    List<IndexedWord> complements = new ArrayList<>(Clauses.children(g, x, "nmod"));
    for (int k = 0; k < complements.size(); k++) {
      IndexedWord n = complements.get(k);
      IndexedWord appos = Clauses.child(g, n, "appos");
      if (("ORGANIZATION".equals(n.ner()) || "LOCATION".equals(n.ner())) && appos != null && "PERSON".equals(appos.ner())) {
        return appos;
      }
      if (body && !n.tag().startsWith("NNP") && appos != null && "ORGANIZATION".equals(appos.ner())) {
        return appos; // "the UN agency for Palestinian refugees, UNRWA": the body's name, hung on its field
      }
      complements.addAll(Clauses.children(g, n, "nmod")); // "of the Victims of Crime Trust"
    }
    return null;
  }

  /**
   * The person named right before role noun {@code x} that has its own complement ("Dr Mike
   * Watts head of exploration said", which the parser reads as one noun phrase headed by
   * "head"); null if none.
   */
  private static IndexedWord personBefore(SemanticGraph g, IndexedWord x) {
    if (x.tag().startsWith("NNP") || !"O".equals(x.ner()) || Clauses.child(g, x, "nmod") == null) {
      return null;
    }
    for (IndexedWord c : Clauses.children(g, x, "compound")) {
      if (c.index() == x.index() - 1 && "PERSON".equals(c.ner())) {
        return c;
      }
    }
    return null;
  }

  /**
   * The person who holds office {@code x} written as a title with its field ("High Commissioner
   * for Refugees Filippo Grandi", "Secretary of State Ann Roe"), which the parser reads as the
   * office with the name as its complement: a person's name after "for" or "of" with a proper
   * noun before it that is no person's (the field); null otherwise ("a spokesman for Ann Roe"
   * speaks for Ann Roe).
   */
  private static IndexedWord titledHolder(SemanticGraph g, IndexedWord x) {
    if (!Character.isUpperCase(x.word().charAt(0)) || "PERSON".equals(x.ner()) || !x.tag().startsWith("NN")) {
      return null;
    }
    for (IndexedWord c : Clauses.children(g, x, "nmod")) {
      IndexedWord prep = Clauses.child(g, c, "case");
      IndexedWord f = prep == null ? null : g.getNodeByIndexSafe(prep.index() + 1);
      boolean field = f != null && f.tag().startsWith("NNP") && !"PERSON".equals(f.ner()) && g.descendants(c).contains(f);
      if ("PERSON".equals(c.ner()) && c.index() > x.index() && prep != null && field
          && (prep.word().equals("for") || prep.word().equals("of"))) {
        return c;
      }
    }
    return null;
  }

  /**
   * The person's name that ends {@code r}'s mention after a role noun when the parser took the
   * organisation before them for the head ("Commission for Racial Equality chairman Trevor
   * Phillips said"); null otherwise.
   */
  private int[] personLast(List<CoreLabel> tokens, IndexedWord x, Report r) {
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
   * The issuer of document {@code x} when the sentence names it: after "by", or a name after
   * "from" ("A review by the ONS", "a report from analysts Gartner", "a motion by Mr Jackson's
   * lawyers"; not "exit polls from the county primary") or as a
   * name before the noun ("the Sunday Telegraph report", "CBO forecasts"); null if none.
   */
  private Named issuer(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x, Report r) {
    IndexedWord by = null;
    for (IndexedWord c : Clauses.children(g, x, "nmod")) {
      IndexedWord prep = Clauses.child(g, c, "case");
      boolean named = "ORGANIZATION".equals(c.ner()) || "PERSON".equals(c.ner());
      if (prep != null && (prep.word().equalsIgnoreCase("by") || (named && prep.word().equalsIgnoreCase("from"))) && by == null) {
        by = c;
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
    if ("ORGANIZATION".equals(by.ner()) || "PERSON".equals(by.ner()) || by.tag().startsWith("NNP")) {
      int[] run = nameRun(tokens, by.index() - 1, r);
      if (run == null) {
        return null;
      }
      String name = text(tokens, run[0], run[1]);
      if ("PERSON".equals(by.ner())) {
        return new Named(fullest(name, r.mentionBegin(), null), null, "PERSON", false);
      }
      return new Named(organisations.fullest(name, r.mentionBegin()), null, "ORGANIZATION", false);
    }
    return new Named(modifiersAndHead(g, tokens, by), null, "NOUN", by.tag().endsWith("S"));
  }

  /** Noun {@code x} with its complements after it: "head of exploration". */
  private static String phrase(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    int to = x.index();
    for (IndexedWord d : g.descendants(x)) {
      if (d.index() > x.index()) {
        to = Math.max(to, d.index());
      }
    }
    return text(tokens, x.index() - 1, to);
  }

  /**
   * The person that possessive pronoun {@code poss} ("his", "her") before a source noun ({@code
   * models/source-nouns.txt}: "office", "campaign", "aides") stands for: a person named as a
   * subject earlier in the sentence ("Mr. Sanders is counting on …, which, his advisers believe,
   * …"), else the subject of the sentence before ("Netanyahu cancelled a visit. His office said
   * …"), when the gender fits; null otherwise, and for "its", "their" and the writer's "our".
   */
  private String possessor(IndexedWord poss, Report r) {
    String word = PERSONAL.get(poss.word().toLowerCase(Locale.ROOT));
    if (!"he".equals(word) && !"she".equals(word)) {
      return null;
    }
    Referent subject = latest(entities, r.mentionBegin(), e -> e.sentence == r.sentence() && e.subject && fits(e, word, true));
    if (subject == null) {
      subject = latest(entities, r.mentionBegin(), e -> e.sentence == r.sentence() - 1 && e.subject && fits(e, word, true));
    }
    return subject == null ? null : fullest(subject.name, r.mentionBegin(), Genders.ofPronoun(word));
  }

  /** The last speaker (within reach) or entity before {@code at} that a pronoun can stand for. */
  private Named pronoun(String word, int at, int sentence) {
    if (word.equals("i") || word.equals("we")) {
      // outside quotation marks the first person is the writer, whom the text does not name
      return new Named(word.equals("i") ? "the author" : "the authors", null, "PERSON", word.equals("we"));
    }
    boolean person = word.equals("he") || word.equals("she");
    Referent s = latest(speakers, at, x -> sentence - x.sentence <= PRONOUN_REACH && (fits(x, word, person) || genderedNoun(x, word)));
    if (s != null) {
      return new Named(s.name, s.role, s.kind, s.plural);
    }
    Referent last = latest(entities, at, x -> fits(x, word, person));
    Referent e = last;
    if (last != null && person && !last.subject) {
      // "Ann Roe lost to Eva Lind. … she said": the subject of the sentence before, not its object
      Referent subject = latest(entities, at, x -> x.sentence == last.sentence && x.subject && fits(x, word, true));
      e = subject != null ? subject : last;
    }
    if (e != null) {
      String name = "PERSON".equals(e.kind) ? fullest(e.name, at, Genders.ofPronoun(word)) : organisation(e); // "she": Hillary, not Bill Clinton
      return new Named(name, e.role, e.kind, e.plural);
    }
    return new Named(word, null, person ? "PERSON" : "ORGANIZATION", word.equals("they"));
  }

  private boolean fits(Referent r, String pronoun, boolean person) {
    if (person) {
      return "PERSON".equals(r.kind) && genders.fits(r.name, pronoun) && Genders.roleFits(r.role, pronoun);
    }
    if (pronoun.equals("they")) {
      return r.plural || "ORGANIZATION".equals(r.kind);
    }
    return "ORGANIZATION".equals(r.kind) || ("NOUN".equals(r.kind) && !r.plural);
  }

  /** Whether speaker {@code r} is one described by a head noun of the gender of {@code pronoun}: "the spokeswoman" for "she". */
  private static boolean genderedNoun(Referent r, String pronoun) {
    Genders.Gender g = Genders.ofPronoun(pronoun);
    String[] words = r.name.split(" for ")[0].split("\\s+"); // "spokesman for Michael Howard": the spokesman
    return g != null && "NOUN".equals(r.kind) && !r.plural && Genders.ofWord(words[words.length - 1]) == g; // not "Mrs. Clinton's campaign"
  }

  /**
   * Whether the name in tokens {@code mention} is the subject of its clause: by {@code g}, or in
   * a sentence left unparsed, whether it comes before any verb and not right after a preposition.
   */
  private static boolean subject(SemanticGraph g, List<CoreLabel> tokens, List<CoreLabel> mention) {
    boolean parsed = false;
    for (CoreLabel t : mention) {
      IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t.index());
      if (w != null && g.getParent(w) != null) {
        parsed = true;
        if (Clauses.rel(g, w).startsWith("nsubj")) {
          return true;
        }
      }
    }
    if (parsed) {
      return false;
    }
    int first = mention.get(0).index() - 1;
    for (int i = 0; i < first; i++) {
      String tag = tokens.get(i).tag();
      if (tag.startsWith("VB") || tag.equals("MD")) {
        return false;
      }
    }
    return first == 0 || !(tokens.get(first - 1).tag().equals("IN") || tokens.get(first - 1).tag().equals("TO"));
  }

  /**
   * The last speaker, else entity, before {@code at} that {@code head}, the head noun of
   * {@code description}, describes: a word of its name ("the ministry" → "Ministry of Health"),
   * the head of its role ("the actress" → "actress Susan Sarandon") or the head of an unnamed
   * source ("the spokesman" → "a spokesman for UKIP"); not a word that only modifies another
   * ("the committee" is not "Committee chairman Jean Corston", "the prime minister" not "the
   * prime minister's official spokesman"), nor an office that a qualifier makes another one
   * unless the description repeats it ("the chancellor" is not "shadow chancellor Oliver Letwin").
   */
  private Referent antecedent(String head, int at, String description, boolean plural) {
    String h = head.toLowerCase(Locale.ROOT);
    List<String> said = List.of(description.toLowerCase(Locale.ROOT).split("\\s+"));
    List<String> names = Descriptions.names(description, h);
    Predicate<Referent> describes = r -> !r.name.equalsIgnoreCase(h) && Descriptions.describes(r.name, r.kind, r.role, r.plural, h, said, plural)
        && ("PERSON".equals(r.kind) || "NOUN".equals(r.kind) || Descriptions.namesIn(r.name, r.role, names));
    Referent speaker = latest(speakers, at, describes);
    return speaker != null ? speaker : latest(entities, at, describes);
  }

  /** The referent of {@code pool} (in document order) mentioned last before {@code at} that passes {@code test}; null if none. */
  private static Referent latest(List<Referent> pool, int at, Predicate<Referent> test) {
    for (int i = pool.size() - 1; i >= 0; i--) {
      Referent r = pool.get(i);
      if (r.position < at && test.test(r)) {
        return r;
      }
    }
    return null;
  }

  /** The fullest person name in the document that holds every word of {@code name}. */
  String fullest(String name) {
    return fullest(name, Integer.MAX_VALUE, null);
  }

  /**
   * The fullest form of a person's name, as of {@code position}: "Okoye" → "Lena Okoye". When
   * the document names two people that the short form fits ("Bill Clinton", "Hillary Clinton"),
   * the one named last before {@code position}; the short form itself if neither was named yet.
   * Only people of gender {@code gender} fit, when it is given (by a title or a pronoun).
   */
  private String fullest(String name, int position, Genders.Gender gender) {
    String full = fullest(name, position, gender, WORDS);
    // "Kilroy" (a headline's short form) → "Robert Kilroy-Silk": a part of a hyphenated surname, when no name holds the word whole
    return full.equals(name) ? fullest(name, position, gender, PARTS) : full;
  }

  /** {@link #fullest(String, int, Genders.Gender)} with the names' words cut at {@code split}. */
  private String fullest(String name, int position, Genders.Gender gender, Pattern split) {
    List<String> words = List.of(split.split(name));
    List<Referent> fits = new ArrayList<>();
    for (Referent e : entities) {
      List<String> own = List.of(split.split(e.name));
      if ("PERSON".equals(e.kind) && own.size() > words.size() && own.containsAll(words)
          && (gender == null || genders.of(e.name) != (gender == Genders.Gender.MALE ? Genders.Gender.FEMALE : Genders.Gender.MALE))) {
        fits.add(e);
      }
    }
    String best = name;
    for (Referent e : fits) {
      if (split.split(e.name).length > split.split(best).length) {
        best = e.name;
      }
    }
    for (Referent e : fits) {
      if (!List.of(split.split(best)).containsAll(List.of(split.split(e.name)))) {
        return lastBefore(fits, position, name); // two people fit: the one named last
      }
    }
    return best;
  }

  private static String lastBefore(List<Referent> fits, int position, String name) {
    String last = name;
    for (Referent e : fits) { // in document order
      if (e.position < position) {
        last = e.name;
      }
    }
    return last;
  }

  /**
   * The person's own name in name run [from, to): without the place after "of" in a titled
   * name ("Lord Walker of Gestingthorpe"), without post-nominal letters after it ("Ben
   * Emmerson QC", {@code models/post-nominals.txt}) and without a party word before it ("Tory
   * Dominic Grieve", {@code models/affiliation-words.txt}) that the tagger took into the name and
   * that is no given name; at least two words stay.
   */
  private static int[] personal(List<CoreLabel> tokens, int from, int to) {
    boolean titled = SourceWords.isTitle(tokens.get(from)) || (from > 0 && SourceWords.isTitle(tokens.get(from - 1)));
    for (int k = from + 1; titled && k < to - 1; k++) {
      if (tokens.get(k).word().equals("of")) {
        to = k; // "Lord Walker of Gestingthorpe", tagged as one name: the place of a peer's title is no part of it
      }
    }
    while (to - from > 1 && SourceWords.isPostNominal(tokens.get(to - 1))) {
      to--;
    }
    CoreLabel first = tokens.get(from);
    if (to - from >= 3 && SourceWords.isAffiliation(first) && !Genders.isGivenName(first.word()) && !SourceWords.isTitle(first)) {
      from++;
    }
    return new int[] {from, to};
  }

  /**
   * The run of tokens [from, to) with the same name tag as token {@code i}, inside the mention;
   * a name that is no person's also takes the proper nouns before it that the tagger gave another
   * tag or none ("Downing St", "Scotland Yard").
   */
  private int[] nameRun(List<CoreLabel> tokens, int i, Report r) {
    String ner = tokens.get(i).ner();
    boolean proper = tokens.get(i).tag().startsWith("NNP");
    if (!NAME_TAGS.contains(ner) && !proper) {
      return null;
    }
    int from = i;
    int to = i + 1;
    while (from > 0 && same(tokens.get(from - 1), ner, proper) && tokens.get(from - 1).beginPosition() >= r.mentionBegin()) {
      from--;
    }
    while (to < tokens.size() && same(tokens.get(to), ner, proper) && tokens.get(to).endPosition() <= r.mentionEnd()) {
      to++;
    }
    CoreLabel before = from > 1 ? tokens.get(from - 1) : null; // not the sentence's first word
    if (!NAME_TAGS.contains(ner) && before != null && before.tag().equals("JJ") && ("O".equals(before.ner()) || before.ner().equals(ner))
        && Character.isUpperCase(before.word().charAt(0)) && before.beginPosition() >= r.mentionBegin()) {
      from--; // "the Liberal Democrats", "the Free Democrats": the adjective of an untagged name
    }
    boolean written = Character.isUpperCase(tokens.get(from).word().charAt(0)); // not "The Vermont senator", tagged a name
    while (!"PERSON".equals(ner) && written && from > 0 && namePart(tokens.get(from - 1)) && tokens.get(from - 1).beginPosition() >= r.mentionBegin()) {
      from--;
    }
    while (from < i && tokens.get(from).tag().equals("DT")) {
      from++; // "the Court of Appeal", its article tagged with the name
    }
    return new int[] {from, to};
  }

  /** A proper noun that can open a name that is no person's: no person's name, title, party word or role ("Watchdog"). */
  private boolean namePart(CoreLabel t) {
    return t.tag().startsWith("NNP") && !"PERSON".equals(t.ner()) && Character.isUpperCase(t.word().charAt(0)) && !SourceWords.isTitle(t)
        && !SourceWords.isAffiliation(t) && !SourceWords.isPostNominal(t) && !lexicon.isSourceNoun(t.word());
  }

  private static boolean same(CoreLabel t, String ner, boolean proper) {
    return NAME_TAGS.contains(ner) ? ner.equals(t.ner()) : t.tag().startsWith("NNP") && "O".equals(t.ner());
  }

  /** The words of the mention before the name, without determiners and punctuation; null if none. */
  private static String roleOf(List<CoreLabel> tokens, int mentionBegin, int nameBegin) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() >= mentionBegin && t.endPosition() <= nameBegin && !skipInRole(t)) {
        from = from < 0 ? i : from;
        to = i + 1;
      }
    }
    return from < 0 ? null : text(tokens, from, to);
  }

  private static boolean skipInRole(CoreLabel t) {
    String tag = t.tag();
    return tag.equals("DT") || tag.equals(",") || tag.equals(":") || tag.equals("``") || tag.equals("''");
  }

  /** Up to five description words right before token {@code first}: "Foreign Ministry spokesman". */
  private static String roleBefore(List<CoreLabel> tokens, int first) {
    int from = first;
    while (from > 0 && first - from < 5) {
      String tag = tokens.get(from - 1).tag();
      if (!(tag.startsWith("NN") || tag.equals("JJ") || tag.equals("POS"))) {
        break;
      }
      from--;
    }
    return from == first ? null : text(tokens, from, first);
  }

  /** The head with its left modifiers, without determiners: "14 Palestinian groups". */
  private static String modifiersAndHead(SemanticGraph g, List<CoreLabel> tokens, IndexedWord head) {
    int from = head.index() - 1;
    for (IndexedWord c : g.getChildList(head)) {
      String rel = Clauses.rel(g, c);
      if (c.index() < head.index() && (rel.equals("compound") || rel.equals("amod") || rel.equals("nummod") || rel.equals("nmod:poss"))) {
        for (IndexedWord d : g.descendants(c)) {
          from = Math.min(from, d.index() - 1);
        }
      }
    }
    while (from < head.index() - 1 && skipInRole(tokens.get(from))) {
      from++;
    }
    int to = head.index();
    IndexedWord after = g.getNodeByIndexSafe(head.index() + 1);
    if (head.word().equalsIgnoreCase("those") && after != null && head.equals(g.getParent(after)) && Clauses.rel(g, after).matches("amod|acl")) {
      to++; // "those surveyed"
    }
    return text(tokens, from, to);
  }

  /** The words of {@code r}'s mention without its determiner: "shadow chancellor" of "the shadow chancellor". */
  private static String description(List<CoreLabel> tokens, Report r) {
    return withoutDeterminer(tokens, r.mentionBegin(), r.mentionEnd());
  }

  private static String withoutDeterminer(List<CoreLabel> tokens, int begin, int end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() >= begin && t.endPosition() <= end) {
        if (from < 0 && !skipInRole(t)) {
          from = i;
        }
        if (from >= 0) {
          to = i + 1;
        }
      }
    }
    return from < 0 ? "" : text(tokens, from, to);
  }

  /** The words of tokens [from, to) as the text spaces them. */
  static String text(List<CoreLabel> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      CoreLabel t = tokens.get(i);
      if (i > from && t.beginPosition() > tokens.get(i - 1).endPosition()) {
        sb.append(' ');
      }
      sb.append(t.originalText());
    }
    return sb.toString();
  }
}
