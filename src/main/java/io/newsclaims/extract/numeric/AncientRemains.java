package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Map;
import java.util.Set;

/**
 * Tells a find of the past from a casualty: remains found by archaeologists, in a tomb or at a
 * dig, or that are old ("ancient", "centuries-old", "from a medieval battle") are no dead of the
 * news (models/antiquity-words.txt). Immutable and thread-safe.
 */
final class AncientRemains {
  /** Relations of a word that describes a noun: "ancient remains", "Bronze Age tomb". */
  private static final Set<String> MODIFIER = Set.of("amod", "compound");

  private final Map<String, String[]> words = Tables.columns("antiquity-words.txt", 2);

  /**
   * Whether remains {@code noun} of people {@code people} (may be the same word), found by
   * {@code finder}, are old: a scholar finds them, a site holds them, or a word of age describes
   * them, their people or what these come from.
   */
  boolean ancient(Deps deps, IndexedWord noun, IndexedWord people, IndexedWord finder) {
    for (SemanticGraphEdge e : deps.children(finder)) {
      String r = e.getRelation().toString();
      IndexedWord d = e.getDependent();
      boolean subject = r.equals("nsubj") || r.equals("obl") && deps.hasCase(d, "by");
      if (subject && role(d).equals("scholar") && !forensic(deps, d) || r.equals("obl") && role(d).equals("site")) {
        return true; // "archaeologists found", "found … at the dig"; not "forensic anthropologists" at a mass grave
      }
    }
    return aged(deps, noun, 2) || aged(deps, people, 2);
  }

  /**
   * A word of age on {@code w}, or on a word that describes it or an event it comes from ("from a
   * medieval battle"; never a place: "villagers from the ancient town"), up to {@code depth} steps down.
   */
  private boolean aged(Deps deps, IndexedWord w, int depth) {
    for (SemanticGraphEdge e : deps.children(w)) {
      IndexedWord d = e.getDependent();
      String r = e.getRelation().toString();
      boolean describes = MODIFIER.contains(r) || r.equals("nmod") && role(d).equals("event");
      if (MODIFIER.contains(r) && role(d).equals("age") || r.equals("amod") && "old".equalsIgnoreCase(d.word()) && agedOld(deps, d)
          || depth > 1 && describes && aged(deps, d, depth - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether scholar {@code w} works for an inquiry of today: "forensic anthropologists". */
  private static boolean forensic(Deps deps, IndexedWord w) {
    IndexedWord a = deps.child(w, "amod");
    return a != null && a.word().equalsIgnoreCase("forensic");
  }

  /** "centuries-old", "2,000 years old": an age of centuries before "old" (never "30-year-old"). */
  private boolean agedOld(Deps deps, IndexedWord old) {
    for (SemanticGraphEdge e : deps.children(old)) {
      IndexedWord d = e.getDependent();
      if (!e.getRelation().toString().equals("obl:npmod")) {
        continue;
      }
      if (role(d).equals("age")) {
        return true; // "centuries-old"
      }
      IndexedWord n = deps.child(d, "nummod");
      String digits = n == null ? "" : n.word().replace(",", "");
      if ("year".equals(Deps.lemma(d)) && digits.matches("[0-9]{3,}")) {
        return true; // "2,000 years old"
      }
    }
    return false;
  }

  private String role(IndexedWord w) {
    String[] cols = words.get(Deps.lemma(w));
    return cols == null ? "" : cols[0];
  }
}
