package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who the lead's unnamed speaker is when the sentences after it name that one: news leads
 * describe the speaker and name them later ("Mittal Steel could cut 45,000 jobs, its chief
 * executive has said." then "Lakshmi Mittal has told investors …"). The lead is the first
 * sentence that ends like one (a headline does not); its holder is the first person named as
 * the subject of a cue verb in the few sentences after it. Stateless past construction; build
 * one per document.
 */
final class LeadHolders {
  /** How many sentences after the lead may name its speaker. */
  private static final int REACH = 3;
  private static final Set<String> ENDS = Set.of(".", "!", "?");
  private final List<CoreMap> sentences;
  private final CueLexicon lexicon;
  private final int lead;

  LeadHolders(List<CoreMap> sentences, CueLexicon lexicon) {
    this.sentences = sentences;
    this.lexicon = lexicon;
    int found = -1;
    for (int s = 0; s < sentences.size() && found < 0; s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      int k = tokens.size() - 1;
      while (k > 0 && !ENDS.contains(tokens.get(k).word()) && !Character.isLetterOrDigit(tokens.get(k).word().charAt(0))) {
        k--; // a closing mark after the full stop: "… “where it hurts most.”"
      }
      found = k >= 0 && ENDS.contains(tokens.get(k).word()) ? s : -1;
    }
    lead = found;
  }

  /** Whether sentence {@code s} is the lead. */
  boolean isLead(int s) {
    return s == lead;
  }

  /**
   * The name of the first person who is the subject of a cue verb in the sentences right after
   * the lead, as written (without a role before it); null when there is none, when the name is
   * in {@code mention} ("Mr Blair's spokesman" is not Tony Blair), or when a person's role before
   * the name has words that {@code description} (lower case) lacks: "Opposition leader Mia Sand"
   * is no one's "chief executive", "Green Party spokesman Paul Hines" not "a spokesman".
   */
  String holder(String mention, String description) {
    for (int s = lead + 1; lead >= 0 && s <= lead + REACH && s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      SemanticGraph g = sentences.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      for (int a = 0; a < tokens.size() && g != null; a++) {
        if (!"PERSON".equals(tokens.get(a).ner()) || (a > 0 && "PERSON".equals(tokens.get(a - 1).ner()))) {
          continue;
        }
        int b = a;
        while (b < tokens.size() && "PERSON".equals(tokens.get(b).ner())) {
          b++;
        }
        if (!speaks(g, a, b)) {
          continue;
        }
        String name = MentionText.text(tokens, a, b);
        for (String word : name.split("\\s+")) {
          if (mention.contains(word)) {
            return null;
          }
        }
        String role = NameRuns.roleBefore(tokens, a);
        List<String> words = role == null ? List.of() : List.of(role.toLowerCase(Locale.ROOT).split("\\s+"));
        String head = words.isEmpty() ? null : words.get(words.size() - 1);
        boolean person = head != null && (SourceWords.isPersonRole(head) || SourceWords.namesPerson(head));
        return person && !List.of(description.split("\\s+")).containsAll(words) ? null : name;
      }
    }
    return null;
  }

  /** Whether the name in tokens [a, b) is the subject of a cue verb: its word whose parent lies outside it. */
  private boolean speaks(SemanticGraph g, int a, int b) {
    for (int k = a; k < b; k++) {
      IndexedWord w = g.getNodeByIndexSafe(k + 1);
      IndexedWord parent = w == null ? null : g.getParent(w);
      if (parent != null && (parent.index() <= a || parent.index() > b)) {
        return Clauses.rel(g, w).equals("nsubj") && parent.tag().startsWith("VB") && lexicon.isCueVerb(parent.lemma());
      }
    }
    return false;
  }
}
