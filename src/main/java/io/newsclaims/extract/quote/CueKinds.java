package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsclaims.model.Attribution;
import java.util.Locale;

/**
 * What sort of attribution a report is, for its claim's {@code cue_kind}: a belief, intention or
 * attitude ({@link Attribution#ATTITUDE}) when its cue is one of {@code attitude-cues.txt} only
 * ("wants to", "voted for"), a
 * participle of an attitude on its holder ({@link AttitudeParticiple}: "groups backing X"), or a
 * statement cue whose content stands in a frame that only that file gives it ("hopes to win",
 * not "hopes that …"); else a statement (null). Only with {@code
 * --scope attributions} does the lexicon hold such cues.
 */
final class CueKinds {
  private CueKinds() {}

  static String of(Report r, CueLexicon lexicon) {
    IndexedWord cue = r.cue();
    if (cue == null || cue.lemma() == null) {
      return null;
    }
    if (lexicon.isAttitude(cue.lemma())) {
      return Attribution.ATTITUDE;
    }
    if (r.graph() == null || !r.graph().containsVertex(cue)) {
      return null;
    }
    if (AttitudeParticiple.holder(r.graph(), cue, lexicon, new CueSources(lexicon)) != null) {
      return Attribution.ATTITUDE; // "groups backing Cruz"
    }
    for (SemanticGraphEdge e : r.graph().outgoingEdgeList(cue)) {
      IndexedWord d = e.getDependent();
      String frame = frame(r, e);
      if (frame != null && r.contentOverlaps(d.beginPosition(), d.endPosition()) && lexicon.isAttitudeFrame(cue.lemma(), frame)) {
        return Attribution.ATTITUDE;
      }
    }
    return null;
  }

  /** The frame that the dependent of edge {@code e} fills: an infinitive, an object or a preposition's phrase. */
  private static String frame(Report r, SemanticGraphEdge e) {
    String rel = e.getRelation().toString();
    if (rel.equals("xcomp")) {
      return CueLexicon.XCOMP;
    }
    if (rel.equals("obj")) {
      return CueLexicon.OBJECT;
    }
    IndexedWord prep = rel.startsWith("obl") ? Clauses.child(r.graph(), e.getDependent(), "case") : null;
    return prep == null ? null : prep.word().toLowerCase(Locale.ROOT);
  }
}
