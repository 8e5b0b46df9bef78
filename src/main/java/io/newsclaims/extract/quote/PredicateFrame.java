package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds the content of a verb of naming or judging (frame {@code predicate} in
 * {@code models/cue-verbs.txt}): what it says of its object, with the object ("called the deal a
 * mistake", "calls Clinton unqualified", "calls himself a conservative", "called her “extremely
 * careless”", "which Trump called “a disaster”", "a game many are calling “a classic”"). The
 * object alone is no statement: "called Haugland to ask", "a group called Ginbot 7", "called a
 * referendum", "called more attention to it" name, phone or convene. Stateless and thread-safe.
 */
final class PredicateFrame {
  /** Tags of a word that can end the object before an opening quotation mark or an article: "her “careless”", "it a …". */
  private static final Set<String> OBJECT_END = Set.of("PRP", "PRP$", "NN", "NNS", "NNP", "NNPS");
  /** Demonstratives that can be the whole object before an article: "call this the …". */
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
  /** Articles that open a second noun phrase after the object: "call it a mistake", "call this the …". */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "what", "whom");

  private PredicateFrame() {}

  /**
   * The words of what cue {@code v} says of its object {@code obj} (null when it has none),
   * together with the object; null when the sentence holds no such predicate.
   */
  static Set<IndexedWord> content(SemanticGraph g, IndexedWord v, IndexedWord obj) {
    IndexedWord said = null;
    for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
      IndexedWord d = e.getDependent();
      String r = e.getRelation().toString();
      if (d.index() < v.index()) {
        continue;
      }
      // not a gerund with no object before it: "would consider taking the county to court" weighs an act, says nothing of it
      boolean gerund = obj == null && "VBG".equals(d.tag());
      if (r.equals("xcomp") && !infinitive(g, d) && !gerund && (obj == null || d.index() > obj.index())) {
        said = d; // "called the system “rigged”", "calls Clinton unqualified" (Clinton as the xcomp's subject)
      } else if (obj != null && d.index() > obj.index() && (r.equals("obj") || r.equals("obl:npmod"))) {
        said = d; // "called that report a “lie”", "which Trump called “a disaster”"
      } else if (obj != null && said == null && d.index() > obj.index() && r.equals("obl") && quotedPredicate(g, d)) {
        said = d; // "called the shortfall in routine immunisation “a slow-motion emergency”": the object's phrase taken for the verb's, the predicate hung on it
      } else if (obj != null && r.equals("iobj") && d.index() < obj.index()) {
        Set<IndexedWord> out = new HashSet<>(g.descendants(d)); // "calls himself a conservative"
        out.addAll(g.descendants(obj));
        return out;
      }
    }
    if (said == null && obj != null && (twoPhrases(g, v, obj) || gapped(g, v, obj))) {
      said = obj;
    }
    if (said == null) {
      return null;
    }
    Set<IndexedWord> out = new HashSet<>(g.descendants(said));
    if (obj != null && obj != said) {
      out.addAll(g.descendants(obj));
    }
    return out;
  }

  /** Whether phrase {@code p} has a noun phrase in quotation marks hung on it as a loose dependent, right after it. */
  private static boolean quotedPredicate(SemanticGraph g, IndexedWord p) {
    for (IndexedWord d : Clauses.children(g, p, "dep")) {
      IndexedWord before = g.getNodeByIndexSafe(Clauses.firstIndex(g, d) - 1);
      if (d.index() > p.index() && d.tag().startsWith("NN") && before != null && TokenRanges.isQuoteMark(before.backingLabel())) {
        return true;
      }
    }
    return false;
  }

  /** An infinitive ("called Haugland to learn more"): a base verb or a clause marked by "to". */
  private static boolean infinitive(SemanticGraph g, IndexedWord x) {
    IndexedWord mark = Clauses.child(g, x, "mark");
    return x.tag().equals("VB") || (mark != null && mark.word().equalsIgnoreCase("to"));
  }

  /**
   * Whether the parser made one phrase of the object and its predicate: an opening quotation
   * mark right after the cue or after a noun or pronoun of the phrase ("called “an absolute
   * disgrace”", "called her “extremely careless”"), or right after the phrase ("called the
   * program “worse than amnesty”" with the quotation hung elsewhere); an article after a noun,
   * pronoun or determiner ("call this the “expectations game”"); an adjective after the head
   * ("calls Clinton unqualified"). A name in marks after an article ("called the “chained
   * CPI”") is one phrase.
   */
  private static boolean twoPhrases(SemanticGraph g, IndexedWord v, IndexedWord obj) {
    Set<IndexedWord> phrase = g.descendants(obj);
    IndexedWord before = v;
    for (IndexedWord w : g.vertexListSorted()) {
      if (w.index() <= v.index()) {
        continue;
      }
      boolean in = phrase.contains(w);
      boolean opening = isMark(w) && w.beginPosition() > before.endPosition();
      if (opening && ((before == v && !namingParticiple(g, v)) || (OBJECT_END.contains(before.tag()) && phrase.contains(before)))) {
        return true;
      }
      boolean ends = OBJECT_END.contains(before.tag()) || DEMONSTRATIVES.contains(before.word().toLowerCase(Locale.ROOT));
      if (in && ARTICLES.contains(w.word().toLowerCase(Locale.ROOT)) && phrase.contains(before) && ends) {
        return true;
      }
      if (in && w.tag().startsWith("JJ") && w.index() > obj.index() && "amod".equals(Clauses.rel(g, w)) && g.getParent(w).equals(obj)) {
        return true;
      }
      if (!in && !isMark(w) && phrase.contains(before)) {
        return false; // past the phrase
      }
      before = w;
    }
    return false;
  }

  /**
   * Whether cue {@code v} is a participle right after the noun it names, with no auxiliary: "a
   * series called “Quick Question”".
   */
  private static boolean namingParticiple(SemanticGraph g, IndexedWord v) {
    IndexedWord before = g.getNodeByIndexSafe(v.index() - 1);
    return before != null && before.tag().startsWith("NN") && Clauses.child(g, v, "aux") == null;
  }

  /**
   * Whether the object that the cue speaks of is the gap of a relative clause, so that its own
   * object is the predicate: "a game many are calling “an instant classic”" (the clause hangs on
   * the noun right before its subject, and the subject is no relative pronoun).
   */
  private static boolean gapped(SemanticGraph g, IndexedWord v, IndexedWord obj) {
    String r = Clauses.rel(g, v);
    IndexedWord parent = g.getParent(v);
    IndexedWord subject = Clauses.child(g, v, "nsubj");
    if (!("acl:relcl".equals(r) || "dep".equals(r)) || parent == null || !parent.tag().startsWith("NN") || subject == null
        || RELATIVE.contains(subject.word().toLowerCase(Locale.ROOT)) || obj.index() < v.index()) {
      return false;
    }
    return Clauses.firstIndex(g, subject) == parent.index() + 1;
  }

  /** A quotation mark, opening or closing: the tagger may take either for the other. */
  private static boolean isMark(IndexedWord w) {
    return w.tag().equals("``") || w.tag().equals("''");
  }
}
