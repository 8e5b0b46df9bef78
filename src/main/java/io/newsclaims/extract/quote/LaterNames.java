package io.newsclaims.extract.quote;

import io.newsclaims.extract.quote.Referents.Referent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a source described only by a role noun stands for when the article names that one
 * elsewhere: the one person whose role has that description ("one of the survivors said …" then
 * "The survivor, Tom Lee, said …"; "A chief constable has backed …" then "Chief constable Tom
 * Lee"). An indefinite description introduces someone named after it, a definite one refers
 * back to someone named before it. Stateless past construction; build one per document.
 */
final class LaterNames {
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private final Referents referents;

  LaterNames(Referents referents) {
    this.referents = referents;
  }

  /**
   * The one person whose role, given beside the name, is {@code description} (its words lower
   * case, the head by its lemma: "chief constable"), after {@code at} when the description is
   * {@code indefinite} and before it when definite ("The judge said …" is no judge named later
   * in another case); null when no one or more than one holds it. A role with more words is
   * another one: "a spokesman" is not "Green Party spokesman Tom Lee".
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
      if (!indefinite && e.position() > at) {
        continue;
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
}
