package io.newsclaims.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.pipeline.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "since mid-July", "in mid-2005": the tokenizer keeps "mid-" on its month or year as one word,
 * which SUTime does not read. The date is the month (its year chosen by tense like any month
 * without one, {@link BareDateTense}; none without a document date) or the year. Thread-safe.
 */
final class MidDates {
  private static final Pattern MID = Pattern.compile("(?i)mid-?(january|february|march|april|may|june|july|august"
      + "|september|october|november|december|(1[89]|20)[0-9]{2})");
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  private MidDates() {}

  /** The date claims of the "mid-" words of sentence {@code s}. */
  static List<Claim> claims(Document doc, CoreMap sentence, int s) {
    List<Claim> claims = new ArrayList<>();
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreLabel t : tokens) {
      Matcher m = MID.matcher(t.word());
      if (!m.matches()) {
        continue;
      }
      String value = value(doc, sentence, s, tokens, t, m.group(1).toLowerCase(Locale.ROOT));
      claims.add(Spans.claim(doc, ClaimType.DATE, t.beginPosition(), t.endPosition(), s).withValue(value, null));
    }
    return claims;
  }

  private static String value(Document doc, CoreMap sentence, int s, List<CoreLabel> tokens, CoreLabel t, String what) {
    int month = MONTHS.indexOf(what);
    if (month < 0) {
      return what; // a year
    }
    if (doc.date() == null) {
      return null; // no year of its own
    }
    String value = String.format("%04d-%02d", doc.date().getYear(), month + 1);
    SemanticGraph graph = doc.parsed().isParsed(s)
        ? sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null;
    return BareDateTense.adjust(value, t.word(), tokens, graph, t.beginPosition(), t.endPosition(), doc.date());
  }
}
