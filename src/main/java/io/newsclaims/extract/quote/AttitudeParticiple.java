package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Locale;

/**
 * A participle of an attitude on the noun before it, which holds the attitude: "groups backing
 * Cruz", "a super PAC supporting Bush", "voters hoping to see change". Only in the scope that
 * counts attitudes ({@link CueLexicon#attitudes}); the statement scope reads no such participle,
 * as a verb of saying's ("a memo saying …") is a statement and {@link CueSources} reads it.
 * Stateless.
 */
final class AttitudeParticiple {
  private AttitudeParticiple() {}

  /**
   * The noun that participle {@code v} modifies when {@code v} is a cue of taking sides ({@link
   * CueLexicon#AGENT}) with a name for its object, or of an intention with its infinitive, no verb of saying or findings,
   * and the noun can hold a view ({@link CueSources#isSource}, or a noun for a person); null otherwise.
   */
  static IndexedWord holder(SemanticGraph g, IndexedWord v, CueLexicon lexicon, CueSources sources) {
    IndexedWord parent = g.getParent(v);
    if (!lexicon.attitudes() || parent == null || !"acl".equals(Clauses.rel(g, v)) || !v.tag().equals("VBG")
        || !parent.tag().startsWith("NN") || parent.index() > v.index()) {
      return null;
    }
    IndexedWord before = g.getNodeByIndexSafe(v.index() - 1);
    if (before == null || before.word().equals(",")) {
      return null; // "she ran as a would-be leader, seeking …": a participle after a comma is the clause's, not the noun's
    }
    String lemma = v.lemma();
    if (lexicon.hasFrame(lemma, CueLexicon.SPEECH) || lexicon.hasFrame(lemma, CueLexicon.FINDING)) {
      return null; // a statement's participle: CueSources reads it
    }
    // a verb of taking sides ("backing Cruz"), or one of intention with its infinitive ("hoping to
    // win"); not an attitude verb's other senses ("women pushing men off their boards")
    IndexedWord obj = Clauses.child(g, v, "obj");
    boolean named = obj != null && (obj.tag().startsWith("NNP") || NameRuns.NAME_TAGS.contains(obj.ner())); // not "a man backing his car out"
    boolean attitude = lexicon.hasFrame(lemma, CueLexicon.AGENT) && named || Clauses.child(g, v, "xcomp") != null
        && (lexicon.isAttitude(lemma) || lexicon.isAttitudeFrame(lemma, CueLexicon.XCOMP) || lexicon.hasFrame(lemma, CueLexicon.XCOMP));
    // the noun must be someone who can hold a view: "groups", "voters", not "suspicion of supporting …"
    boolean someone = sources.isSource(g, parent) || SourceWords.namesPerson(parent.lemma().toLowerCase(Locale.ROOT));
    return attitude && someone ? parent : null;
  }
}
