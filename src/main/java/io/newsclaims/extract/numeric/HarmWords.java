package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import io.newsclaims.text.Lexicon;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The harm lexicon ({@code models/harm-words.txt}) with the person and kin nouns
 * ({@code models/person-nouns.txt}, {@code models/kin-nouns.txt}) that some harm words need. Immutable and thread-safe.
 */
final class HarmWords {
  /** How a harm word relates to the people it counts; see models/harm-words.txt. */
  enum Kind { TRANS, INTRANS, NOUN, STATE, LEVEL, FROM, REMAINS, FINDER }

  /**
   * One entry: the category it gives and how it links; {@code inOnly}: a result word that counts
   * only after "in" or "into" ("remain in custody", not "released from custody"); {@code needsKin}:
   * the counted noun must be a kin noun ("lost three of her children", not "lost three games").
   */
  record Harm(String category, Kind kind, boolean needsPerson, boolean passiveOnly, boolean inOnly, boolean needsKin) {}

  private static final Set<String> CATEGORIES =
      Set.of("killed", "injured", "captive", "missing", "displaced", "arrested", "affected", "-");

  private final Map<String, Harm> words;
  private final Lexicon persons;
  private final Lexicon kin;

  private HarmWords(Map<String, Harm> words, Lexicon persons, Lexicon kin) {
    this.words = Map.copyOf(words);
    this.persons = persons;
    this.kin = kin;
  }

  static HarmWords load() {
    Map<String, Harm> m = new HashMap<>();
    Tables.columns("harm-words.txt", 3).forEach((word, cols) -> {
      if (!CATEGORIES.contains(cols[0])) {
        throw new IllegalStateException("models/harm-words.txt: '" + word + "' has unknown category '" + cols[0] + "'");
      }
      Kind kind = Kind.valueOf(cols[1].toUpperCase());
      Set<String> flags = cols.length > 2 ? Set.of(cols[2].split(",")) : Set.of();
      m.put(word, new Harm(cols[0], kind, flags.contains("person"), flags.contains("passive"), flags.contains("in"),
          flags.contains("kin")));
    });
    return new HarmWords(m, Lexicon.load("person-nouns.txt"), Lexicon.load("kin-nouns.txt"));
  }

  /**
   * The entry for a word, looked up by lemma then by lower-case form; null if none. Remains and
   * finders are left out: they only count together ({@link #remains}, {@link #isFinder}).
   */
  Harm get(String lemma, String word) {
    Harm h = lookup(lemma, word);
    return h == null || h.kind() == Kind.REMAINS || h.kind() == Kind.FINDER ? null : h;
  }

  /** The entry of a noun for human remains ("bodies"), null for any other word. */
  Harm remains(String lemma, String word) {
    Harm h = lookup(lemma, word);
    return h != null && h.kind() == Kind.REMAINS ? h : null;
  }

  /** True for a verb by which remains are found ("recover", "pull", "find"). */
  boolean isFinder(String lemma) {
    Harm h = lemma == null ? null : words.get(lemma.toLowerCase());
    return h != null && h.kind() == Kind.FINDER;
  }

  private Harm lookup(String lemma, String word) {
    Harm h = words.get(lemma.toLowerCase());
    return h != null ? h : words.get(word.toLowerCase());
  }

  /** The entry for word {@code w}, by its lemma (its word when it has none): {@link #get}. */
  Harm of(IndexedWord w) {
    return get(w.lemma() == null ? w.word() : w.lemma(), w.word());
  }

  /**
   * Whether harm {@code h} may count the people of noun {@code counted}: kin when it needs kin
   * ("lost three of her children"), people when it needs people; any amount when {@code counted}
   * is null.
   */
  boolean personOk(Harm h, IndexedWord counted) {
    if (h.needsKin()) {
      return counted != null && isKin(counted.lemma()); // "lost three of her children"
    }
    return !h.needsPerson() || counted == null || isPerson(counted.lemma(), counted.tag());
  }

  boolean isPerson(String lemma, String tag) {
    return persons.contains(lemma) || "NNPS".equals(tag);
  }

  /** True for a kin noun of models/kin-nouns.txt ("children", "husband"). */
  boolean isKin(String lemma) {
    return kin.contains(lemma);
  }
}
