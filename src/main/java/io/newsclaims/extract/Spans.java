package io.newsclaims.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.model.Claim;
import io.newsclaims.model.Span;
import io.newsclaims.model.TextRef;
import io.newsclaims.pipeline.Document;
import java.util.List;

/**
 * Turns CoreNLP's UTF-16 character offsets into code-point spans and texts of the original
 * document, the only form in which offsets leave a stage.
 */
public final class Spans {
  private Spans() {}

  /** The code-point span of UTF-16 range [begin, end) of the document. */
  public static Span span(Document doc, int begin, int end) {
    return new Span(doc.codePoints().toCodePoint(begin), doc.codePoints().toCodePoint(end));
  }

  /** A claim of {@code type} over UTF-16 range [begin, end), its text taken from the original. */
  public static Claim claim(Document doc, String type, int begin, int end, int sentence) {
    return Claim.of(type, span(doc, begin, end), doc.original().substring(begin, end), sentence);
  }

  /** A text reference over UTF-16 range [begin, end) of the original. */
  public static TextRef ref(Document doc, int begin, int end) {
    Span s = span(doc, begin, end);
    return new TextRef(doc.original().substring(begin, end), s.start(), s.end());
  }

  /** A text reference covering tokens [from, to) of a sentence (0-based, end exclusive). */
  public static TextRef ref(Document doc, List<CoreLabel> tokens, int from, int to) {
    return ref(doc, tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
  }

  public static int begin(CoreMap m) {
    return m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  public static int end(CoreMap m) {
    return m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }
}
