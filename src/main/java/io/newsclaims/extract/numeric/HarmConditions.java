package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsclaims.extract.numeric.HarmWords.Harm;
import io.newsclaims.extract.numeric.HarmWords.Kind;
import io.newsclaims.text.Lexicon;
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
    String c = inHospital(deps, x);
    c = c != null ? c : deprived(deps, x);
    return c != null ? c : cases(deps, counted);
  }

  /**
   * "63 survivors were taken to hospital", "six children were still in hospital", "12 were
   * treated in hospital", "12 were treated for burns": people brought to or kept in hospital, or
   * treated for a harm, are injured; never its staff or its patients, unless treated for a harm
   * ("a worker was treated for burns") (models/hospital-words.txt).
   */
  private String inHospital(Deps deps, IndexedWord x) {
    IndexedWord verb = deps.parent(x);
    String r = deps.rel(x);
    if (verb == null || !(r.equals("nsubj") || r.equals("nsubj:pass")) || deps.negated(verb)) {
      return null;
    }
    boolean people = "CD".equals(x.tag()) || harms.isPerson(x.lemma(), x.tag());
    if (!people) {
      return null;
    }
    boolean staff = role(x).equals("staff");
    if (role(verb).equals("place") && deps.child(verb, "cop") != null && deps.hasCase(verb, "in") && !staff) {
      return "injured"; // "six children were still in hospital"
    }
    String how = role(verb);
    boolean passive = r.equals("nsubj:pass") || deps.child(verb, "aux:pass") != null;
    if (!(how.equals("kept") || how.equals("moved") && passive)) {
      return null;
    }
    for (SemanticGraphEdge e : deps.children(verb)) {
      IndexedWord place = e.getDependent();
      boolean there = deps.hasCase(place, "in") || deps.hasCase(place, "into") || how.equals("moved") && deps.hasCase(place, "to");
      // "were treated for burns": the harm they are treated for says they were hurt, wherever they are
      // (a verb of being there: "Ten doctors were flown in for the injuries" are no casualties)
      boolean hurt = how.equals("kept") && role(place).equals("ailment") && deps.hasCase(place, "for") && !deps.negated(place);
      if (e.getRelation().toString().equals("obl") && (role(place).equals("place") && there && !staff || hurt)) {
        return "injured";
      }
    }
    return null;
  }

  /**
   * "nearly half a million people were facing catastrophic levels of hunger", "two million face
   * famine": people who face or suffer a deprivation of models/deprivation-words.txt.
   */
  private String deprived(Deps deps, IndexedWord x) {
    IndexedWord verb = deps.parent(x);
    if (verb == null || !deps.rel(x).equals("nsubj") || !FACE.contains(Deps.lemma(verb)) || deps.negated(verb)) {
      return null;
    }
    boolean people = "CD".equals(x.tag()) || harms.isPerson(x.lemma(), x.tag());
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
    IndexedWord beside = deps.rel(counted).equals("conj") ? deps.parent(counted) : deps.child(counted, "conj");
    Harm h = beside == null ? null : harms.of(beside);
    return h != null && h.kind() == Kind.NOUN && !h.category().equals("-") ? "affected" : null;
  }

  private String role(IndexedWord w) {
    String[] cols = hospital.get(Deps.lemma(w));
    return cols == null ? "" : cols[0];
  }
}
