package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsclaims.extract.numeric.HarmWords.Harm;
import io.newsclaims.extract.numeric.HarmWords.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides through the dependency graph whether a number counts harmed people, and which
 * harm: number → counted noun → harm word. The harm word must govern the counted people in a
 * role that makes them the harmed ones (object or passive subject of "kill", subject of "die",
 * "deaths of", "taken hostage", "the death toll rose to"), and must not be negated.
 * Immutable and thread-safe.
 */
final class HarmLinker {
  private static final Set<String> PATIENT = Set.of("obj", "nsubj:pass", "iobj");
  private static final Set<String> RESULT = Set.of("xcomp", "obj", "obl", "advmod", "ccomp");
  /** Relations of a place or time beside a verb, to which the parser may join a gapped amount. */
  private static final Set<String> OBLIQUE = Set.of("obl", "obl:tmod", "obl:npmod");
  /** Relations of a verb joined to another verb's clause: "crashed, killing 12". */
  private static final Set<String> JOINED = Set.of("conj", "advcl", "dep", "xcomp");
  private static final Set<String> LEVEL_ARGS = Set.of("obl", "obj", "xcomp", "nmod", "obl:npmod");
  /** Words of a sum that counts people: "the number of people killed", "the total of injured". */
  private static final Set<String> SUMS = Set.of("number", "total", "tally", "count");
  /** Qualifiers the parser may take for the preposition of an object amount: "wounded about 60". */
  private static final Set<String> QUALIFIER_CASES = Set.of("about", "around", "over", "under");
  /** Words between a level verb's preposition and its amount: "has risen to a new record 120 million". */
  private static final Set<String> RECORD = Set.of("a", "an", "new", "record", "all-time");
  /** Prepositions between a level verb and its amount: "has risen to 45", "stands at 30". */
  private static final Set<String> LEVEL_PREPOSITIONS = Set.of("to", "at");

  private final HarmWords harms;

  HarmLinker(HarmWords harms) {
    this.harms = harms;
  }

  /**
   * The harm category of the amount whose syntactic head is {@code head} and whose counted
   * noun is {@code counted} (null when the number stands alone: "killing 12"), or null.
   */
  String category(Deps deps, IndexedWord head, IndexedWord counted) {
    if (deps.negated(head) || counted != null && deps.negated(counted)) {
      return null;
    }
    if (counted != null) {
      String found = foundRemains(deps, counted);
      if (found != null) {
        return found; // "recovered the bodies of six hostages": the remains outrank the hostages
      }
      Harm h = harm(counted);
      boolean bare = !harms.bareOnly(lemma(counted), counted.tag()) || Deps.index(head) == Deps.index(counted) - 1;
      if (h != null && (h.kind() == Kind.NOUN || h.kind() == Kind.STATE) && personOk(h, counted) && bare) {
        // "killing 74 people, including 65 prisoners": the harm verb outranks the harm noun,
        // unless the noun counts the dead ("2,412 martyrs and 11,285 wounded")
        String act = h.category().equals("killed") ? null : verbCategory(deps, counted);
        return act != null ? act : h.category(); // "250 captives", "12 dead", "45 deaths"
      }
      String modified = fromModifiers(deps, counted);
      if (modified != null) {
        return modified;
      }
    }
    if (counted == null && !head.word().equalsIgnoreCase("one")) { // "the one imprisoned" is a pronoun
      String modified = fromModifiers(deps, head);
      if (modified != null) {
        return modified; // "some 6.5 million already uprooted"
      }
    }
    List<IndexedWord> anchors = new ArrayList<>();
    if (counted != null) {
      anchors.add(counted);
    }
    anchors.add(head);
    for (IndexedWord anchor : anchors) {
      String c = relative(deps, anchor, counted);
      c = c != null ? c : fromGovernor(deps, anchor, counted);
      if (c != null) {
        return c;
      }
    }
    // "the death toll is 45": the number is the predicate of a harm noun
    IndexedWord subject = deps.child(head, "nsubj");
    Harm h = subject == null ? null : harm(subject);
    if (h != null && h.kind() == Kind.NOUN) {
      return tollCategory(deps, subject, h);
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
    IndexedWord w = deps.node(i);
    if (w == null || deps.negated(w) || deps.child(w, "obj") != null) {
      return null;
    }
    Harm h = harm(w);
    IndexedWord next = deps.node(i + 1);
    boolean shape = h != null && (h.kind() == Kind.STATE || h.kind() == Kind.TRANS && "VBN".equals(w.tag()));
    boolean nounNext = next != null && next.tag() != null && next.tag().startsWith("NN");
    return shape && !h.needsPerson() && !h.needsKin() && !nounNext ? h.category() : null;
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
      noun = deps.parent(noun); // "the bodies of 12 migrants"
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
    boolean found = r.equals("obj") || r.equals("nsubj:pass") || r.equals("nsubj") && "VBN".equals(verb.tag());
    // "found two bodies responsible": a judgement of the verb's object, not remains
    boolean judged = verb != null && deps.child(verb, "xcomp") != null;
    for (SemanticGraphEdge e : deps.children(noun)) {
      judged |= e.getRelation().toString().equals("amod") && e.getDependent().index() > noun.index();
    }
    return verb != null && found && !judged && harms.isFinder(verb.lemma()) && !deps.negated(verb) ? h.category() : null;
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
    Harm h = whole == null ? null : harm(whole);
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
    Harm h = harm(g);
    if (h == null || h.kind() != Kind.TRANS && h.kind() != Kind.INTRANS) {
      return null;
    }
    return fromGovernor(deps, counted, counted);
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
    if (harm(g) == null && g.tag() != null && g.tag().startsWith("VB")) {
      for (SemanticGraphEdge e : deps.children(governor)) {
        IndexedWord v = e.getDependent();
        boolean joined = JOINED.contains(e.getRelation().toString()) && v.index() < x.index() && v.index() > g.index();
        if (joined && harm(v) != null && !deps.negated(v)) {
          g = v; // the last harm verb joined to the governor before the amount
        }
      }
    }
    Harm h = harm(g);
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

  /** "12 wounded soldiers", "12 people killed", "people still being held", "people who died". */
  private String fromModifiers(Deps deps, IndexedWord counted) {
    for (SemanticGraphEdge e : deps.children(counted)) {
      String r = e.getRelation().toString();
      IndexedWord m = e.getDependent();
      Harm h = r.startsWith("acl") && harm(m) == null ? forcedTo(deps, m) : harm(m);
      if (h == null || deps.negated(m)) {
        continue;
      }
      if (!personOk(h, counted)) {
        continue;
      }
      if (r.equals("amod") && h.kind() == Kind.STATE
          || (r.startsWith("acl") || r.equals("amod")) && h.kind() == Kind.TRANS && "VBN".equals(m.tag())
          || r.startsWith("acl") && h.kind() == Kind.INTRANS
          || r.startsWith("acl") && h.kind() == Kind.STATE) {
        return h.category();
      }
    }
    // "relatives of the 49 people killed on Thursday": a harm participle right after the noun,
    // whatever the parser attached it to
    // ("with 23,000 people killed": the tagger may even read a past tense)
    IndexedWord next = deps.node(Deps.index(counted) + 1);
    Harm h = next == null || !counted.tag().startsWith("NN") ? null : harm(next);
    if (h != null && h.kind() == Kind.TRANS && participle(deps, next) && !deps.negated(next) && personOk(h, counted)) {
      return h.category();
    }
    return null;
  }

  /**
   * The intransitive harm a participle forces people into: "people forced to flee", "families
   * made to flee"; null otherwise. The caller treats it as a harm participle on the people.
   */
  private Harm forcedTo(Deps deps, IndexedWord participle) {
    IndexedWord then = participleTag(participle) ? deps.child(participle, "xcomp") : null;
    Harm h = then == null || deps.negated(then) ? null : harm(then);
    return h != null && h.kind() == Kind.INTRANS ? new Harm(h.category(), Kind.STATE, h.needsPerson(), false, false, h.needsKin()) : null;
  }

  /**
   * The harm of an amount that ends a level verb whose subject is a sum of harmed people, read
   * from the words because the parser rarely gets this shape right: "the number of people
   * killed in the floods has risen to 45", "the number of people injured rose to 30" (the
   * parser takes "injured" for the verb and "rose" for its object). {@code start} is the
   * amount's first token. Null when the words before it are not of that shape.
   */
  String sumOfPeople(Deps deps, int start) {
    int v = start - 1;
    while (v > 0 && deps.node(v) != null && RECORD.contains(deps.node(v).word().toLowerCase())) {
      v--; // "has risen to a record 120 million"
    }
    IndexedWord prep = deps.node(v);
    if (prep != null && LEVEL_PREPOSITIONS.contains(prep.word().toLowerCase())) {
      v--;
    }
    IndexedWord verb = deps.node(v);
    Harm level = verb == null ? null : harm(verb);
    if (level == null || level.kind() != Kind.LEVEL || !verb.tag().startsWith("VB") && !verb.tag().equals("NNS")) {
      return null; // "stands" may be tagged as a plural noun
    }
    for (int of = v - 1; of > 0 && of >= v - 12; of--) {
      IndexedWord w = deps.node(of);
      IndexedWord sum = deps.node(of - 1);
      IndexedWord noun = deps.node(of + 1);
      IndexedWord harmed = deps.node(of + 2);
      if (w == null || sum == null || noun == null || harmed == null || !w.word().equalsIgnoreCase("of")
          || !SUMS.contains(sum.word().toLowerCase()) || noun.tag() == null || !noun.tag().startsWith("NN")) {
        continue;
      }
      Harm h = harm(harmed);
      IndexedWord to = deps.node(of + 3);
      IndexedWord after = deps.node(of + 4);
      if (h == null && to != null && after != null && to.word().equalsIgnoreCase("to") && participleTag(harmed)) {
        Harm then = harm(after); // "the number of people forced to flee"
        boolean flee = then != null && then.kind() == Kind.INTRANS && !deps.negated(after);
        return flee && personOk(then, noun) ? then.category() : null;
      }
      boolean shape = h != null && (h.kind() == Kind.STATE || h.kind() == Kind.TRANS && participleTag(harmed));
      return shape && !deps.negated(harmed) && personOk(h, noun) ? h.category() : null;
    }
    return null;
  }

  private static boolean participleTag(IndexedWord w) {
    return "VBN".equals(w.tag()) || "VBD".equals(w.tag());
  }

  /** A "-ed" form with no object after it: "killed" in "49 people killed on Thursday", not in "12 men killed a guard". */
  private static boolean participle(Deps deps, IndexedWord w) {
    if (!participleTag(w) || deps.child(w, "obj") != null) {
      return false;
    }
    IndexedWord after = deps.node(Deps.index(w) + 1);
    String tag = after == null || after.tag() == null ? "" : after.tag();
    return !(tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("DT") || tag.equals("CD"));
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
      g = deps.parent(x);
      r = deps.rel(x);
    }
    if (g == null) {
      return null;
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
    if (r.equals("obl") && anyCase(deps, x, QUALIFIER_CASES) && deps.child(g, "obj") == null && deps.child(g, "aux:pass") == null) {
      r = "obj"; // "driven about 300,000 from their homes": the parser takes "about" for a preposition
    }
    if (deps.negated(g)) {
      return null;
    }
    if (r.equals("obl") || r.equals("nmod")) {
      String whole = included(deps, x, g);
      if (whole != null) {
        return whole;
      }
    }
    String set = setLevel(deps, x, g, r, counted);
    if (set != null) {
      return set;
    }
    Harm h = harm(g);
    if (h != null) {
      switch (h.kind()) {
        case TRANS -> {
          boolean patient = PATIENT.contains(r) && !(h.passiveOnly() && r.equals("obj"))
              || r.equals("nsubj") && "VBN".equals(g.tag()) && !deps.perfect(g);
          if (patient && personOk(h, counted)) {
            return h.category();
          }
        }
        case INTRANS, STATE -> {
          if (!personOk(h, counted)) {
            break;
          }
          boolean of = h.kind() == Kind.STATE && !h.inOnly() && (r.equals("nmod") || r.equals("appos"));
          if (r.equals("nsubj") || of) { // "12 are missing", "the death of 12" (not "custody of two children")
            return h.category();
          }
        }
        case NOUN -> {
          if (r.equals("nmod") || r.equals("appos") || r.equals("nsubj")) {
            return tollCategory(deps, g, h); // "deaths of 1,139 people", "a death toll of 45"
          }
        }
        case LEVEL -> {
          IndexedWord subject = countedSubject(deps, deps.child(g, "nsubj"));
          Harm s = subject == null ? null : harm(subject);
          if (LEVEL_ARGS.contains(r) && s != null && (s.kind() == Kind.NOUN || s.kind() == Kind.STATE)) {
            return tollCategory(deps, subject, s); // "the death toll rose to 45"
          }
          String counting = LEVEL_ARGS.contains(r) || r.equals("nsubj") ? countedPeople(deps, deps.child(g, "nsubj")) : null;
          if (counting != null) {
            return counting; // "the number of people killed has risen to 45"
          }
        }
      }
    }
    // "forced 10 million from their homes", "were driven from their homes": a place people leave
    boolean patient = r.equals("obj") || r.equals("nsubj:pass") || r.equals("nsubj") && "VBN".equals(g.tag());
    for (SemanticGraphEdge e : patient ? deps.children(g) : List.<SemanticGraphEdge>of()) {
      Harm from = harm(e.getDependent());
      IndexedWord place = e.getDependent();
      boolean out = deps.hasCase(place, "from") || deps.hasCase(place, "of");
      // "from their homes", "from home", not a firm's "from its home in Leeds"
      boolean theirs = "NNS".equals(place.tag()) || deps.child(place, "det") == null && deps.child(place, "nmod:poss") == null;
      boolean fromPlace = from != null && from.kind() == Kind.FROM && personOk(from, counted);
      if (fromPlace && e.getRelation().toString().equals("obl") && out && theirs) {
        return from.category();
      }
    }
    // "were seriously ill or wounded": a harm joined to the predicate the amount is subject of
    if (h == null && r.startsWith("nsubj") && deps.child(g, "cop") != null) {
      for (SemanticGraphEdge e : deps.children(g)) {
        IndexedWord c = e.getDependent();
        Harm ch = harm(c);
        boolean shape = ch != null && (ch.kind() == Kind.STATE || ch.kind() == Kind.INTRANS
            || ch.kind() == Kind.TRANS && "VBN".equals(c.tag()));
        if (e.getRelation().toString().equals("conj") && shape && deps.child(c, "nsubj") == null
            && deps.child(c, "nsubj:pass") == null && !deps.negated(c) && personOk(ch, counted)) {
          return ch.category();
        }
      }
    }
    // "said all eight people on board, including the minister, were killed": the parser takes the
    // people for the object of the cue and leaves the passive harm verb after them with no subject
    if (r.equals("obj") && h == null) {
      for (SemanticGraphEdge e : deps.children(g)) {
        IndexedWord v = e.getDependent();
        Harm vh = harm(v);
        boolean orphan = (e.getRelation().toString().equals("dep") || e.getRelation().toString().equals("ccomp"))
            && v.index() > x.index() && deps.child(v, "aux:pass") != null
            && deps.child(v, "nsubj:pass") == null && deps.child(v, "nsubj") == null;
        if (orphan && vh != null && vh.kind() == Kind.TRANS && !deps.negated(v) && personOk(vh, counted)) {
          return vh.category();
        }
      }
    }
    // "taken hostage", "left 12 dead", "reported missing", "forced 10,000 to flee": a result beside the verb
    if (r.equals("obj") || r.startsWith("nsubj")) {
      for (SemanticGraphEdge e : deps.children(g)) {
        Harm res = harm(e.getDependent());
        String er = e.getRelation().toString();
        // "are feared dead", "are thought to have died", "are believed to have been killed"
        boolean result = res != null && (res.kind() == Kind.STATE || er.equals("xcomp") && res.kind() == Kind.INTRANS
            || er.equals("xcomp") && res.kind() == Kind.TRANS && deps.child(e.getDependent(), "aux:pass") != null);
        boolean placed = res == null || !res.inOnly() || placedIn(deps, e.getDependent());
        if (e.getDependent() != x && RESULT.contains(er) && result && placed && !deps.negated(e.getDependent())) {
          return res.category();
        }
      }
    }
    return null;
  }

  /**
   * The role of an amount that the parser hangs as a conjunct on a harm verb whose own object or
   * subject is an amount too: the verb is left out before the second one ("killed 130 in Paris
   * and 32 in Brussels", "12 died in Homs and 3 in Hama"), so it plays the first one's role.
   * The parser joins the second amount to the verb or to the first one's place or time. Null
   * when the anchor is no such conjunct.
   */
  private Gap gap(Deps deps, IndexedWord anchor) {
    IndexedWord verb = deps.parent(anchor);
    if (!deps.rel(anchor).equals("conj") || verb == null) {
      return null;
    }
    if (OBLIQUE.contains(deps.rel(verb)) && "CD".equals(anchor.tag())) {
      verb = deps.parent(verb); // "12 died in Homs and 3 in Hama": the parser joins "3" to "Homs"
    }
    if (verb == null || verb.tag() == null || !verb.tag().startsWith("VB") || harm(verb) == null) {
      return null;
    }
    for (SemanticGraphEdge e : deps.children(verb)) {
      String r = e.getRelation().toString();
      if ((PATIENT.contains(r) || r.equals("nsubj")) && e.getDependent().index() < anchor.index() && isAmount(deps, e.getDependent())) {
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
      if (!clause || v.index() < anchor.index() || harm(v) != null || deps.negated(v)) {
        continue;
      }
      for (SemanticGraphEdge c : deps.children(v)) {
        String cr = c.getRelation().toString();
        IndexedWord w = c.getDependent();
        Harm h = harm(w);
        boolean said = h != null && (h.kind() == Kind.STATE || h.kind() == Kind.INTRANS
            || h.kind() == Kind.TRANS && deps.child(w, "aux:pass") != null);
        if ((cr.equals("xcomp") || cr.equals("ccomp")) && said && !deps.negated(w) && personOk(h, counted)) {
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
      String w = e.getDependent().word().toLowerCase();
      if ((r.equals("mark") || r.startsWith("nsubj")) && (w.equals("that") || w.equals("who") || w.equals("which"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The harm of a bare amount that a verb sets a harm noun to: "put the death toll at 40",
   * "raising the toll to 85", "took the number of dead to 50". The harm noun is the verb's
   * object, the amount its oblique after "at" or "to". Null otherwise.
   */
  private String setLevel(Deps deps, IndexedWord x, IndexedWord g, String r, IndexedWord counted) {
    boolean level = counted == null && r.equals("obl") && anyCase(deps, x, LEVEL_PREPOSITIONS);
    IndexedWord object = level ? countedSubject(deps, deps.child(g, "obj")) : null;
    Harm h = object == null ? null : harm(object);
    if (level && object == null) {
      return countedPeople(deps, deps.child(g, "obj")); // "bringing to 67 the number of people who have died"
    }
    return h != null && (h.kind() == Kind.NOUN || h.kind() == Kind.STATE) ? tollCategory(deps, object, h) : null;
  }

  /** The harm verb left out before an amount, and the role the amount plays for it. */
  private record Gap(IndexedWord verb, String role) {}

  /** A number, or a noun with a number on it ("130", "130 people"). */
  private static boolean isAmount(Deps deps, IndexedWord w) {
    return "CD".equals(w.tag()) || deps.child(w, "nummod") != null;
  }

  /** The subject, or what it counts when it is "the number of dead", "the total of injured". */
  private IndexedWord countedSubject(Deps deps, IndexedWord subject) {
    if (subject == null || harm(subject) != null) {
      return subject;
    }
    for (SemanticGraphEdge e : deps.children(subject)) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().equals("nmod") && deps.hasCase(d, "of") && harm(d) != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The harm of the people that a "number of" or "total of" subject counts, when a harm word
   * modifies them ("the number of people killed", "the number of Britons dead or missing");
   * null otherwise.
   */
  private String countedPeople(Deps deps, IndexedWord subject) {
    if (subject == null) {
      return null;
    }
    for (SemanticGraphEdge e : deps.children(subject)) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().equals("nmod") && deps.hasCase(d, "of") && d.index() > subject.index()) {
        String modified = fromModifiers(deps, d);
        if (modified != null) {
          return modified;
        }
        // "the number of people forced to flee": the parser may hang the participle on "number"
        for (SemanticGraphEdge a : deps.children(subject)) {
          Harm h = a.getRelation().toString().startsWith("acl") && a.getDependent().index() > d.index()
              ? forcedTo(deps, a.getDependent()) : null;
          if (h != null && personOk(h, d)) {
            return h.category();
          }
        }
        return null;
      }
    }
    return null;
  }

  /** A toll's category comes from what it counts: "death toll" killed, "injury toll" injured. */
  private String tollCategory(Deps deps, IndexedWord noun, Harm h) {
    for (SemanticGraphEdge e : deps.children(noun)) {
      Harm m = harm(e.getDependent());
      if (e.getRelation().toString().equals("compound") && m != null && !m.category().equals("-")) {
        return m.category();
      }
    }
    return h.category();
  }

  /**
   * "in Russian custody", "into police custody": the word after "in" or "into", held by no
   * person ("in the custody of their mother", "in her father's custody" is a family matter).
   */
  private boolean placedIn(Deps deps, IndexedWord w) {
    if (!deps.hasCase(w, "in") && !deps.hasCase(w, "into")) {
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

  private static boolean anyCase(Deps deps, IndexedWord w, Set<String> words) {
    for (String word : words) {
      if (deps.hasCase(w, word)) {
        return true;
      }
    }
    return false;
  }

  private boolean personOk(Harm h, IndexedWord counted) {
    if (h.needsKin()) {
      return counted != null && harms.isKin(counted.lemma()); // "lost three of her children"
    }
    return !h.needsPerson() || counted == null || harms.isPerson(counted.lemma(), counted.tag());
  }

  private Harm harm(IndexedWord w) {
    return harms.get(w.lemma() == null ? w.word() : w.lemma(), w.word(), w.tag());
  }
}
