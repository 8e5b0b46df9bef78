package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsclaims.extract.numeric.HarmWords.Harm;
import io.newsclaims.extract.numeric.HarmWords.Kind;
import io.newsclaims.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides through the dependency graph whether a number counts harmed people, and which
 * harm: number → counted noun → harm word. The harm word must govern the counted people in a
 * role that makes them the harmed ones (object or passive subject of "kill", subject of "die",
 * "deaths of", "taken hostage", "the death toll rose to"), and must not be negated.
 * Immutable and thread-safe.
 */
final class HarmLinker {
  private static final Set<String> PATIENT = Set.of("obj", "nsubj:pass", "iobj");
  /** Verbs of leaving a place, for people made to leave it: "ordered to leave their homes". */
  private static final Set<String> LEAVE = Set.of("leave", "abandon", "flee", "quit");
  /** Relations inside a noun phrase, for the people an apposition renames: "Residents of two streets near the plant". */
  private static final Set<String> INSIDE_PHRASE = Set.of("nmod", "obl", "amod", "acl");
  private static final Set<String> RESULT = Set.of("xcomp", "obj", "obl", "advmod", "ccomp");
  /** Relations of a place or time beside a verb, to which the parser may join a gapped amount. */
  private static final Set<String> OBLIQUE = Set.of("obl", "obl:tmod", "obl:npmod");
  /** Relations of a verb joined to another verb's clause: "crashed, killing 12". */
  private static final Set<String> JOINED = Set.of("conj", "advcl", "dep", "xcomp");
  private static final Set<String> LEVEL_ARGS = Set.of("obl", "obj", "xcomp", "nmod", "obl:npmod");
  /** Qualifiers the parser may take for the preposition of an object amount: "wounded about 60". */
  private static final Set<String> QUALIFIER_CASES = Set.of("about", "around", "over", "under", "up");
  /** Nouns of a sum that stand for the people they sum: "a total of 48 people died". */
  private static final Set<String> SUMS = Set.of("total");
  /** Prepositions that put a noun after a harm noun as a place, not as the people harmed ("five deaths in two counties"). */
  private static final Set<String> PLACE_CASES = Set.of("in", "across", "at", "throughout", "within", "inside");

  private final HarmWords harms;
  private final HarmModifiers modifiers;
  private final HarmLevels levels;
  private final AncientRemains ancient = new AncientRemains();
  private final Burials burials;

  HarmLinker(HarmWords harms) {
    this.harms = harms;
    modifiers = new HarmModifiers(harms);
    levels = new HarmLevels(harms, modifiers);
    burials = new Burials(harms);
  }

  /**
   * The harm category of the amount whose syntactic head is {@code head} and whose counted
   * noun is {@code counted} (null when the number stands alone: "killing 12"), or null.
   */
  String category(Deps deps, IndexedWord head, IndexedWord counted) {
    if (deps.negated(head) || counted != null && deps.negated(counted)) {
      return null;
    }
    String gerund = gerundTakenForNoun(deps, head);
    if (gerund != null) {
      return gerund; // "killing two guards and wounding 11 people", with "wounding" parsed a noun joined to the guards
    }
    if (counted != null && counted.tag() != null && counted.tag().matches("VBN|JJ") && Deps.index(counted) == Deps.index(head) + 1) {
      String own = nominal(deps, Deps.index(counted));
      if (own != null) {
        return own; // "Two men were killed and at least 14 injured": the harm word the parser made the number's noun, not the verb it joins
      }
    }
    if (counted != null) {
      String found = foundRemains(deps, counted);
      if (found != null) {
        return found; // "recovered the bodies of six hostages": the remains outrank the hostages
      }
      String buried = burials.category(deps, counted);
      if (buried != null) {
        return buried; // "we have buried 38 people"
      }
      Harm h = harms.of(counted);
      boolean bare = !harms.bareOnly(lemma(counted), counted.tag()) || Deps.index(head) == Deps.index(counted) - 1;
      if (h != null && (h.kind() == Kind.NOUN || h.kind() == Kind.STATE) && harms.personOk(h, counted) && bare) {
        // "killing 74 people, including 65 prisoners": the harm verb outranks the harm noun,
        // unless the noun counts the dead ("2,412 martyrs and 11,285 wounded")
        String act = h.category().equals("killed") ? null : verbCategory(deps, counted);
        return act != null ? act : h.category(); // "250 captives", "12 dead", "45 deaths"
      }
      String modified = modifiers.fromModifiers(deps, counted);
      if (modified != null) {
        return modified;
      }
    }
    if (counted == null && !head.word().equalsIgnoreCase("one")) { // "the one imprisoned" is a pronoun
      String modified = modifiers.fromModifiers(deps, head);
      if (modified != null) {
        return modified; // "some 6.5 million already uprooted"
      }
    }
    List<IndexedWord> anchors = new ArrayList<>();
    if (counted != null) {
      anchors.add(counted);
    }
    anchors.add(head);
    IndexedWord x = counted != null ? counted : head;
    IndexedWord sum = deps.parent(x);
    if (sum != null && deps.rel(x).equals("nmod") && deps.hasCase(x, "of") && SUMS.contains(lemma(sum)) && sum.index() < x.index()) {
      anchors.add(sum); // "a total of 48 people died": the sum plays the people's role
    }
    for (IndexedWord anchor : anchors) {
      String c = relative(deps, anchor, counted);
      c = c != null ? c : fromGovernor(deps, anchor, counted);
      if (c != null) {
        return c;
      }
    }
    // "the death toll is 45": the number is the predicate of a harm noun
    IndexedWord subject = deps.child(head, "nsubj");
    Harm h = subject == null ? null : harms.of(subject);
    if (h != null && h.kind() == Kind.NOUN) {
      return levels.tollCategory(deps, subject, h);
    }
    return null;
  }

  /**
   * The category of a harm word standing as the noun of a bare amount ("the 53 wounded", "the
   * 12 dead"): the token at {@code i} is a harm adjective or a passive participle that takes no
   * object, and no noun follows it (that would be "53 wounded soldiers", the counted noun's
   * modifier). Null otherwise.
   */
  String nominal(Deps deps, int i) {
    return nominal(deps, i, false);
  }

  /**
   * As {@link #nominal(Deps, int)}; {@code people}: the word is known to stand for people ("of
   * those affected"), so a harm word that counts only people may stand for them too.
   */
  String nominal(Deps deps, int i, boolean people) {
    IndexedWord w = deps.node(i);
    IndexedWord next = deps.node(i + 1);
    // "of those affected were children": an object the parser gave the word is the next verb's, when "be" follows
    boolean objectOfNext = people && next != null && "be".equals(next.lemma());
    if (w == null || deps.negated(w) || deps.child(w, "obj") != null && !objectOfNext) {
      return null;
    }
    Harm h = harms.of(w);
    boolean shape = h != null && (h.kind() == Kind.STATE || h.kind() == Kind.TRANS && "VBN".equals(w.tag()));
    boolean nounNext = next != null && next.tag() != null && next.tag().startsWith("NN");
    return shape && (people || !h.needsPerson() && !h.needsNoun()) && !h.needsKin() && !nounNext ? h.category() : null;
  }

  /** Tags after a state word that end its clause or go on with a place or cause ("missing under mud and rock"). */
  private static final Set<String> STATE_ENDS = Set.of(",", ".", "CC", ":", "IN");

  /**
   * The category of a result word right after an amount that follows "leave" and ends its phrase
   * ("killing 38 and leaving more than 60 missing, …"), whatever noun the parser hung the number
   * on: {@code start} is the amount's first token, {@code after} the token after it. Null otherwise.
   */
  String leftInState(Deps deps, int start, int after) {
    IndexedWord verb = deps.node(start - 1);
    IndexedWord w = deps.node(after);
    IndexedWord next = deps.node(after + 1);
    if (verb == null || w == null || next == null || !"leave".equalsIgnoreCase(verb.lemma()) || deps.negated(w)) {
      return null;
    }
    Harm h = harms.of(w);
    // the clause ends, or goes on with a place or cause: "leaving dozens missing under mud and rock"
    boolean ends = next.tag() != null && STATE_ENDS.contains(next.tag());
    return h != null && h.kind() == Kind.STATE && !h.inOnly() && !h.needsKin() && ends ? h.category() : null;
  }

  /**
   * The category of remains that someone finds: "rescuers pulled two bodies from the rubble",
   * "the bodies of 12 migrants were recovered". The remains noun must be the object or passive
   * subject of a finder verb, so that "two public bodies" or "the governing bodies of 12
   * countries" are no dead. Null otherwise.
   */
  private String foundRemains(Deps deps, IndexedWord counted) {
    IndexedWord noun = counted;
    if (harms.remains(lemma(noun), noun.word()) == null && deps.rel(noun).equals("nmod") && deps.hasCase(noun, "of")) {
      // "the bodies of 12 migrants", never "the remains of 40 horses"
      noun = harms.isPeople(counted) ? deps.parent(noun) : null;
    }
    Harm h = noun == null ? null : harms.remains(lemma(noun), noun.word());
    if (h == null || deps.negated(noun)) {
      return null;
    }
    IndexedWord x = noun;
    while (deps.rel(x).equals("conj") && deps.parent(x) != null) {
      x = deps.parent(x);
    }
    IndexedWord verb = deps.parent(x);
    String r = deps.rel(x);
    // a participle read as the verb of its subject ("two bodies recovered"), not a perfect ("four federal bodies had received emails")
    boolean found = r.equals("obj") || r.equals("nsubj:pass") || r.equals("nsubj") && "VBN".equals(verb.tag()) && !deps.perfect(verb);
    // "found two bodies responsible": a judgement of the verb's object, not remains
    IndexedWord judgement = verb == null ? null : deps.child(verb, "xcomp");
    boolean judged = judgement != null && !commaBetween(deps, noun, judgement); // not "counted 60 bodies, many of them women"
    for (SemanticGraphEdge e : deps.children(noun)) {
      judged |= e.getRelation().toString().equals("amod") && e.getDependent().index() > noun.index();
    }
    boolean finds = verb != null && !deps.negated(verb) && (found && !judged && harms.isFinder(verb.lemma())
        || r.equals("nsubj") && harms.surfaces(verb.lemma()) && deps.child(verb, "obj") == null); // "bodies washed ashore", not "bodies washed their hands"
    // "scenes like 1,600 bodies washed up on a shore", "40 bodies floating in the river": a participle of turning up on the remains
    finds |= deps.children(noun).stream().anyMatch(e -> e.getRelation().toString().equals("acl") && e.getDependent().tag().matches("VBN|VBG")
        && harms.surfaces(e.getDependent().lemma()) && deps.child(e.getDependent(), "obj") == null);
    return finds && !ancient.ancient(deps, noun, counted, verb) ? h.category() : null; // not "archaeologists found the remains of 40 people"
  }

  /** Whether a comma stands between words {@code a} and {@code b} ({@code a} first). */
  private static boolean commaBetween(Deps deps, IndexedWord a, IndexedWord b) {
    for (int k = Deps.index(a) + 1; k < Deps.index(b); k++) {
      IndexedWord w = deps.node(k);
      if (w != null && w.word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static String lemma(IndexedWord w) {
    return w.lemma() == null ? w.word() : w.lemma();
  }

  /**
   * The category of a result word that the parser made the head of the counted people, when
   * they stand before it as the object of a verb: "took its 25 crew members hostage" (the
   * parser reads "members" as a compound of "hostage"). Null otherwise.
   */
  String resultOfCompound(Deps deps, IndexedWord counted) {
    IndexedWord whole = deps.parent(counted);
    Harm h = whole == null ? null : harms.of(whole);
    boolean shape = deps.rel(counted).equals("compound") && h != null && h.kind() == Kind.STATE
        && whole.index() > counted.index() && deps.rel(whole).equals("obj");
    return shape && harms.isPerson(counted.lemma(), counted.tag()) && !deps.negated(whole) && !deps.negated(deps.parent(whole))
        ? h.category() : null;
  }

  /**
   * The category of the harm verb that governs {@code counted} as its harmed people ("killed 65
   * prisoners", "65 prisoners were killed", "killing 74 people, including 65 prisoners"), or
   * null when no harm verb does.
   */
  private String verbCategory(Deps deps, IndexedWord counted) {
    IndexedWord x = counted;
    while (deps.rel(x).equals("conj") && deps.parent(x) != null) {
      x = deps.parent(x);
    }
    IndexedWord g = deps.parent(x);
    if (g == null) {
      return null;
    }
    String r = deps.rel(x);
    String whole = r.equals("obl") || r.equals("nmod") ? included(deps, x, g) : null;
    if (whole != null) {
      return whole;
    }
    Harm h = harms.of(g);
    if (h == null || h.kind() != Kind.TRANS && h.kind() != Kind.INTRANS) {
      return null;
    }
    return fromGovernor(deps, counted, counted);
  }

  /**
   * The category of a harm verb's "-ing" form right before amount {@code head}, after "and" or a
   * comma, that the tagger took for a noun ("… and wounding 11 people"): the parse then joins the
   * people to an earlier verb's object. Null for any other word before the amount.
   */
  private String gerundTakenForNoun(Deps deps, IndexedWord head) {
    IndexedWord before = deps.node(Deps.index(head) - 1);
    IndexedWord link = deps.node(Deps.index(head) - 2);
    if (before == null || link == null || !before.tag().startsWith("NN") || !before.word().toLowerCase(Locale.ROOT).endsWith("ing")
        || !(link.word().equalsIgnoreCase("and") || link.word().equals(","))) {
      return null;
    }
    String stem = before.word().toLowerCase(Locale.ROOT).substring(0, before.word().length() - 3);
    Harm h = harms.get(stem, stem);
    h = h != null ? h : harms.get(stem + "e", stem + "e"); // "injuring"
    return h != null && h.kind() == Kind.TRANS ? h.category() : null;
  }

  /** Whether verb {@code v} has no subject or object of its own, sharing those of the verb it is joined to. */
  private static boolean noArgumentsOfItsOwn(Deps deps, IndexedWord v) {
    return deps.child(v, "nsubj") == null && deps.child(v, "nsubj:pass") == null && deps.child(v, "obj") == null;
  }

  /**
   * A harm participle joined by "and" to the passive verb whose subject the people are, with no
   * subject or object of its own: "two crew members had been named as suspects and detained".
   * Null if none.
   */
  private IndexedWord joinedParticiple(Deps deps, IndexedWord verb) {
    for (SemanticGraphEdge e : deps.children(verb)) {
      IndexedWord v = e.getDependent();
      Harm h = harms.of(v);
      boolean shared = noArgumentsOfItsOwn(deps, v);
      if (e.getRelation().toString().equals("conj") && h != null && h.kind() == Kind.TRANS && "VBN".equals(v.tag()) && shared) {
        return v;
      }
    }
    return null;
  }

  /**
   * A state of harm joined by "and" to verb {@code verb} whose subject the people are, with a
   * copula and no subject of its own: "were rescued unconscious and were in critical condition".
   * Null if none.
   */
  private IndexedWord joinedState(Deps deps, IndexedWord verb) {
    for (SemanticGraphEdge e : deps.children(verb)) {
      IndexedWord w = e.getDependent();
      Harm h = harms.of(w);
      if (e.getRelation().toString().equals("conj") && h != null && h.kind() == Kind.STATE && deps.child(w, "cop") != null
          && deps.child(w, "nsubj") == null) {
        return w;
      }
    }
    return null;
  }

  /**
   * The category of an amount that a harm verb's object or subject includes: "have been killed,
   * including 600 children", "killing 74 people, including 65 prisoners", "died, among them 12
   * children". The parser hangs the included amount on the verb, on the whole's noun, or on
   * the verb of the clause the harm verb is joined to ("crashed, killing all 74 people,
   * including 65 prisoners"). Null when {@code x} has no such preposition or its governor no
   * such harm.
   */
  private String included(Deps deps, IndexedWord x, IndexedWord governor) {
    if (!(deps.hasCase(x, "including") || deps.hasCase(x, "among")) || deps.negated(governor)) {
      return null;
    }
    IndexedWord g = governor;
    if (harms.of(g) == null && g.tag() != null && g.tag().startsWith("VB")) {
      for (SemanticGraphEdge e : deps.children(governor)) {
        IndexedWord v = e.getDependent();
        boolean joined = JOINED.contains(e.getRelation().toString()) && v.index() < x.index() && v.index() > g.index();
        if (joined && harms.of(v) != null && !deps.negated(v)) {
          g = v; // the last harm verb joined to the governor before the amount
        }
      }
    }
    Harm h = harms.of(g);
    if (h != null && h.kind() == Kind.TRANS) {
      boolean passive = deps.child(g, "aux:pass") != null || deps.child(g, "nsubj:pass") != null || "VBN".equals(g.tag())
          && deps.child(g, "nsubj") == null;
      return passive || deps.child(g, "obj") != null ? h.category() : null;
    }
    if (h != null && h.kind() == Kind.INTRANS && deps.child(g, "nsubj") != null) {
      return h.category(); // "12 people died, including three children"
    }
    IndexedWord number = deps.child(g, "nummod");
    return h == null && number != null && Deps.index(number) < Deps.index(g) ? category(deps, number, g) : null;
  }

  /**
   * The harm of an amount that ends a level verb whose subject is a sum of harmed people ("the
   * number of people injured rose to 30"), read from the words: {@link HarmLevels#sumOfPeople}.
   */
  String sumOfPeople(Deps deps, int start) {
    return levels.sumOfPeople(deps, start);
  }

  /** Whether {@code w} takes an "of" phrase: "sick of the delays", "tired of waiting". */
  private static boolean ofComplement(Deps deps, IndexedWord w) {
    for (String rel : new String[] {"obl", "nmod", "advcl"}) {
      IndexedWord c = deps.child(w, rel);
      if (c != null && c.index() > w.index() && (deps.hasCase(c, "of") || deps.child(c, "mark") != null && "of".equalsIgnoreCase(deps.child(c, "mark").word()))) {
        return true;
      }
    }
    return false;
  }

  private String fromGovernor(Deps deps, IndexedWord anchor, IndexedWord counted) {
    IndexedWord x = anchor;
    IndexedWord g;
    String r;
    Gap gap = gap(deps, anchor);
    if (gap != null) {
      g = gap.verb(); // "killed 130 in Paris and 32 in Brussels": the verb's own role
      r = gap.role();
    } else {
      while (deps.rel(x).equals("conj") && deps.parent(x) != null) {
        x = deps.parent(x); // "killed 12 soldiers and 3 civilians": the first conjunct's role
      }
      IndexedWord up = deps.parent(x);
      // "The crew — 14 Filipinos, five Ukrainians and two Greek officers — were held": a list set off by dashes, read as a loose dependent
      boolean listed = deps.rel(x).equals("dep") && up != null && up.index() < x.index() && harms.isPerson(up.lemma(), up.tag());
      IndexedWord named = deps.rel(x).equals("appos") ? renamed(deps, up) : listed ? up : null;
      if (named != null && named.index() < x.index() && harms.of(named) == null) {
        x = named; // "Residents of two streets, about 400 people, were evacuated": the people it renames take the role
      }
      g = deps.parent(x);
      r = deps.rel(x);
    }
    if (g == null) {
      return null;
    }
    IndexedWord upOn = deps.parent(g);
    if (r.equals("obl") && g.word().equalsIgnoreCase("up") && deps.rel(g).equals("advmod") && deps.hasCase(x, "to") && upOn != null) {
      // "up to 260 people were injured": the parser may make "up" an adverb of the verb and the people its oblique
      boolean passive = deps.child(upOn, "aux:pass") != null && deps.child(upOn, "nsubj:pass") == null;
      boolean before = x.index() < upOn.index();
      if (before ? passive || deps.child(upOn, "nsubj") == null : deps.child(upOn, "obj") == null) {
        g = upOn;
        r = before ? passive ? "nsubj:pass" : "nsubj" : "obj";
      }
    }
    if (r.equals("obl") && deps.hasCase(x, "with") && (deps.hasCase(x, "along") || deps.hasCase(x, "together"))) {
      // "was arrested along with three other men", "died together with two guards": they share the subject's fate
      r = deps.child(g, "nsubj:pass") != null || deps.child(g, "aux:pass") != null ? "nsubj:pass" : "nsubj";
    }
    IndexedWord verb = deps.parent(g);
    if (r.equals("nummod") && deps.rel(g).equals("advmod") && verb != null && verb.tag().startsWith("VB")
        && deps.child(verb, "obj") == null && g.index() > x.index()) {
      x = g; // "wounded about 60 early on Tuesday": the parser hangs the object on the adverb after it
      g = verb;
      r = "obj";
    }
    if (r.equals("obl") && deps.hasCase(x, "between")) {
      // "between 10 and 15 people were injured": the parser takes "between" for a preposition
      r = deps.child(g, "aux:pass") != null ? "nsubj:pass" : "nsubj";
    }
    if (r.equals("obl") && deps.hasAnyCase(x, QUALIFIER_CASES) && deps.child(g, "obj") == null && deps.child(g, "aux:pass") == null) {
      r = "obj"; // "driven about 300,000 from their homes": the parser takes "about" for a preposition
    }
    if (r.equals("obl") && deps.hasAnyCase(x, QUALIFIER_CASES) && deps.child(g, "aux:pass") != null
        && deps.child(g, "nsubj:pass") == null && x.index() < g.index()) {
      r = "nsubj:pass"; // "According to X, up to 260 people were injured": the same misreading before a passive
    }
    if (deps.negated(g)) {
      // "Dozens of others were never found": people not found are missing
      boolean unfound = "find".equals(Deps.lemma(g)) && r.equals("nsubj:pass") && (counted == null || harms.isPerson(Deps.lemma(counted), counted.tag()));
      return unfound ? "missing" : null;
    }
    if (r.equals("obl") || r.equals("nmod")) {
      String whole = included(deps, x, g);
      if (whole != null) {
        return whole;
      }
    }
    String set = levels.setLevel(deps, x, g, r, counted);
    if (set != null) {
      return set;
    }
    if (sought(deps, x, g, r, counted)) {
      return "missing"; // "search teams were still looking for two villagers"
    }
    Harm idiom = HarmIdioms.of(deps, g);
    Harm h = idiom != null ? idiom : harms.of(g); // "were shot to death": the idiom outranks the verb
    IndexedWord sharing = h == null && r.equals("nsubj:pass") ? joinedParticiple(deps, g) : null;
    if (sharing != null && !deps.negated(sharing)) {
      g = sharing; // "were named as suspects and detained": the people of the passive are the harm's
      h = harms.of(g);
    }
    IndexedWord state = h == null && r.startsWith("nsubj") ? joinedState(deps, g) : null;
    if (state != null && !deps.negated(state)) {
      g = state; // "were rescued unconscious and were in critical condition": the state's subject too
      h = harms.of(g);
      r = "nsubj";
    }
    if (h != null) {
      switch (h.kind()) {
        case TRANS -> {
          // "the stadium holds 32,000 people" holds nobody captive; "the group is still holding 20 foreigners" does
          boolean patient = PATIENT.contains(r) && !(h.passiveOnly() && r.equals("obj") && !(deps.progressive(g) && captor(deps, g)))
              || r.equals("nsubj") && "VBN".equals(g.tag()) && !deps.perfect(g);
          // "about 1.1 million had been affected by the storm": a disaster as agent says the bare number is people
          boolean people = harms.personOk(h, counted) || counted == null && h.needsNoun() && byDisaster(deps, g)
              && deps.children(x).stream().noneMatch(e -> deps.hasCase(e.getDependent(), "of")); // not "417 of the 497 municipalities"
          if (patient && people && harmfulCause(h, deps, g)) {
            // "the rebels recaptured 15 hostages": caught again by anyone but the authorities is held captive
            IndexedWord doer = deps.child(g, "nsubj");
            boolean notAuthority = g.lemma().equalsIgnoreCase("recapture") && r.equals("obj") && doer != null && !authority(doer);
            return notAuthority ? "captive" : graver(deps, g, heldByAuthority(deps, g, counted, h.category()));
          }
        }
        case INTRANS, STATE -> {
          if (!harms.personOk(h, counted) || h.kind() == Kind.STATE && ofComplement(deps, g)) {
            break; // "The 200 workers are sick of broken promises": weary, not ill
          }
          boolean of = h.kind() == Kind.STATE && !h.inOnly() && (r.equals("nmod") || r.equals("appos"));
          // "were ill or wounded": a finer harm joined to a predicate of harm without a category
          String finer = r.equals("nsubj") && h.category().equals("affected") ? joinedHarm(deps, g, counted) : null;
          if (finer != null) {
            return finer;
          }
          // "left at least 18 people dead": the parser may hang the people on the result as a loose dependent
          boolean leftSo = r.equals("dep") && x.index() < g.index() && deps.rel(g).equals("xcomp");
          // "leaving at least 60 missing": the number modifies the state word, which stands for the people
          boolean numbered = h.kind() == Kind.STATE && !h.inOnly() && r.equals("nummod") && x.index() < g.index();
          // a place word as predicate needs its preposition: "were behind bars", "are in custody", not "the bars" ("sheltering in camps" is a verb)
          boolean placed = !h.inOnly() || !g.tag().startsWith("NN") || placedIn(deps, g);
          if ((r.equals("nsubj") || of || leftSo || numbered) && placed) { // "12 are missing", "the death of 12" (not "custody of two children")
            return held(h, deps, g);
          }
        }
        case NOUN -> {
          boolean place = r.equals("nmod") && deps.hasAnyCase(x, PLACE_CASES); // "five deaths in two rural counties"
          if ((r.equals("nmod") || r.equals("appos") || r.equals("nsubj")) && !place) {
            return levels.tollCategory(deps, g, h); // "deaths of 1,139 people", "a death toll of 45"
          }
        }
        case LEVEL -> {
          IndexedWord subject = levels.countedSubject(deps, deps.child(g, "nsubj"));
          Harm s = subject == null ? null : harms.of(subject);
          if (LEVEL_ARGS.contains(r) && s != null && (s.kind() == Kind.NOUN || s.kind() == Kind.STATE)) {
            return levels.tollCategory(deps, subject, s); // "the death toll rose to 45"
          }
          String counting = LEVEL_ARGS.contains(r) || r.equals("nsubj") ? levels.countedPeople(deps, deps.child(g, "nsubj")) : null;
          if (counting != null) {
            return counting; // "the number of people killed has risen to 45"
          }
          IndexedWord lost = LEVEL_ARGS.contains(r) && subject == null ? levels.lostSubject(deps, g) : null;
          Harm toll = lost == null ? null : harms.of(lost);
          if (toll != null) {
            return levels.tollCategory(deps, lost, toll); // "the death toll from a landslide that buried a village climbed to 31"
          }
        }
      }
    }
    // "forced 10 million from their homes", "were driven from their homes": a place people leave
    boolean patient = r.equals("obj") || r.equals("nsubj:pass") || r.equals("nsubj") && "VBN".equals(g.tag());
    // "were moved off their land": the parser makes "off" a particle and the place an object
    IndexedWord particle = deps.child(g, "compound:prt");
    boolean offParticle = r.equals("nsubj:pass") && particle != null && particle.word().equalsIgnoreCase("off");
    for (SemanticGraphEdge e : patient ? deps.children(g) : List.<SemanticGraphEdge>of()) {
      IndexedWord place = e.getDependent();
      String rel = e.getRelation().toString();
      Harm from = drivenFrom(deps, place);
      // "off" as the place's case or as a particle the parser hung on it
      boolean out = deps.hasCase(place, "from") || deps.hasCase(place, "of")
          || deps.children(place).stream().anyMatch(c -> c.getDependent().word().equalsIgnoreCase("off"));
      // "from their homes", "from home", "off their land", not a firm's "from its home in Leeds"
      IndexedWord owner = deps.child(place, "nmod:poss");
      boolean theirs = "NNS".equals(place.tag()) || deps.child(place, "det") == null
          && (owner == null || PEOPLE_POSSESSIVES.contains(owner.word().toLowerCase(Locale.ROOT)));
      boolean fromPlace = from != null && from.kind() == Kind.FROM && harms.personOk(from, counted);
      if (fromPlace && (rel.equals("obl") && out || rel.equals("obj") && offParticle) && theirs) {
        return from.category();
      }
      String left = rel.equals("xcomp") ? leftPlace(deps, place, counted) : null;
      if (left != null) {
        return left;
      }
    }
    // "about 150,000 people had left their villages in search of water": people who leave their homes
    String left = r.equals("nsubj") ? leftPlace(deps, g, counted) : null;
    if (left != null) {
      return left;
    }
    // "were seriously ill or wounded": a harm joined to the predicate the amount is subject of
    String joined = h == null && r.startsWith("nsubj") ? joinedHarm(deps, g, counted) : null;
    if (joined != null) {
      return joined;
    }
    // "said all eight people on board, including the minister, were killed": the parser takes the
    // people for the object of the cue and leaves the passive harm verb after them with no subject
    if (r.equals("obj") && h == null) {
      for (SemanticGraphEdge e : deps.children(g)) {
        IndexedWord v = e.getDependent();
        Harm vh = harms.of(v);
        if (deps.orphanPassive(e, x) && vh != null && vh.kind() == Kind.TRANS && !deps.negated(v) && harms.personOk(vh, counted)) {
          return vh.category();
        }
      }
    }
    // "taken hostage", "left 12 dead", "reported missing", "forced 10,000 to flee": a result beside the verb
    if (r.equals("obj") || r.startsWith("nsubj")) {
      for (SemanticGraphEdge e : deps.children(g)) {
        String er = e.getRelation().toString();
        IndexedWord onSelf = reflexiveResult(deps, e.getDependent(), er);
        Harm self = onSelf == null ? null : harms.of(onSelf); // "had fallen ill themselves": the parser hangs the result on the reflexive
        if (self != null && self.kind() == Kind.STATE && !self.inOnly() && !deps.negated(onSelf) && harms.personOk(self, counted)) {
          return self.category();
        }
        // "under house arrest": a noun of harm that only this preposition makes a result
        Harm under = deps.hasCase(e.getDependent(), "under") ? harms.underState(e.getDependent()) : null;
        Harm res = under != null ? under : harms.of(e.getDependent());
        // "are feared dead", "are thought to have died", "are believed to have been killed"
        boolean result = res != null && (res.kind() == Kind.STATE || er.equals("xcomp") && res.kind() == Kind.INTRANS
            || er.equals("xcomp") && res.kind() == Kind.TRANS && deps.child(e.getDependent(), "aux:pass") != null);
        boolean placed = res == null || !res.inOnly() || placedIn(deps, e.getDependent());
        // "were ill prepared": an adverb before the verb says how, not what became of them
        boolean manner = er.equals("advmod") && e.getDependent().index() < g.index();
        if (e.getDependent() != x && RESULT.contains(er) && result && placed && !manner && !deps.negated(e.getDependent())
            && harms.personOk(res, counted)) { // "two ferries remain unaccounted for": no people
          // "remain in custody" are arrested; "in Russian custody", held by a state at war, captives
          return held(res, deps, e.getDependent());
        }
      }
    }
    return null;
  }

  /**
   * The people an apposition renames, from the noun the parser hangs it on: that noun, or the
   * people its phrase belongs to ("Residents of two streets near the plant, about 400 people");
   * null when there are none.
   */
  private IndexedWord renamed(Deps deps, IndexedWord w) {
    for (int up = 0; w != null && up < 4; up++, w = deps.parent(w)) {
      if (harms.isPerson(w.lemma(), w.tag())) {
        return w;
      }
      if (!INSIDE_PHRASE.contains(deps.rel(w))) {
        return null;
      }
    }
    return null;
  }

  /**
   * "were ordered to leave their homes", "forced 5,000 people to abandon their homes": people
   * made to leave a place they are driven from (a "from" word) are displaced, as when driven from it;
   * {@code leave} is the clause the people are made to do.
   */
  private String leftPlace(Deps deps, IndexedWord leave, IndexedWord counted) {
    IndexedWord place = LEAVE.contains(Deps.lemma(leave)) && !deps.negated(leave) ? deps.child(leave, "obj") : null;
    Harm from = place == null ? null : harms.of(place);
    boolean theirs = place != null && "NNS".equals(place.tag()); // "their homes", not a firm's "its home"
    return from != null && from.kind() == Kind.FROM && theirs && harms.personOk(from, counted) ? from.category() : null;
  }

  /** The adjective on a reflexive object, "ill" of "fallen ill themselves"; null for any other word. */
  private static IndexedWord reflexiveResult(Deps deps, IndexedWord w, String rel) {
    String word = w.word().toLowerCase(Locale.ROOT);
    boolean reflexive = rel.equals("obj") && "PRP".equals(w.tag()) && (word.endsWith("self") || word.endsWith("selves"));
    IndexedWord adjective = reflexive ? deps.child(w, "amod") : null;
    return adjective != null && adjective.index() < w.index() ? adjective : null;
  }

  /**
   * The harm joined to the predicate {@code g} of a copula whose subject is the amount: "more
   * than 30 of them were seriously ill or wounded" (wounded). Null when none.
   */
  private String joinedHarm(Deps deps, IndexedWord g, IndexedWord counted) {
    if (deps.child(g, "cop") == null) {
      return null;
    }
    for (SemanticGraphEdge e : deps.children(g)) {
      IndexedWord c = e.getDependent();
      Harm ch = harms.of(c);
      boolean shape = ch != null && (ch.kind() == Kind.STATE || ch.kind() == Kind.INTRANS
          || ch.kind() == Kind.TRANS && "VBN".equals(c.tag()));
      if (e.getRelation().toString().equals("conj") && shape && deps.child(c, "nsubj") == null
          && deps.child(c, "nsubj:pass") == null && !deps.negated(c) && harms.personOk(ch, counted)) {
        return ch.category();
      }
    }
    return null;
  }

  /**
   * The role of an amount that the parser hangs as a conjunct on a harm verb whose own object or
   * subject is an amount too: the verb is left out before the second one ("killed 130 in Paris
   * and 32 in Brussels", "12 died in Homs and 3 in Hama"), so it plays the first one's role.
   * The parser joins the second amount to the verb or to the first one's place or time, and
   * a counted noun after any object to the verb ("killed a commander and six other fighters").
   * Null when the anchor is no such conjunct.
   */
  private Gap gap(Deps deps, IndexedWord anchor) {
    IndexedWord more = deps.parent(anchor);
    if (more != null && deps.rel(anchor).equals("nummod") && "more".equalsIgnoreCase(more.word())) {
      anchor = more; // "detained 23 people over the violence and 41 more across the country": the number's "more" is the conjunct
    }
    IndexedWord verb = deps.parent(anchor);
    if (!deps.rel(anchor).equals("conj") || verb == null) {
      return null;
    }
    boolean bare = "CD".equals(anchor.tag()) || "more".equalsIgnoreCase(anchor.word()) && deps.child(anchor, "nummod") != null;
    if (OBLIQUE.contains(deps.rel(verb)) && bare) {
      verb = deps.parent(verb); // "12 died in Homs and 3 in Hama": the parser joins "3" to "Homs"
    }
    if (verb == null || verb.tag() == null || !verb.tag().startsWith("VB") || harms.of(verb) == null) {
      return null;
    }
    // a noun with no subject of its own is a second object ("killed a commander and six other fighters")
    boolean secondObject = anchor.tag() != null && anchor.tag().startsWith("NN") && deps.child(anchor, "nsubj") == null;
    for (SemanticGraphEdge e : deps.children(verb)) {
      String r = e.getRelation().toString();
      if ((PATIENT.contains(r) || r.equals("nsubj")) && e.getDependent().index() < anchor.index()
          && (isAmount(deps, e.getDependent()) || secondObject && r.equals("obj"))) {
        return new Gap(verb, r);
      }
    }
    return null;
  }

  /**
   * The harm a relative clause on the amount reports of it through a verb of saying or thinking:
   * "39 that the military says are dead", "12 who police believe were killed". Null when the
   * anchor has no such clause.
   */
  private String relative(Deps deps, IndexedWord anchor, IndexedWord counted) {
    for (SemanticGraphEdge e : deps.children(anchor)) {
      String r = e.getRelation().toString();
      IndexedWord v = e.getDependent();
      boolean clause = r.equals("acl:relcl") || (r.equals("ccomp") || r.equals("acl")) && relativeWord(deps, v);
      if (!clause || v.index() < anchor.index() || harms.of(v) != null || deps.negated(v)) {
        continue;
      }
      for (SemanticGraphEdge c : deps.children(v)) {
        String cr = c.getRelation().toString();
        IndexedWord w = c.getDependent();
        Harm h = harms.stated(deps, w);
        boolean said = h != null;
        if ((cr.equals("xcomp") || cr.equals("ccomp")) && said && !deps.negated(w) && harms.personOk(h, counted)) {
          return h.category();
        }
      }
    }
    return null;
  }

  /** True when the clause opens with "that", "who" or "which" as its marker or subject. */
  private static boolean relativeWord(Deps deps, IndexedWord clause) {
    for (SemanticGraphEdge e : deps.children(clause)) {
      String r = e.getRelation().toString();
      String w = e.getDependent().word().toLowerCase(Locale.ROOT);
      if ((r.equals("mark") || r.startsWith("nsubj")) && (w.equals("that") || w.equals("who") || w.equals("which"))) {
        return true;
      }
    }
    return false;
  }

  /** The harm verb left out before an amount, and the role the amount plays for it. */
  private record Gap(IndexedWord verb, String role) {}

  /** A number, or a noun with a number on it ("130", "130 people"). */
  private static boolean isAmount(Deps deps, IndexedWord w) {
    return "CD".equals(w.tag()) || deps.child(w, "nummod") != null;
  }

  /**
   * "in Russian custody", "into police custody", "behind bars": the word after its preposition
   * ({@link HarmWords#placePrepositions}), held by no person ("in the custody of their mother",
   * "in her father's custody" is a family matter).
   */
  private boolean placedIn(Deps deps, IndexedWord w) {
    if (!deps.hasAnyCase(w, harms.placePrepositions(w))) {
      return false;
    }
    for (SemanticGraphEdge e : deps.children(w)) {
      String r = e.getRelation().toString();
      IndexedWord d = e.getDependent();
      if (r.equals("nmod") && deps.hasCase(d, "of") || r.equals("nmod:poss") && (harms.isPerson(d.lemma(), "") || harms.isKin(d.lemma()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Killed" when a killing verb is joined to the harm verb and shares its people ("three people
   * were shot and killed", "kidnapped and murdered two aid workers") or a result word says they
   * died ("were shot dead", "shot dead four prisoners"), or the harm is a participle that a killing
   * verb takes for its complement ("killed six of the nine people infected"): the graver fate is
   * theirs. Otherwise {@code category}.
   */
  private String graver(Deps deps, IndexedWord verb, String category) {
    IndexedWord up = deps.parent(verb);
    Harm over = up == null || !"xcomp".equals(deps.rel(verb)) ? null : harms.of(up);
    if (over != null && over.kind() == Kind.TRANS && over.category().equals("killed") && !deps.negated(up)) {
      return "killed"; // "killed six of the nine people infected": the parser made the people the participle's subject
    }
    IndexedWord obj = deps.child(verb, "obj");
    for (SemanticGraphEdge e : obj == null ? List.<SemanticGraphEdge>of() : deps.children(obj)) {
      IndexedWord a = e.getDependent();
      if (e.getRelation().toString().equals("amod") && a.index() > verb.index() && a.index() < obj.index() && Deps.lemma(a).equals("dead")) {
        return "killed"; // "guards shot dead four prisoners": the parser makes the result an adjective of the people
      }
    }
    for (SemanticGraphEdge e : deps.children(verb)) {
      IndexedWord v = e.getDependent();
      String rel = e.getRelation().toString();
      Harm h = harms.of(v);
      boolean shared = noArgumentsOfItsOwn(deps, v);
      boolean joined = rel.equals("conj") && h != null && h.kind() == Kind.TRANS && shared;
      boolean result = RESULT.contains(rel) && h != null && h.kind() == Kind.STATE;
      if ((joined || result) && h.category().equals("killed") && !deps.negated(v)) {
        return "killed";
      }
    }
    return category;
  }

  /** {@code h}'s category, or captive when its result word {@code w} has an adjective naming who holds its people: "remain in custody" are arrested, "are in Russian custody" captives. */
  static String held(Harm h, Deps deps, IndexedWord w) {
    return h.captor() && deps.child(w, "amod") != null ? "captive" : h.category();
  }

  /**
   * The harm of {@code place}, else of a plural place joined to it that people are driven from
   * ("from hotels, campsites and homes"); null if neither has one.
   */
  private Harm drivenFrom(Deps deps, IndexedWord place) {
    Harm own = harms.of(place);
    if (own != null) {
      return own;
    }
    for (SemanticGraphEdge e : deps.children(place)) {
      Harm joined = harms.of(e.getDependent());
      if (e.getRelation().toString().equals("conj") && joined != null && joined.kind() == Kind.FROM && "NNS".equals(e.getDependent().tag())) {
        return joined;
      }
    }
    return null;
  }

  /** Possessives of people, whose home or land they are driven from: "off their land", not "from its home in Leeds". */
  private static final Set<String> PEOPLE_POSSESSIVES = Set.of("their", "his", "her", "our", "my");

  /** People held by captors by name, whoever holds or frees them: "forces freed 63 hostages". */
  private static final Set<String> HOSTAGES = Set.of("hostage", "captive", "abductee");

  /** People whom holding keeps as suspects, not as captives: "two suspects being held". */
  private static final Set<String> SUSPECTS = Set.of("suspect", "detainee", "accused", "defendant");

  /**
   * "arrested" for people an authority holds or seizes ("held by police", "police seized eight
   * men"), suspects held ("two Algerian suspects being held") and people held without charge or
   * trial; {@code category} otherwise ("militants held 20 foreigners" are captives); and "captive"
   * for people armed men detain ("eight staff detained by the rebels").
   */
  static String heldByAuthority(Deps deps, IndexedWord verb, IndexedWord counted, String category) {
    if (category.equals("arrested")) {
      // "still detained by the rebels": held by armed men who are no authority, they are captives
      IndexedWord by = deps.child(verb, "nsubj");
      boolean armed = by != null && ARMED.contains(Deps.lemma(by)) || byAgents(deps, verb).anyMatch(a -> ARMED.contains(Deps.lemma(a)));
      return armed ? "captive" : category;
    }
    if (!category.equals("captive")) {
      return category;
    }
    if (counted != null && HOSTAGES.contains(Deps.lemma(counted))) {
      return category; // "Our forces freed 63 hostages": a hostage is a captor's, whoever frees him
    }
    IndexedWord doer = deps.child(verb, "nsubj");
    boolean byAuthority = doer != null && authority(doer) || byAgents(deps, verb).anyMatch(HarmLinker::authority);
    boolean suspects = counted != null && SUSPECTS.contains(Deps.lemma(counted));
    boolean uncharged = deps.children(verb).stream().map(SemanticGraphEdge::getDependent)
        .anyMatch(a -> deps.hasCase(a, "without") && (Deps.lemma(a).equals("charge") || Deps.lemma(a).equals("trial")));
    return byAuthority || suspects || uncharged ? "arrested" : category;
  }

  /** Verbs of searching: the people rescuers search for are missing. */
  private static final Set<String> SEARCHES = Set.of("search", "look", "hunt");
  /** Who searches for the missing. */
  private static final Set<String> RESCUERS = Set.of("team", "rescuer", "diver", "crew", "volunteer", "searcher", "firefighter",
      "coastguard", "helicopter", "boat", "relative", "family", "villager", "resident");

  /**
   * Whether amount {@code x} counts the people a search is for ("search teams were still looking
   * for two villagers", "divers searched for 12 people"): a person noun or none, never suspects,
   * sought by rescuers or by no one named; not by the police, who look for people they want, nor
   * by a firm that is hiring ("is looking for 200 workers").
   */
  private boolean sought(Deps deps, IndexedWord x, IndexedWord g, String r, IndexedWord counted) {
    if (!r.equals("obl") || !deps.hasCase(x, "for") || !SEARCHES.contains(Deps.lemma(g))) {
      return false;
    }
    IndexedWord searcher = deps.child(g, "nsubj");
    boolean people = counted == null || harms.isPerson(Deps.lemma(counted), counted.tag()) && !SUSPECTS.contains(Deps.lemma(counted));
    return people && (searcher == null || RESCUERS.contains(Deps.lemma(searcher)));
  }

  /** Armed men who are no authority: whom they detain or arrest they hold captive. */
  private static final Set<String> ARMED = Set.of("rebel", "militant", "insurgent", "gunman", "jihadist", "kidnapper", "abductor",
      "pirate", "militia", "gang");

  /** Who acts on a harm's people, by kind (models/harm-agents.txt): authorities, disasters, captors. */
  private static final Lexicon AGENTS = Lexicon.load("harm-agents.txt");
  private static final Set<String> AUTHORITIES = AGENTS.marked(1, "authority");
  private static final Set<String> DISASTERS = AGENTS.marked(1, "disaster");
  private static final Set<String> CAPTORS = AGENTS.marked(1, "captor");

  private static boolean authority(IndexedWord w) {
    return AUTHORITIES.contains(w.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * A progressive "is holding N" holds captives only for a person or group that is no authority
   * ("militants are holding 20 foreigners", "JNIM is holding"), never a place, vessel or
   * institution ("the stadium is holding 32,000 fans", "police are holding five suspects") nor
   * with a particle ("holding 50 people back").
   */
  private boolean captor(Deps deps, IndexedWord verb) {
    IndexedWord s = deps.child(verb, "nsubj");
    IndexedWord adverb = deps.child(verb, "advmod");
    if (s == null || deps.child(verb, "compound:prt") != null || adverb != null && adverb.word().equalsIgnoreCase("back") || authority(s)) {
      return false;
    }
    String tag = s.tag();
    return tag.startsWith("NNP") && !"LOCATION".equals(s.ner()) || tag.equals("PRP")
        || harms.isPerson(s.lemma(), tag) || CAPTORS.contains(s.lemma().toLowerCase(Locale.ROOT));
  }

  /** A noun-flagged harm ("affected") with a "by" agent counts only when the agent is a disaster, violence or disease. */
  private static boolean harmfulCause(Harm h, Deps deps, IndexedWord verb) {
    return !h.needsNoun() || byAgents(deps, verb).allMatch(HarmLinker::disaster);
  }

  private static boolean byDisaster(Deps deps, IndexedWord verb) {
    return byAgents(deps, verb).anyMatch(HarmLinker::disaster);
  }

  private static Stream<IndexedWord> byAgents(Deps deps, IndexedWord verb) {
    return deps.children(verb).stream().map(SemanticGraphEdge::getDependent)
        .filter(a -> deps.rel(a).startsWith("obl") && deps.hasCase(a, "by"));
  }

  private static boolean disaster(IndexedWord w) {
    return DISASTERS.contains(w.lemma().toLowerCase(Locale.ROOT));
  }
}
