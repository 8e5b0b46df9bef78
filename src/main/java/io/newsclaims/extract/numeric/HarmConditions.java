package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsclaims.extract.numeric.HarmWords.Harm;
import io.newsclaims.extract.numeric.HarmWords.Kind;
import io.newsclaims.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds people harmed by a condition a word list names rather than by a harm word: brought to
 * or kept in hospital (injured, models/hospital-words.txt), facing hunger or famine (affected,
 * models/deprivation-words.txt), cases of a disease (affected, models/disease-words.txt).
 * Immutable and thread-safe.
 */
final class HarmConditions {
  /** Verbs whose subject goes through a deprivation: "were facing catastrophic levels of hunger". */
  private static final Set<String> FACE = Set.of("face", "suffer", "endure");

  /** Words that make "cases" a disease's without naming it: "2,140 suspected cases", "80 confirmed cases". */
  private static final Set<String> MEDICAL_CASES = Set.of("suspected", "confirmed");

  /** The sick a clinic treats or admits: counted when the sentence names their disease ({@link #namesDisease}). */
  private static final String PATIENT = "patient";

  private final HarmWords harms;
  private final Lexicon diseases;
  private final Lexicon deprivations;
  /** models/hospital-words.txt: word → place, moved, kept or staff. */
  private final Map<String, String[]> hospital;

  HarmConditions(HarmWords harms) {
    this.harms = harms;
    this.diseases = Lexicon.load("disease-words.txt");
    this.deprivations = Lexicon.load("deprivation-words.txt");
    this.hospital = Tables.columns("hospital-words.txt", 2);
  }

  /**
   * The category of the amount whose counted noun, or number when it counts none, is {@code x}
   * ({@code counted} the counted noun, may be null), or null.
   */
  String category(Deps deps, IndexedWord x, IndexedWord counted) {
    IndexedWord who = counted != null ? counted : x; // "Hundreds of families were moved": the people, not "Hundreds"
    String c = inHospital(deps, x, who, counted == null);
    c = c != null ? c : deprived(deps, x, who);
    c = c != null ? c : withAilment(deps, x, who, counted == null);
    return c != null ? c : cases(deps, counted);
  }

  /**
   * "eight people alive, two of them with serious head injuries", "12 people with burns":
   * people with an ailment (models/hospital-words.txt) are injured wherever they stand; an
   * illness is left out ("people with asthma" are no casualties of the news).
   */
  private String withAilment(Deps deps, IndexedWord x, IndexedWord who, boolean bare) {
    if (!bare && !harms.countsPeople(who) || staff(deps, who)) {
      return null;
    }
    for (SemanticGraphEdge e : deps.children(x)) {
      IndexedWord d = e.getDependent();
      boolean with = e.getRelation().toString().equals("nmod") && deps.hasCase(d, "with") && d.index() > x.index();
      if (with && role(d).equals("ailment") && !deps.negated(d)) {
        return "injured";
      }
    }
    return null;
  }

  /**
   * "63 survivors were taken to hospital", "six children were still in hospital", "12 were
   * treated in hospital", "12 were treated for burns": people brought to or kept in hospital, or
   * treated for a harm, are injured; never its staff or its patients, unless treated for a harm
   * ("a worker was treated for burns"); people treated for or admitted with an illness are
   * affected; people moved to a refuge ("relief camps", "hotels") or staying with relatives displaced
   * (models/hospital-words.txt). {@code who} is the
   * counted noun, or {@code x} when there is none.
   */
  private String inHospital(Deps deps, IndexedWord x, IndexedWord who, boolean bare) {
    IndexedWord verb = deps.parent(x);
    String r = deps.rel(x);
    IndexedWord orphan = r.equals("obj") ? orphanPassive(deps, verb, x) : r.equals("conj") ? joinedOrphan(deps, x) : null;
    if (orphan != null) {
      verb = orphan; // "said 41 of them were being treated for burns": the parser takes the people for the cue's object
      r = "nsubj:pass";
    }
    boolean subject = r.equals("nsubj") || r.equals("nsubj:pass");
    if (verb == null || !(subject || r.equals("obj")) || deps.negated(verb)) {
      return null;
    }
    // a bare amount counts people whatever the tagger made of it ("Eleven" read as a name)
    boolean people = bare || harms.countsPeople(who);
    if (!people) {
      return null;
    }
    boolean staff = staff(deps, who);
    if (subject && role(verb).equals("place") && deps.child(verb, "cop") != null && deps.hasCase(verb, "in") && !staff) {
      return "injured"; // "six children were still in hospital"
    }
    String how = role(verb);
    if (!how.equals("kept") && !how.equals("moved") && !deps.rel(x).equals("obj")) {
      // "One woman was dug out alive by her companions and flown to hospital": a verb joined to the one the people are subject of
      for (SemanticGraphEdge e : deps.children(verb)) {
        IndexedWord joined = e.getDependent();
        String role = role(joined);
        boolean shares = deps.child(joined, "nsubj") == null && deps.child(joined, "nsubj:pass") == null && !deps.negated(joined);
        if (e.getRelation().toString().equals("conj") && shares && (role.equals("kept") || role.equals("moved"))) {
          verb = joined;
          how = role;
          break;
        }
      }
    }
    if (!how.equals("kept") && !how.equals("moved")) {
      return null;
    }
    if (r.equals("nsubj") && deps.child(verb, "obj") != null) {
      return null; // "Five volunteers treated 40 people for heatstroke": the ones who treat
    }
    String treated = treatedFor(deps, verb, x, how);
    boolean passive = r.equals("nsubj:pass") || deps.child(verb, "aux:pass") != null;
    if (treated == null && (!subject || passive) && PATIENT.equals(Deps.lemma(who)) && namesDisease(deps)) {
      return "affected"; // "its staff had admitted 2,300 patients" at "a cholera treatment centre": the outbreak's sick
    }
    IndexedWord doer = r.equals("obj") && !passive ? deps.child(verb, "nsubj") : null;
    if (treated == null && doer != null && role(doer).equals("place") && !staff && !Deps.lemma(verb).equals("be")) {
      return namesDisease(deps) ? "affected" : "injured"; // "Hospitals in Kosciusko treated up to 90 people overnight"
    }
    // "The blast sent three workers to hospital", "killing tonnes of fish and sending three workers to
    // hospital": an event that sends people there harmed them; people who take others there may be guides ("Nurses took 12 visitors")
    IndexedWord sender = deps.child(verb, "nsubj");
    boolean event = sender == null || !harms.isPeople(sender) && !"PRP".equals(sender.tag()) && !"PERSON".equals(sender.ner());
    if (treated == null && r.equals("obj") && !passive && how.equals("moved") && !staff && event && sentToHospital(deps, verb)) {
      return namesDisease(deps) ? "affected" : "injured";
    }
    if (treated != null || !subject || how.equals("moved") && !passive) {
      return treated; // the object of an active verb only with what it is treated for
    }
    for (SemanticGraphEdge e : deps.children(verb)) {
      IndexedWord place = e.getDependent();
      IndexedWord host = deps.child(place, "compound");
      boolean hosts = HOSTS.contains(Deps.lemma(place)) || Deps.lemma(place).equals("family") && host != null && Deps.lemma(host).equals("host");
      boolean hosted = e.getRelation().toString().equals("obl") && deps.hasCase(place, "with") && hosts;
      if (hosted && Deps.lemma(verb).equals("stay") && !staff) {
        return "displaced"; // "1,200 residents had left and were staying with relatives"
      }
      boolean there = deps.hasCase(place, "in") || deps.hasCase(place, "into") || how.equals("moved") && deps.hasCase(place, "to");
      if (!e.getRelation().toString().equals("obl") || !there) {
        continue;
      }
      // "37 patients had been admitted to hospital": patients newly admitted are casualties, not those already there
      boolean admitted = PATIENT.equals(Deps.lemma(who)) && Deps.lemma(verb).equals("admit");
      if (role(place).equals("place") && (!staff || admitted)) {
        return "injured";
      }
      // "were moved to relief camps": a refuge people are brought to, never one they are at; plural,
      // as people moved for safety are: "to relief camps", "into shelters", not "to a summer camp";
      // a mass noun has none ("to temporary housing")
      boolean moved = how.equals("moved") && (deps.hasCase(place, "to") || deps.hasCase(place, "into"));
      boolean refuge = role(place).equals("refuge") && "NNS".equals(place.tag()) || role(place).equals("lodging");
      if (refuge && moved && forRelief(deps, place) && !deps.negated(place)) {
        return "displaced";
      }
    }
    return null;
  }

  /**
   * A passive verb with no subject that the parser hung on {@code verb} after its object {@code x}
   * ("said 41 of them | were being treated …"): the verb the object is the subject of; null when none.
   */
  private static IndexedWord orphanPassive(Deps deps, IndexedWord verb, IndexedWord x) {
    List<SemanticGraphEdge> near = new ArrayList<>(verb == null ? List.of() : deps.children(verb));
    if (verb != null && deps.rel(verb).equals("conj") && deps.parent(verb) != null) {
      near.addAll(deps.children(deps.parent(verb))); // "put the number at 60 and said 41 of them | were being treated": hung on the first verb
    }
    return near.stream().filter(e -> deps.orphanPassive(e, x)).map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
  }

  /**
   * "said 12 bodies had been taken to the mortuary of the hospital and 47 people | were being
   * treated …": people the parser joined to a noun before them, right before a passive verb with
   * no subject that it hung on the clause's verb; that passive verb, or null.
   */
  private static IndexedWord joinedOrphan(Deps deps, IndexedWord x) {
    IndexedWord next = deps.node(x.index());
    IndexedWord orphan = next == null || !deps.rel(next).startsWith("aux") ? null : deps.parent(next);
    if (orphan == null || !deps.orphanPassive(orphan, x)) {
      return null;
    }
    for (IndexedWord up = deps.parent(x); up != null; up = deps.parent(up)) {
      if (up.equals(deps.parent(orphan))) {
        return orphan; // hung on a verb above the people, the clause's or its cue's
      }
    }
    return null;
  }

  /** Whether verb {@code verb} has a hospital as where it moves its object to: "sent three workers to hospital". */
  private boolean sentToHospital(Deps deps, IndexedWord verb) {
    return deps.children(verb).stream().anyMatch(e -> e.getRelation().toString().equals("obl") && role(e.getDependent()).equals("place")
        && (deps.hasCase(e.getDependent(), "to") || deps.hasCase(e.getDependent(), "into")));
  }

  /**
   * Whether {@code who} works in care (models/hospital-words.txt, "staff"): "doctors", "health
   * workers"; a bare "workers" are a plant's or a site's, harmed like anyone.
   */
  private boolean staff(Deps deps, IndexedWord who) {
    boolean bareWorker = Deps.lemma(who).equals("worker") && deps.child(who, "compound") == null && deps.child(who, "amod") == null;
    return role(who).equals("staff") && !bareWorker;
  }

  /** Whether the sentence names a disease (models/disease-words.txt): "the cholera centre has treated 400 patients". */
  private boolean namesDisease(Deps deps) {
    for (IndexedWord w : deps.words()) {
      if (diseases.contains(Deps.lemma(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a refuge serves people in need: bare ("moved to camps") or named by any word but one
   * of another pursuit ("relief camps", "IDP camps", "school shelters"; not "training camps",
   * "summer camps").
   */
  private boolean forRelief(Deps deps, IndexedWord place) {
    IndexedWord purpose = deps.child(place, "compound");
    return purpose == null || !role(purpose).equals("pursuit");
  }

  /**
   * The category of what people are treated for or brought in with, in either voice: an ailment
   * ("were treated for burns", "admitted 40 people with burns") injured, an illness ("treated 140
   * patients for heat exhaustion", "admitted 600 people with heat-related illnesses") affected.
   * The parser hangs it on the verb or on the people. "For" only after a verb of being there:
   * "Ten doctors were flown in for the injuries" are no casualties. Null when none.
   */
  private String treatedFor(Deps deps, IndexedWord verb, IndexedWord x, String how) {
    for (IndexedWord holder : new IndexedWord[] {verb, x}) {
      for (SemanticGraphEdge e : deps.children(holder)) {
        String rel = e.getRelation().toString();
        IndexedWord what = e.getDependent();
        boolean prep = deps.hasCase(what, "with") || how.equals("kept") && deps.hasCase(what, "for");
        if (!(rel.equals("obl") || rel.equals("nmod")) || !prep || deps.negated(what)) {
          continue;
        }
        // "with hypothermia and a broken leg": an injury among the conditions outranks an illness
        String c = ailment(deps, what);
        for (SemanticGraphEdge j : c == null || c.equals("injured") ? List.<SemanticGraphEdge>of() : deps.children(what)) {
          c = j.getRelation().toString().equals("conj") && "injured".equals(ailment(deps, j.getDependent())) ? "injured" : c;
        }
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * "nearly half a million people were facing catastrophic levels of hunger", "two million face
   * famine": people who face or suffer a deprivation of models/deprivation-words.txt.
   */
  private String deprived(Deps deps, IndexedWord x, IndexedWord who) {
    IndexedWord verb = deps.parent(x);
    if (verb == null || !deps.rel(x).equals("nsubj") || !FACE.contains(Deps.lemma(verb)) || deps.negated(verb)) {
      return null;
    }
    boolean people = harms.countsPeople(who);
    IndexedWord object = deps.child(verb, "obj");
    if (!people || object == null || deps.negated(object)) {
      return null;
    }
    if (deprivations.contains(Deps.lemma(object))) {
      return "affected";
    }
    for (SemanticGraphEdge e : deps.children(object)) {
      IndexedWord d = e.getDependent(); // "levels of hunger"
      if (e.getRelation().toString().equals("nmod") && deps.hasCase(d, "of") && deprivations.contains(Deps.lemma(d))) {
        return "affected";
      }
    }
    return null;
  }

  /**
   * "nearly 40,000 cases of the disease", "412 new cholera cases", "14 new deaths and 412 new
   * cases": cases of a disease of models/disease-words.txt, or beside a harm noun.
   */
  private String cases(Deps deps, IndexedWord counted) {
    if (counted == null || !"case".equalsIgnoreCase(counted.lemma()) || deps.negated(counted)) {
      return null;
    }
    for (SemanticGraphEdge e : deps.children(counted)) {
      String r = e.getRelation().toString();
      IndexedWord d = e.getDependent();
      boolean of = r.equals("nmod") && deps.hasCase(d, "of") || r.equals("compound") || r.equals("amod");
      if (of && diseases.contains(Deps.lemma(d))) {
        return "affected";
      }
    }
    IndexedWord amod = deps.child(counted, "amod");
    boolean medical = amod != null && MEDICAL_CASES.contains(amod.word().toLowerCase(Locale.ROOT));
    if (medical && deps.child(counted, "nmod") == null) {
      return "affected"; // "2,140 suspected cases had been recorded", not "suspected cases of fraud"
    }
    IndexedWord beside = deps.rel(counted).equals("conj") ? deps.parent(counted) : deps.child(counted, "conj");
    Harm h = beside == null ? null : harms.of(beside);
    return h != null && h.kind() == Kind.NOUN && !h.category().equals("-") ? "affected" : null;
  }

  /**
   * The category of a harm that people suffer or are treated for: an ailment ("burns") injured,
   * an illness ("heatstroke") or a disease affected; null for any other word.
   */
  String ailment(Deps deps, IndexedWord w) {
    String role = role(w);
    IndexedWord amod = deps.child(w, "amod");
    if (role.equals("ailment") || amod != null && BROKEN.contains(amod.word().toLowerCase(Locale.ROOT))) {
      return "injured"; // "burns", "a broken leg"
    }
    return role.equals("illness") || diseases.contains(Deps.lemma(w)) ? "affected" : null;
  }

  /** Whom people driven from home stay with: "were staying with relatives" (and "host families"); not friends on a visit. */
  private static final Set<String> HOSTS = Set.of("relative", "relation");

  /** Modifiers that make a part of the body an injury: "a broken leg", "fractured ribs". */
  private static final Set<String> BROKEN = Set.of("broken", "fractured", "crushed", "severed");

  private String role(IndexedWord w) {
    String[] cols = hospital.get(Deps.lemma(w));
    return cols == null ? "" : cols[0];
  }
}
