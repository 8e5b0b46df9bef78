package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * "US coach Ray Lind wants his team to play more on clay. “We need to learn …”": a quotation with
 * no cue of its own, right after a sentence about a person who has not spoken yet, is that
 * person's, as a reader takes it, not the last speaker's. The person is the named subject of the
 * sentence's main verb, a verb with a clause that says what the person wants or thinks (a deed,
 * "President Mora fired her predecessor", leaves a quotation to the last speaker); the sentence
 * holds no quotation and no report of its own. Stateless.
 */
final class LeadSubject {
  private LeadSubject() {}

  /**
   * The subject of sentence {@code s}, when it is a person's name and the main verb's: {first,
   * last + 1, verb} token indices of the name and the verb; null otherwise.
   */
  static int[] of(List<CoreMap> sentences, int s, List<QuoteMarks.Found> quotes) {
    if (s < 0 || s >= sentences.size()) {
      return null;
    }
    SemanticGraph g = sentences.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
    if (g == null || g.getRoots().size() != 1 || tokens.isEmpty()) {
      return null;
    }
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    if (quotes.stream().anyMatch(q -> q.close() > begin && q.open() < end)) {
      return null; // a sentence with quoted words has a speaker of its own, or none
    }
    IndexedWord verb = g.getFirstRoot();
    IndexedWord subject = Clauses.child(g, verb, "nsubj");
    if (!verb.tag().startsWith("VB") || subject == null || !"PERSON".equals(subject.ner())
        || Clauses.child(g, verb, "xcomp") == null && Clauses.child(g, verb, "ccomp") == null) {
      return null; // a stance ("wants the team to play on clay"), not a deed ("fired her predecessor", "died on Monday")
    }
    int from = subject.index() - 1;
    int to = subject.index();
    while (from > 0 && "PERSON".equals(tokens.get(from - 1).ner())) {
      from--;
    }
    while (to < tokens.size() && "PERSON".equals(tokens.get(to).ner())) {
      to++;
    }
    int[] own = NameRuns.personal(tokens, from, to);
    return new int[] {own[0], own[1], verb.index() - 1};
  }
}
