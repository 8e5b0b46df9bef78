package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * One attribution found in a sentence's dependency graph: a cue, the node of its source, and
 * the UTF-16 range of the content it governs. Holds CoreNLP types, so it stays inside this
 * package.
 *
 * @param kind what sort of cue: a verb with a clause, a verb with a nominal content, a
 *     statement noun, or a source preposition ("according to") whose stretch is published but is
 *     not a quote claim
 */
record Report(
    int sentence,
    SemanticGraph graph,
    Kind kind,
    int cueBegin,
    int cueEnd,
    IndexedWord cue,
    IndexedWord source,
    int mentionBegin,
    int mentionEnd,
    int contentBegin,
    int contentEnd) {

  enum Kind {
    CLAUSE,
    /** A cue that ends in a colon: its content is the quotation that follows. */
    OPEN,
    NOMINAL,
    NOUN,
    MARKER,
    /** A cue found beside a quotation's marks ({@link MarkCues}): its content is that quotation. */
    DIRECT,
    /**
     * A verb of saying whose clause says nothing ("did not say whether it would appeal"): no
     * claim, but its subject spoke, and "he" in the next sentence may stand for it.
     */
    SILENT
  }

  boolean contentOverlaps(int begin, int end) {
    return contentBegin < end && begin < contentEnd;
  }

  /** This report with the mention at UTF-16 range {@code m}. */
  Report withMention(int[] m) {
    return new Report(sentence, graph, kind, cueBegin, cueEnd, cue, source, m[0], m[1], contentBegin, contentEnd);
  }

  /** This report with source {@code x}, its mention at UTF-16 range {@code m}. */
  Report withSource(IndexedWord x, int[] m) {
    return new Report(sentence, graph, kind, cueBegin, cueEnd, cue, x, m[0], m[1], contentBegin, contentEnd);
  }

  Report withContent(int begin, int end) {
    return new Report(sentence, graph, kind, cueBegin, cueEnd, cue, source, mentionBegin, mentionEnd, begin, end);
  }
}
