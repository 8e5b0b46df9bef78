package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsclaims.extract.Spans;
import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.model.Context;
import io.newsclaims.model.TextRef;
import io.newsclaims.pipeline.Document;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds where and when a figure holds, as its sentence says: the place named after a
 * preposition ("in the Gaza Strip") nearest the figure, and the date claim of the sentence
 * nearest the figure with its preposition ("since October"), whose value becomes the
 * context's {@code timeValue}. Thread-safe.
 */
final class ContextFinder {
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "near", "across", "throughout", "inside", "outside", "from", "around", "on");

  private ContextFinder() {}

  /** The context of a figure over tokens [from, to) of sentence {@code s}; null when the sentence gives none. */
  static Context of(Document doc, int s, List<CoreLabel> tokens, int from, int to) {
    int figure = tokens.get(from).beginPosition();
    TextRef place = place(doc, tokens, figure);
    Claim date = nearestDate(doc, s, figure);
    TextRef time = null;
    String timeValue = null;
    if (date != null) {
      int begin = doc.codePoints().toIndex(date.span().start());
      int end = doc.codePoints().toIndex(date.span().end());
      for (CoreLabel t : tokens) {
        if (t.endPosition() < begin && t.endPosition() >= begin - 1 && "IN".equals(t.tag())) {
          begin = t.beginPosition(); // keep the preposition: "since October" is not "in October"
        }
      }
      time = Spans.ref(doc, begin, end);
      timeValue = date.value() == null ? null : date.value().toString();
    }
    Context c = new Context(place, time, timeValue);
    return c.isEmpty() ? null : c;
  }

  private static TextRef place(Document doc, List<CoreLabel> tokens, int figure) {
    TextRef best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 1; i < tokens.size(); i++) {
      if (!"LOCATION".equals(tokens.get(i).ner()) || "LOCATION".equals(tokens.get(i - 1).ner())) {
        continue;
      }
      int prep = tokens.get(i - 1).word().equalsIgnoreCase("the") && i >= 2 ? i - 2 : i - 1;
      if (!PLACE_PREPOSITIONS.contains(tokens.get(prep).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int j = i;
      while (j < tokens.size() && "LOCATION".equals(tokens.get(j).ner())) {
        j++;
      }
      int distance = Math.abs(tokens.get(i).beginPosition() - figure);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = Spans.ref(doc, tokens, i, j);
      }
    }
    return best;
  }

  private static Claim nearestDate(Document doc, int s, int figure) {
    Claim best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Claim c : doc.claimsOfType(ClaimType.DATE)) {
      if (c.sentence() != s) {
        continue;
      }
      int distance = Math.abs(doc.codePoints().toIndex(c.span().start()) - figure);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = c;
      }
    }
    return best;
  }
}
