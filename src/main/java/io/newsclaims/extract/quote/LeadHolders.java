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
import java.util.stream.Stream;

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
   * in {@code mention} ("Mr Blair's spokesman" is not Tony Blair), when a role before the name
   * has words that {@code description} (lower case) lacks ("Opposition leader Mia Sand" is no
   * one's "chief executive", "Passenger Sue Ellis" not "its owner"), when an age or a relative
   * clause sets the name apart as someone new, or, for an {@code indefinite} description ("a
   * judge"), when the name carries no role with its head ("Judge Ana Ruiz" does).
   */
  String holder(String mention, String description, boolean indefinite) {
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
        if (described(tokens, b)) {
          return null; // "John Fields, 54, who has worked there for 30 years, said": a new voice
        }
        String role = NameRuns.roleBefore(tokens, a);
        String first = tokens.get(a).word().toLowerCase(Locale.ROOT);
        if (role == null && b - a > 2 && !SourceWords.isTitle(tokens.get(a)) && SourceWords.namesPerson(first)) {
          role = first; // "Passenger Sue Ellis", the role tagged as part of the name
        }
        List<String> words = role == null ? List.of()
            : Stream.of(role.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !SourceWords.isTitleWord(w)).toList(); // "Dr", "Lt. Gen.": no role
        List<String> descriptionWords = List.of(description.split("\\s+"));
        String head = descriptionWords.get(descriptionWords.size() - 1);
        if (indefinite && !words.contains(head) && !first.equals(head)) {
          return null; // "a senior commander has said" is the next person quoted only when named by that role: "Judge Ana Ruiz" for "a judge"
        }
        return !descriptionWords.containsAll(words) ? null : name; // "Passenger Sue Ellis" is not "its owner"
      }
    }
    return null;
  }

  /** Whether the name ending before token {@code b} is set apart by an age or a relative clause: ", 54," or ", who lost his brother". */
  private static boolean described(List<CoreLabel> tokens, int b) {
    if (b + 1 >= tokens.size() || !tokens.get(b).word().equals(",")) {
      return false;
    }
    CoreLabel next = tokens.get(b + 1);
    return next.tag().equals("CD") || next.tag().startsWith("WP");
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
