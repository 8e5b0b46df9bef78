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
  private static final Set<String> LEVEL_ARGS = Set.of("obl", "obj", "xcomp", "nmod", "obl:npmod");

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
      Harm h = harm(counted);
      if (h != null && (h.kind() == Kind.NOUN || h.kind() == Kind.STATE) && personOk(h, counted)) {
        return h.category(); // "250 captives", "12 dead", "45 deaths"
      }
      String modified = fromModifiers(deps, counted);
      if (modified != null) {
        return modified;
      }
    }
    List<IndexedWord> anchors = new ArrayList<>();
    if (counted != null) {
      anchors.add(counted);
    }
    anchors.add(head);
    for (IndexedWord anchor : anchors) {
      String c = fromGovernor(deps, anchor, counted);
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

  /** "12 wounded soldiers", "12 people killed", "people still being held", "people who died". */
  private String fromModifiers(Deps deps, IndexedWord counted) {
    for (SemanticGraphEdge e : deps.children(counted)) {
      String r = e.getRelation().toString();
      IndexedWord m = e.getDependent();
      Harm h = harm(m);
      if (h == null || deps.negated(m)) {
        continue;
      }
      if (!personOk(h, counted)) {
        continue;
      }
      if (r.equals("amod") && h.kind() == Kind.STATE
          || r.startsWith("acl") && h.kind() == Kind.TRANS && "VBN".equals(m.tag())
          || r.startsWith("acl") && h.kind() == Kind.INTRANS
          || r.startsWith("acl") && h.kind() == Kind.STATE) {
        return h.category();
      }
    }
    return null;
  }

  private String fromGovernor(Deps deps, IndexedWord anchor, IndexedWord counted) {
    IndexedWord x = anchor;
    while (deps.rel(x).equals("conj") && deps.parent(x) != null) {
      x = deps.parent(x); // "killed 12 soldiers and 3 civilians": the first conjunct's role
    }
    IndexedWord g = deps.parent(x);
    if (g == null) {
      return null;
    }
    String r = deps.rel(x);
    if (r.equals("obl") && deps.hasCase(x, "between")) {
      // "between 10 and 15 people were injured": the parser takes "between" for a preposition
      r = deps.child(g, "aux:pass") != null ? "nsubj:pass" : "nsubj";
    }
    if (deps.negated(g)) {
      return null;
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
          if (r.equals("nsubj") || h.kind() == Kind.STATE && (r.equals("nmod") || r.equals("appos"))) {
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
        }
      }
    }
    // "taken hostage", "left 12 dead", "reported missing", "forced 10,000 to flee": a result beside the verb
    if (r.equals("obj") || r.startsWith("nsubj")) {
      for (SemanticGraphEdge e : deps.children(g)) {
        Harm res = harm(e.getDependent());
        String er = e.getRelation().toString();
        boolean result = res != null && (res.kind() == Kind.STATE || er.equals("xcomp") && res.kind() == Kind.INTRANS);
        if (e.getDependent() != x && RESULT.contains(er) && result && !deps.negated(e.getDependent())) {
          return res.category();
        }
      }
    }
    return null;
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

  private boolean personOk(Harm h, IndexedWord counted) {
    return !h.needsPerson() || counted == null || harms.isPerson(counted.lemma(), counted.tag());
  }

  private Harm harm(IndexedWord w) {
    return harms.get(w.lemma() == null ? w.word() : w.lemma(), w.word());
  }
}
