package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;

/**
 * The words of a source's mention or of a noun phrase as the text writes them: a token range
 * spaced as in the text, a mention without its determiner, a head with its left modifiers or
 * with its complements. Kept apart so that {@link Sources} and the classes it asks share one
 * way of writing a name or role. Stateless and thread-safe.
 */
final class MentionText {
  private MentionText() {}

  /**
   * The head with its left modifiers, without determiners, and an adjective phrase or a "with
   * knowledge of" phrase after it: "14 Palestinian groups", "people familiar with the talks",
   * "people with knowledge of the talks".
   */
  static String modifiersAndHead(SemanticGraph g, List<CoreLabel> tokens, IndexedWord head) {
    int from = head.index() - 1;
    for (IndexedWord c : g.getChildList(head)) {
      String rel = Clauses.rel(g, c);
      if (c.index() < head.index() && (rel.equals("compound") || rel.equals("amod") || rel.equals("nummod") || rel.equals("nmod:poss"))) {
        for (IndexedWord d : g.descendants(c)) {
          from = Math.min(from, d.index() - 1);
        }
      }
    }
    while (from < head.index() - 1 && skipInRole(tokens.get(from))) {
      from++;
    }
    int to = head.index();
    IndexedWord after = g.getNodeByIndexSafe(head.index() + 1);
    if (head.word().equalsIgnoreCase("those") && after != null && head.equals(g.getParent(after)) && Clauses.rel(g, after).matches("amod|acl")) {
      to++; // "those surveyed"
    } else if (after != null && head.equals(g.getParent(after)) && Clauses.rel(g, after).equals("amod") && after.tag().startsWith("JJ")) {
      to = Clauses.lastIndex(g, after); // "people familiar with the talks", "officials close to the president"
    } else if (after != null && after.word().equalsIgnoreCase("with") && knowledgePhrase(g, head, g.getParent(after))) {
      to = Clauses.lastIndex(g, g.getParent(after)); // "people with knowledge of the talks"
      for (int k = after.index(); k < to; k++) {
        if (tokens.get(k).tag().matches("WP|WDT|,")) {
          to = k; // not the relative clause after it: "… of the talks who spoke on condition of anonymity"
          break;
        }
      }
    }
    return text(tokens, from, to);
  }

  /** Whether {@code n} is a "with" phrase of {@code head} that says how it knows: "with knowledge of", "with access to". */
  private static boolean knowledgePhrase(SemanticGraph g, IndexedWord head, IndexedWord n) {
    return n != null && head.equals(g.getParent(n)) && Clauses.rel(g, n).equals("nmod") && n.lemma().matches("knowledge|access");
  }

  /**
   * The index after the last word of name {@code head} with the capitalised complements it goes
   * on with: "World Summit on the Information Society", not "World Summit"; "Centre for Disease
   * Prevention and Control" with a capitalised word joined by "and"; not past a parenthesis, an
   * apposition or a complement in lower case.
   */
  static int nameEnd(SemanticGraph g, IndexedWord head) {
    int end = head.index();
    for (IndexedWord c : Clauses.children(g, head, "nmod")) {
      IndexedWord prep = Clauses.child(g, c, "case");
      boolean next = prep != null && prep.index() == end + 1 && prep.word().matches("of|on|for");
      if (next && c.tag().startsWith("NNP") && Character.isUpperCase(c.word().charAt(0))) {
        end = nameEnd(g, c);
      }
    }
    for (IndexedWord c : Clauses.children(g, head, "conj")) {
      IndexedWord and = Clauses.child(g, c, "cc");
      // "for Disease Prevention and Control": a capitalised word joined by "and" right after the name
      if (and != null && and.index() == end + 1 && and.word().equals("and") && c.index() == end + 2 && c.tag().startsWith("NNP")) {
        end = nameEnd(g, c);
      }
    }
    return end;
  }

  /** Noun {@code x} with its complements after it: "head of exploration". */
  static String phrase(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x) {
    return text(tokens, x.index() - 1, Clauses.lastIndex(g, x));
  }

  /** Whether {@code t} is no word of a role: a determiner, a comma, a colon or a quotation mark. */
  static boolean skipInRole(CoreLabel t) {
    String tag = t.tag();
    return tag.equals("DT") || tag.equals(",") || tag.equals(":") || tag.equals("``") || tag.equals("''");
  }

  /** The words of {@code r}'s mention without its determiner: "shadow chancellor" of "the shadow chancellor". */
  static String description(List<CoreLabel> tokens, Report r) {
    return withoutDeterminer(tokens, r.mentionBegin(), r.mentionEnd());
  }

  /** The words of the tokens between {@code begin} and {@code end} without a determiner or punctuation before them; "" if none. */
  static String withoutDeterminer(List<CoreLabel> tokens, int begin, int end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() >= begin && t.endPosition() <= end) {
        if (from < 0 && !skipInRole(t)) {
          from = i;
        }
        if (from >= 0) {
          to = i + 1;
        }
      }
    }
    return from < 0 ? "" : text(tokens, from, to);
  }

  /** The words of tokens [from, to) as the text spaces them. */
  static String text(List<CoreLabel> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      CoreLabel t = tokens.get(i);
      if (i > from && t.beginPosition() > tokens.get(i - 1).endPosition()) {
        sb.append(' ');
      }
      sb.append(t.originalText());
    }
    return sb.toString();
  }
}
