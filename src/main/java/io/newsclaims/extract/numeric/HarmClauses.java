package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsclaims.extract.numeric.HarmWords.Harm;
import io.newsclaims.extract.numeric.HarmWords.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the harm of an amount that {@link HarmLinker} leaves without one, from clause shapes in
 * which the harm word is not the amount's governor: "the dead include seven children", "eight
 * people who sustained injuries", "39 the army says are dead", "raising the death toll since
 * the start of the raid to 16", "people taken captive", "one of its crew still missing",
 * "60,000 residents remain displaced", "killed what it described as nine terrorists", "have
 * displaced more than 2 million people" (a harm verb right before its object, whatever the
 * parser made of it); and, through {@link HarmConditions}, people in hospital, facing hunger
 * or counted as cases of a disease. Immutable and thread-safe.
 */
final class HarmClauses {
  /** Verbs whose subject suffers the harm noun that is their object: "who sustained injuries". */
  private static final Set<String> SUFFER = Set.of("suffer", "sustain");
  /** Verbs of saying or thinking in a clause on the amount: "39 the army says are dead". */
  private static final Set<String> SAY = Set.of("say", "believe", "think", "fear", "report", "confirm", "estimate");
  /** Verbs by which a writer names what was harmed: "killed what it described as nine terrorists". */
  private static final Set<String> DESCRIBE = Set.of("describe", "call", "term", "label", "identify");
  /** Verbs by which people are still in a harm: "remain displaced". */
  private static final Set<String> STILL = Set.of("remain", "stay");
  /** Auxiliaries before an active harm verb: "have displaced 2 million people". */
  private static final Set<String> PERFECT = Set.of("have", "has", "had", "having");
  /** Verbs by which a harm takes lives: "claimed 14 lives", "cost the lives of 19 people", "14 lives were lost". */
  private static final Set<String> TAKE_LIVES = Set.of("claim", "cost", "take", "lose");
  /** Verbs of belief or report that give people a fate: "five people believed to be trapped". */
  private static final Set<String> BELIEVED = Set.of("believe", "think", "fear", "presume", "say", "report");
  /** Auxiliaries between the people and a verb of belief: "17 people were reported killed". */
  private static final Set<String> AUXILIARY = Set.of("is", "are", "was", "were", "have", "has", "had", "been", "still");
  /** Words between a verb of belief and the fate: "believed to have been killed". */
  private static final Set<String> RAISING = Set.of("to", "be", "have", "been", "still");
  /** Relations by which a number and its noun hang on the noun of a place or time before a level's preposition. */
  private static final Set<String> NOMINAL = Set.of("nmod", "obl");

  private final HarmWords harms;
  private final HarmConditions conditions;
  private final HarmModifiers modifiers;

  HarmClauses(HarmWords harms) {
    this.harms = harms;
    this.conditions = new HarmConditions(harms);
    this.modifiers = new HarmModifiers(harms);
  }

  /**
   * The harm category of the amount over tokens [{@code start}, {@code end}) whose number is
   * {@code head} and whose counted noun is {@code counted} (may be null), or null.
   */
  String category(Deps deps, List<CoreLabel> tokens, int start, int end, IndexedWord head, IndexedWord counted) {
    IndexedWord x = counted != null ? counted : head;
    if (deps.negated(x) || deps.negated(head)) {
      return null;
    }
    String c = included(deps, x);
    c = c != null ? c : onPart(deps, head, counted);
    c = c != null ? c : stillSo(deps, x);
    c = c != null ? c : conditions.category(deps, x, counted);
    // "Hundreds of families were moved to camps": the vague amount, not its people, is the subject
    // (a number is a part: "23 of the 53 wounded remained in hospital" names no new figure, but
    // "23 of them were treated for injuries" does, the number standing for the people)
    // "Eleven of them": the tagger reads a capitalized number word as a name
    boolean ofPronoun = ("CD".equals(head.tag()) || FigureExtractor.spelledCapital(head)) && counted != null
        && "PRP".equals(counted.tag());
    // "six of the survivors were in hospital": a part of people with no figure of their own is a new figure
    boolean ofPeople = "CD".equals(head.tag()) && counted != null && counted.tag().startsWith("NN")
        && deps.child(counted, "nummod") == null && harms.of(counted) == null && harms.isPerson(counted.lemma(), counted.tag());
    boolean vagueHead = counted != null && (!"CD".equals(head.tag()) || ofPronoun || ofPeople) && deps.parent(counted) != null
        && deps.parent(counted).index() == head.index();
    c = c != null || !vagueHead ? c : conditions.category(deps, head, ofPronoun ? null : counted);
    c = c != null ? c : described(deps, x);
    c = c != null ? c : suffered(deps, x);
    c = c != null ? c : said(deps, x);
    c = c != null ? c : deepLevel(deps, head, counted);
    c = c != null ? c : takenAs(deps, counted);
    c = c != null ? c : livesLost(deps, x);
    c = c != null ? c : believed(deps, x, counted);
    c = c != null ? c : amongWhole(deps, x, counted);
    c = c != null ? c : verbBefore(deps, tokens, start, counted);
    return c != null ? c : harmedAreNamed(tokens, start, counted);
  }

  /** Forms of "be" that name who a harmed group were: "The dead were three Swiss men". */
  private static final Set<String> NAMING_BE = Set.of("were", "are", "was", "is");

  /**
   * "The dead were three Swiss men aged 44, 51 and 58": the amount right after "the", a harm
   * noun or state and "be", read from the words, since the parser often breaks this shape. People only.
   */
  private String harmedAreNamed(List<CoreLabel> tokens, int start, IndexedWord counted) {
    if (start < 3 || !NAMING_BE.contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT))
        || !tokens.get(start - 3).word().equalsIgnoreCase("the")) {
      return null;
    }
    CoreLabel w = tokens.get(start - 2);
    Harm h = harms.get(w.word(), w.word()); // "injured" the state, not the verb "injure"
    h = h != null ? h : harms.get(w.lemma() == null ? w.word() : w.lemma(), w.word());
    boolean whole = h != null && (h.kind() == Kind.NOUN || h.kind() == Kind.STATE) && !h.category().equals("-");
    return whole && counted != null && harms.isPeople(counted) && personOk(h, counted) ? h.category() : null;
  }

  /** "The dead include at least seven children", "the victims included 12 police officers". */
  private String included(Deps deps, IndexedWord x) {
    IndexedWord verb = deps.parent(x);
    String r = deps.rel(x);
    IndexedWord above = verb == null ? null : deps.parent(verb);
    boolean clause = verb != null && (deps.rel(verb).equals("ccomp") || deps.rel(verb).equals("dep"));
    if (r.equals("nsubj") && above != null && clause && "include".equalsIgnoreCase(above.lemma())
        && above.index() < x.index() && deps.child(verb, "obj") == null) {
      verb = above; // "the dead included three workers hired through an agency": the parser makes the participle a clause
      r = "obj";
    }
    if (verb == null || !r.equals("obj") || !"include".equalsIgnoreCase(verb.lemma()) || deps.negated(verb)) {
      return null;
    }
    IndexedWord subject = deps.child(verb, "nsubj");
    Harm h = subject == null ? null : harms.of(subject);
    boolean whole = h != null && (h.kind() == Kind.NOUN || h.kind() == Kind.STATE) && !h.category().equals("-");
    return whole && personOk(h, x) ? h.category() : null;
  }

  /**
   * "with one of its crew members still missing", "dozens of passengers still unaccounted for":
   * a harm word on the number of a part or a vague amount rather than on the people it counts.
   */
  private String onPart(Deps deps, IndexedWord head, IndexedWord counted) {
    IndexedWord whole = counted == null ? null : deps.parent(counted);
    boolean noun = counted != null && counted.tag() != null && counted.tag().startsWith("NN");
    if (whole == null || !noun || whole.index() != head.index() || !deps.hasCase(counted, "of")) {
      return null;
    }
    for (SemanticGraphEdge e : deps.children(head)) {
      String r = e.getRelation().toString();
      IndexedWord m = e.getDependent();
      Harm h = harms.of(m);
      boolean shape = h != null && (h.kind() == Kind.STATE || h.kind() == Kind.TRANS && "VBN".equals(m.tag()));
      if ((r.startsWith("acl") || r.equals("amod")) && m.index() > counted.index() && shape && !deps.negated(m) && personOk(h, counted)) {
        return h.category();
      }
    }
    return null;
  }

  /**
   * "Some 60,000 residents remain displaced from their homes", "12 stay detained": a harm
   * participle after "remain" or "stay" says the people are still so.
   */
  private String stillSo(Deps deps, IndexedWord x) {
    IndexedWord verb = deps.parent(x);
    if (verb == null || !deps.rel(x).equals("nsubj") || !STILL.contains(Deps.lemma(verb)) || deps.negated(verb)) {
      return null;
    }
    IndexedWord result = deps.child(verb, "xcomp");
    Harm h = result == null ? null : harms.of(result);
    // a participle the tagger may take for an adjective: "four remain trapped"
    boolean participle = result != null && ("VBN".equals(result.tag()) || "JJ".equals(result.tag()));
    boolean shape = h != null && (h.kind() == Kind.STATE || h.kind() == Kind.TRANS && participle);
    return shape && !deps.negated(result) && personOk(h, x) ? h.category() : null;
  }

  /**
   * "its forces had killed what it described as nine terrorists": the amount after "as" names
   * the object ("what") of a harm verb.
   */
  private String described(Deps deps, IndexedWord x) {
    IndexedWord verb = deps.parent(x);
    if (verb == null || !deps.rel(x).equals("obl") || !deps.hasCase(x, "as") || !DESCRIBE.contains(Deps.lemma(verb))) {
      return null;
    }
    IndexedWord what = deps.child(verb, "obj");
    IndexedWord harmVerb = deps.parent(verb);
    Harm h = harmVerb == null ? null : harms.of(harmVerb);
    boolean clause = deps.rel(verb).equals("ccomp") || deps.rel(verb).equals("obj") || deps.rel(verb).equals("acl:relcl");
    boolean shape = what != null && what.word().equalsIgnoreCase("what") && h != null && h.kind() == Kind.TRANS;
    return shape && clause && !deps.negated(harmVerb) && personOk(h, x) ? h.category() : null;
  }

  /** "Eight people who sustained injuries", "12 soldiers suffered wounds": the subject of a suffered harm noun. */
  private String suffered(Deps deps, IndexedWord x) {
    if (x.tag() != null && x.tag().startsWith("NN")) {
      String read = sufferedWords(deps, x);
      if (read != null) {
        return read;
      }
    }
    IndexedWord verb = null;
    for (SemanticGraphEdge e : deps.children(x)) {
      if (e.getRelation().toString().startsWith("acl") && SUFFER.contains(Deps.lemma(e.getDependent()))) {
        verb = e.getDependent(); // "people who sustained injuries"
      }
    }
    IndexedWord parent = deps.parent(x);
    if (verb == null && parent != null && deps.rel(x).equals("nsubj") && SUFFER.contains(Deps.lemma(parent))) {
      verb = parent; // "12 soldiers suffered wounds"
    }
    IndexedWord object = verb == null || deps.negated(verb) ? null : deps.child(verb, "obj");
    Harm h = object == null ? null : harms.of(object);
    boolean people = harms.countsPeople(x);
    if (object == null || deps.negated(object) || !people) {
      return null;
    }
    // "four workers suffered burns": an ailment of models/hospital-words.txt is suffered harm too,
    // once suffered ("millions who suffer illnesses" is a condition, not a figure of harm)
    boolean past = "VBD".equals(verb.tag()) || "VBN".equals(verb.tag());
    return h != null && h.kind() == Kind.NOUN ? h.category() : past ? conditions.ailment(deps, object) : null;
  }

  /**
   * "Eight other persons who sustained injuries", read from the words: the parser often takes
   * the suffering verb for a modifier of the harm noun. Null unless the people are followed by
   * "who", a verb of suffering and, at most one word later, a harm noun.
   */
  private String sufferedWords(Deps deps, IndexedWord people) {
    int i = Deps.index(people);
    IndexedWord who = deps.node(i + 1);
    IndexedWord verb = deps.node(i + 2);
    if (who == null || verb == null || !Set.of("who", "that").contains(who.word().toLowerCase(Locale.ROOT)) || !SUFFER.contains(Deps.lemma(verb))) {
      return null;
    }
    for (int j = i + 3; j <= i + 4; j++) {
      IndexedWord noun = deps.node(j);
      Harm h = noun == null ? null : harms.of(noun);
      if (h != null && h.kind() == Kind.NOUN && !h.category().equals("-") && harms.isPerson(people.lemma(), people.tag())) {
        return h.category();
      }
    }
    return null;
  }

  /**
   * "including 39 the Israeli army says are dead": the parser hangs the amount on the verb of
   * saying of a relative clause with no "that"; the amount stands before that verb's subject.
   */
  private String said(Deps deps, IndexedWord x) {
    IndexedWord verb = deps.parent(x);
    IndexedWord speaker = verb == null ? null : deps.child(verb, "nsubj");
    if (speaker == null || !SAY.contains(Deps.lemma(verb)) || x.index() > speaker.index() || deps.negated(verb)) {
      return null;
    }
    for (SemanticGraphEdge e : deps.children(verb)) {
      String r = e.getRelation().toString();
      IndexedWord w = e.getDependent();
      Harm h = harms.stated(deps, w);
      boolean said = h != null;
      boolean subjectless = deps.child(w, "nsubj") == null && deps.child(w, "nsubj:pass") == null;
      if ((r.equals("xcomp") || r.equals("ccomp")) && w.index() > verb.index() && said && subjectless && !deps.negated(w)
          && personOk(h, x)) {
        return h.category();
      }
    }
    return null;
  }

  /**
   * "raising the death toll since the start of the assault to 16": a bare amount after "to" or
   * "at" that the parser hangs on a noun of place or time, whose verb has a harm noun object.
   */
  private String deepLevel(Deps deps, IndexedWord head, IndexedWord counted) {
    if (counted != null || !(deps.hasCase(head, "to") || deps.hasCase(head, "at"))) {
      return null;
    }
    IndexedWord x = head;
    for (int hops = 0; hops < 3 && NOMINAL.contains(deps.rel(x)); hops++) {
      x = deps.parent(x);
      if (x.tag() != null && x.tag().startsWith("VB")) {
        IndexedWord object = deps.child(x, "obj");
        Harm h = object == null || object.index() > head.index() ? null : harms.of(object);
        if (hops == 0 || h == null || h.kind() != Kind.NOUN || h.category().equals("-") || deps.negated(x)) {
          return null; // the amount on the verb itself is HarmLinker's "raised the toll to 62"
        }
        return tollCategory(deps, object, h);
      }
    }
    return null;
  }

  /**
   * "The fire claimed 14 lives", "claimed the lives of at least 19 people", "12 people lost their
   * lives": lives taken or lost are the dead ("saved 14 lives" is no casualty).
   */
  private String livesLost(Deps deps, IndexedWord x) {
    IndexedWord lives = x;
    if (!isLife(x) && deps.rel(x).equals("nmod") && deps.hasCase(x, "of")) {
      lives = deps.parent(x); // "the lives of 19 people"
    }
    String r = lives == null ? "" : deps.rel(lives);
    IndexedWord verb = lives == null ? null : deps.parent(lives);
    boolean people = lives == x || harms.isPerson(x.lemma(), x.tag());
    if (isLife(lives) && (r.equals("obj") || r.equals("nsubj:pass")) && verb != null && TAKE_LIVES.contains(Deps.lemma(verb))
        && !deps.negated(verb) && !modal(deps, verb) && people) {
      return "killed";
    }
    verb = deps.parent(x);
    IndexedWord object = verb == null ? null : deps.child(verb, "obj");
    boolean lost = deps.rel(x).equals("nsubj") && "lose".equals(Deps.lemma(verb)) && object != null && isLife(object);
    return lost && !deps.negated(verb) && !modal(deps, verb) && harms.countsPeople(x) ? "killed" : null;
  }

  /** Whether {@code verb} has a modal: "the cuts will take 300 lives" is a forecast, no toll. */
  private static boolean modal(Deps deps, IndexedWord verb) {
    IndexedWord aux = deps.child(verb, "aux");
    return aux != null && "MD".equals(aux.tag());
  }

  private static boolean isLife(IndexedWord w) {
    return w != null && "life".equals(Deps.lemma(w));
  }

  /**
   * "at least five people believed to be trapped under the debris", "four fishermen feared
   * buried", "12 thought to have died", "17 people were reported killed": a fate that a participle of belief right after the
   * people gives them, read from the words (the parser seldom hangs the participle on the
   * people). A fate may be a harm word or a word that counts only so (models/harm-words.txt,
   * flag raised: "buried" people whose fate is believed are missing, not found remains).
   */
  private String believed(Deps deps, IndexedWord x, IndexedWord counted) {
    int b = Deps.index(x) + 1;
    while (deps.node(b) != null && AUXILIARY.contains(deps.node(b).word().toLowerCase(Locale.ROOT))) {
      b++; // "17 people were reported killed"
    }
    IndexedWord belief = deps.node(b);
    String tag = belief == null || belief.tag() == null ? "" : belief.tag();
    if (belief == null || !BELIEVED.contains(Deps.lemma(belief)) || !(tag.equals("VBN") || tag.equals("VBD")) || deps.negated(belief)) {
      return null;
    }
    int i = Deps.index(belief) + 1;
    while (deps.node(i) != null && RAISING.contains(deps.node(i).word().toLowerCase(Locale.ROOT))) {
      i++;
    }
    IndexedWord fate = deps.node(i);
    if (fate == null || deps.negated(fate) || attributive(deps, fate) || tag.equals("VBD") && subjectOf(deps, counted != null ? counted : x, belief)) {
      return null; // "Three witnesses said dead bodies lay …", "Two residents reported injured people …": not their fate
    }
    Harm h = harms.raised(fate);
    Harm of = harms.of(fate);
    boolean stated = of != null && (of.kind() == Kind.STATE || of.kind() == Kind.INTRANS
        || of.kind() == Kind.TRANS && "VBN".equals(fate.tag()));
    h = h != null ? h : stated ? of : null;
    return h != null && !h.inOnly() && personOk(h, counted) ? h.category() : null;
  }

  private static boolean subjectOf(Deps deps, IndexedWord w, IndexedWord verb) {
    return deps.rel(w).equals("nsubj") && verb.equals(deps.parent(w));
  }

  /** Whether {@code fate} describes a noun after it or takes an object or an "of" phrase: "dead bodies", "missing connecting flights", "sick of". */
  private static boolean attributive(Deps deps, IndexedWord fate) {
    IndexedWord head = deps.parent(fate);
    boolean before = head != null && "amod".equals(deps.rel(fate)) && Deps.index(head) > Deps.index(fate);
    IndexedWord of = deps.child(fate, "obl");
    return before || deps.child(fate, "obj") != null || of != null && deps.hasCase(of, "of");
  }

  /**
   * "Seven policemen were among 12 people killed in the ambush", "two children are among the
   * victims": the amount is the subject of "be among" a group of the harmed, whose harm is its
   * noun's or a modifier's.
   */
  private String amongWhole(Deps deps, IndexedWord x, IndexedWord counted) {
    IndexedWord whole = deps.parent(x);
    if (whole == null || !deps.rel(x).equals("nsubj") || deps.child(whole, "cop") == null || !deps.hasCase(whole, "among")
        || deps.negated(whole)) {
      return null;
    }
    Harm h = harms.of(whole);
    String c = h != null && (h.kind() == Kind.NOUN || h.kind() == Kind.STATE) && !h.category().equals("-") ? h.category()
        : modifiers.fromModifiers(deps, whole);
    boolean people = counted == null || harms.isPeople(counted);
    return people ? c : null;
  }

  /** "the 251 people taken captive", "12 people held hostage": a participle and a result word right after the people. */
  private String takenAs(Deps deps, IndexedWord counted) {
    if (counted == null || counted.tag() == null || !counted.tag().startsWith("NN")) {
      return null;
    }
    IndexedWord participle = deps.node(Deps.index(counted) + 1);
    IndexedWord result = deps.node(Deps.index(counted) + 2);
    if (participle == null || result == null || !"VBN".equals(participle.tag()) || deps.negated(participle)) {
      return null;
    }
    Harm h = harms.of(result);
    IndexedWord after = deps.node(Deps.index(result) + 1);
    boolean nounAfter = after != null && after.tag() != null && after.tag().startsWith("NN") && !"day".equalsIgnoreCase(after.word());
    return h != null && h.kind() == Kind.STATE && !h.inOnly() && !nounAfter && personOk(h, counted) ? h.category() : null;
  }

  /**
   * "have displaced more than 2 million people", "killing 12 soldiers": an amount right after an
   * active harm verb is its object, however the parser attached it.
   */
  private String verbBefore(Deps deps, List<CoreLabel> tokens, int start, IndexedWord counted) {
    IndexedWord verb = start > 0 ? deps.node(start - 1) : null;
    Harm h = verb == null ? null : harms.of(verb);
    // people only, whatever the verb: "killed 12 years ago" counts no one
    boolean people = counted == null || harms.isPeople(counted);
    if (h == null || h.kind() != Kind.TRANS || h.passiveOnly() || deps.negated(verb) || !people || !personOk(h, counted)) {
      return null;
    }
    String tag = verb.tag() == null ? "" : verb.tag();
    String before = start > 1 ? tokens.get(start - 2).word().toLowerCase(Locale.ROOT) : "";
    boolean active = tag.equals("VBD") || tag.equals("VBG") || tag.equals("VBN") && PERFECT.contains(before);
    return active && !"DT".equals(start > 1 ? tokens.get(start - 2).tag() : "") ? h.category() : null;
  }

  /** A toll's category comes from what it counts: "death toll" killed, "injury toll" injured. */
  private String tollCategory(Deps deps, IndexedWord noun, Harm h) {
    for (SemanticGraphEdge e : deps.children(noun)) {
      Harm m = harms.of(e.getDependent());
      if (e.getRelation().toString().equals("compound") && m != null && !m.category().equals("-")) {
        return m.category();
      }
    }
    return h.category();
  }

  private boolean personOk(Harm h, IndexedWord counted) {
    if (h.needsKin()) {
      return counted != null && harms.isKin(counted.lemma());
    }
    boolean noun = counted != null && counted.tag() != null && counted.tag().startsWith("NN");
    return !h.needsPerson() || !noun || harms.isPerson(counted.lemma(), counted.tag());
  }
}
