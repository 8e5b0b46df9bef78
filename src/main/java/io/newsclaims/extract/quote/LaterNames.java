package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.extract.quote.Referents.Referent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a source described only by a role noun stands for when the article names that one
 * elsewhere, often after it: the one person whose role has that head noun ("one of the survivors
 * said …" then "The survivor, Tom Lee, said …"; "A chief constable has backed …" then "Chief
 * constable Tom Lee"), or, for a description in the lead sentence, the one the next paragraph
 * names as its subject ("…, a senior minister has warned.¶Economy minister Tom Lee told …"): a
 * news lead gives the role and the body of the story the name. Holds per-document state: build
 * one per document, in one thread.
 */
final class LaterNames {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private final Referents referents;
  /** The paragraph of each sentence. */
  private final int[] paragraph;
  /** The first sentence that ends in a full stop, question or exclamation mark: the lead, after any headline. */
  private final int lead;

  LaterNames(List<CoreMap> sentences, String text, Referents referents) {
    this.referents = referents;
    paragraph = new int[sentences.size()];
    int lead = -1;
    int p = 0;
    CoreLabel previous = null;
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel t : tokens) { // a headline the splitter joins to the lead still ends its paragraph
        p += previous != null && breaksParagraph(text, previous, t) ? 1 : 0;
        previous = t;
      }
      paragraph[s] = p; // where the sentence ends
      String last = tokens.get(tokens.size() - 1).word();
      if (lead < 0 && (last.equals(".") || last.equals("?") || last.equals("!"))) {
        lead = s;
      }
    }
    this.lead = lead;
  }

  /** Whether a blank line, or a line break after a sentence's end, lies between tokens {@code a} and {@code b}. */
  private static boolean breaksParagraph(String text, CoreLabel a, CoreLabel b) {
    int from = a.endPosition();
    int to = b.beginPosition();
    if (from > to || to > text.length()) {
      return false;
    }
    String gap = text.substring(from, to);
    return BLANK_LINE.matcher(gap).find() || (gap.contains("\n") && a.word().matches("[.?!:\"\u201d]"));
  }

  /**
   * The one person whose role, given beside the name, is {@code description} (its words lower
   * case, the head by its lemma: "chief constable"), after {@code at} only when the description
   * is {@code indefinite} (an indefinite one after the name introduces someone new); null when no
   * one or more than one holds it. A role with more words is another one: "a spokesman" is not
   * "Green Party spokesman Tom Lee".
   */
  Referent holder(List<String> description, int at, boolean indefinite) {
    Referent found = null;
    Set<String> names = new HashSet<>();
    for (Referent e : referents.entities()) {
      if (!"PERSON".equals(e.kind()) || e.role() == null || !description.equals(roleWords(e.role()))) {
        continue;
      }
      if (indefinite && e.position() < at) {
        return null;
      }
      names.add(referents.fullest(e.name(), Integer.MAX_VALUE, null));
      found = found == null ? e : found;
    }
    return names.size() == 1 ? found : null;
  }

  /**
   * The words of {@code role}, lower case, without an article before or a title after ("The
   * survivor", "Chief constable Mr").
   */
  private static List<String> roleWords(String role) {
    List<String> words = new ArrayList<>(List.of(role.toLowerCase(Locale.ROOT).replace(",", " ").trim().split("\\s+")));
    while (!words.isEmpty() && ARTICLES.contains(words.get(0))) {
      words.remove(0);
    }
    while (!words.isEmpty() && SourceWords.isTitleWord(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return words;
  }

  /**
   * For a description in the lead sentence, the first name of {@code kind} that is the subject
   * of a main verb in the next paragraph and that the lead does not name; null if the
   * description is not in the lead or no such name follows.
   */
  Referent namedAfterLead(int sentence, String kind) {
    if (sentence != lead) {
      return null;
    }
    Set<String> inLead = new HashSet<>();
    for (Referent e : referents.entities()) {
      if (e.sentence() <= sentence) {
        inLead.add(referents.fullest(e.name(), Integer.MAX_VALUE, null));
      }
    }
    for (Referent e : referents.entities()) {
      if (e.sentence() > sentence && paragraph[e.sentence()] == paragraph[sentence] + 1 && kind.equals(e.kind())
          && referents.leads(e) && !inLead.contains(referents.fullest(e.name(), Integer.MAX_VALUE, null))) {
        return e;
      }
    }
    return null;
  }
}
