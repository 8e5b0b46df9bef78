package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.IndexedWord;
import io.newsclaims.text.Lexicon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The harm lexicon ({@code models/harm-words.txt}, with the noun readings of harm verbs in
 * {@code models/harm-nouns.txt}) and the person and kin nouns ({@code models/person-nouns.txt},
 * {@code models/kin-nouns.txt}) that some harm words need. Immutable and thread-safe.
 */
final class HarmWords {
  /** How a harm word relates to the people it counts; see models/harm-words.txt. */
  enum Kind { TRANS, INTRANS, NOUN, STATE, LEVEL, FROM, REMAINS, FINDER, BURIAL, SURFACE }

  /**
   * One entry: the category it gives and how it links; {@code inOnly}: a result word that counts
   * only after its preposition ({@link #placePrepositions}: "remain in custody", not "released
   * from custody"); {@code needsKin}:
   * the counted noun must be a kin noun ("lost three of her children", not "lost three games");
   * {@code captor}: a result word whose people are captives when an adjective names who holds
   * them ("in Russian custody", flag captor); {@code needsNoun}: the person noun must be there, not
   * only a number ("400,000 people were affected", not "417 of the 497 municipalities were affected").
   */
  record Harm(String category, Kind kind, boolean needsPerson, boolean passiveOnly, boolean inOnly, boolean needsKin, boolean captor,
      boolean needsNoun) {}

  /** Plural personal pronouns, which count people for a word that needs them: "Six of them were in critical condition". */
  private static final Set<String> PLURAL_PERSONAL = Set.of("they", "we");
  private static final Set<String> CATEGORIES =
      Set.of("killed", "injured", "captive", "missing", "displaced", "arrested", "affected", "-");

  private final Map<String, Harm> words;
  /** Fates that count only after a verb of belief ("believed to be buried"), by word form: flag raised. */
  private final Map<String, Harm> raised;
  /** Noun readings of harm verbs: "50 arrests", "2,412 martyrs". */
  private final Map<String, Harm> nouns;
  /** Noun readings that count only right after their number: "2,412 martyrs", never "one of the metric martyrs". */
  private final Set<String> bare;
  /** Places of custody that count only after "behind" (flag behind): "behind bars". */
  private final Set<String> behind;
  /** The states that nouns marked under (third column) name after "under", people only: "put under house arrest". */
  private final Map<String, Harm> under;
  private final Lexicon persons;
  private final Lexicon kin;

  private HarmWords(Map<String, Harm> words, Map<String, Harm> raised, Map<String, Harm> nouns, Set<String> bare, Set<String> behind,
      Map<String, Harm> under, Lexicon persons, Lexicon kin) {
    this.words = Map.copyOf(words);
    this.raised = Map.copyOf(raised);
    this.nouns = Map.copyOf(nouns);
    this.bare = Set.copyOf(bare);
    this.behind = Set.copyOf(behind);
    this.under = Map.copyOf(under);
    this.persons = persons;
    this.kin = kin;
  }

  static HarmWords load() {
    Map<String, Harm> m = new HashMap<>();
    Map<String, Harm> raised = new HashMap<>();
    Set<String> behind = new HashSet<>();
    Tables.columns("harm-words.txt", 3).forEach((word, cols) -> {
      if (!CATEGORIES.contains(cols[0])) {
        throw new IllegalStateException("models/harm-words.txt: '" + word + "' has unknown category '" + cols[0] + "'");
      }
      Kind kind = Kind.valueOf(cols[1].toUpperCase(Locale.ROOT));
      Set<String> flags = cols.length > 2 ? Set.of(cols[2].split(",")) : Set.of();
      (flags.contains("raised") ? raised : m).put(word, new Harm(cols[0], kind, flags.contains("person"),
          flags.contains("passive"), flags.contains("in") || flags.contains("behind"), flags.contains("kin"), flags.contains("captor"),
          flags.contains("noun")));
      if (flags.contains("behind")) {
        behind.add(word);
      }
    });
    Map<String, Harm> n = new HashMap<>();
    Set<String> bare = new HashSet<>();
    Map<String, Harm> under = new HashMap<>();
    Tables.columns("harm-nouns.txt", 2).forEach((word, cols) -> {
      if (!CATEGORIES.contains(cols[0])) {
        throw new IllegalStateException("models/harm-nouns.txt: '" + word + "' has unknown category '" + cols[0] + "'");
      }
      boolean in = cols.length > 1 && cols[1].equals("in"); // "remained in jail": a place of custody, people only
      n.put(word, in ? new Harm(cols[0], Kind.STATE, true, false, true, false, false, false)
          : new Harm(cols[0], Kind.NOUN, false, false, false, false, false, false));
      if (cols.length > 1 && cols[1].equals("bare")) {
        bare.add(word);
      }
      if (cols.length > 1 && cols[1].equals("under")) {
        under.put(word, new Harm(cols[0], Kind.STATE, true, false, false, false, false, false));
      }
    });
    return new HarmWords(m, raised, n, bare, behind, under, Lexicon.load("person-nouns.txt"), Lexicon.load("kin-nouns.txt"));
  }

  /**
   * The entry for a word, looked up by lemma then by lower-case form; null if none. Remains and
   * finders are left out: they only count together ({@link #remains}, {@link #isFinder}).
   */
  Harm get(String lemma, String word) {
    return get(lemma, word, null);
  }

  /**
   * As {@link #get(String, String)}, but a word tagged as a noun ({@code tag} NN…) takes its
   * noun reading from harm-nouns.txt when it has one: "arrests" is a harm noun, "arrested" a verb.
   */
  Harm get(String lemma, String word, String tag) {
    Harm noun = tag != null && tag.startsWith("NN") ? nouns.get(lemma.toLowerCase(Locale.ROOT)) : null;
    if (noun != null) {
      return noun;
    }
    Harm h = lookup(lemma, word);
    return h == null || h.kind() == Kind.REMAINS || h.kind() == Kind.FINDER || h.kind() == Kind.BURIAL || h.kind() == Kind.SURFACE ? null : h;
  }

  /**
   * True for a noun of harm-nouns.txt marked {@code bare} when tagged as a noun: it counts only
   * right after its number ("2,412 martyrs"), since news also uses it as a figure of speech
   * ("one of the metric martyrs").
   */
  boolean bareOnly(String lemma, String tag) {
    return tag != null && tag.startsWith("NN") && lemma != null && bare.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * The state that noun {@code w} of harm-nouns.txt marked {@code under} names after "under",
   * people only ("four had been put under house arrest"); null for any other word. The caller
   * checks the preposition.
   */
  Harm underState(IndexedWord w) {
    String lemma = w.lemma() == null ? w.word() : w.lemma();
    return w.tag() != null && w.tag().startsWith("NN") ? under.get(lemma.toLowerCase(Locale.ROOT)) : null;
  }

  /** The entry of a noun for human remains ("bodies"), null for any other word. */
  Harm remains(String lemma, String word) {
    Harm h = lookup(lemma, word);
    return h != null && h.kind() == Kind.REMAINS ? h : null;
  }

  /** True for a verb by which remains are found ("recover", "pull", "find"). */
  boolean isFinder(String lemma) {
    return verbOf(lemma, Kind.FINDER) || buries(lemma);
  }

  /** True for a finder of remains that also says its people are dead when people do it ("we buried 38 people": {@link Burials}). */
  boolean buries(String lemma) {
    return verbOf(lemma, Kind.BURIAL);
  }

  /** True for a verb by which remains turn up by themselves, as its subject ("bodies washed ashore"). */
  boolean surfaces(String lemma) {
    return verbOf(lemma, Kind.SURFACE);
  }

  /** Whether verb {@code lemma} is listed with kind {@code kind}. */
  private boolean verbOf(String lemma, Kind kind) {
    Harm h = lemma == null ? null : words.get(lemma.toLowerCase(Locale.ROOT));
    return h != null && h.kind() == kind;
  }

  private Harm lookup(String lemma, String word) {
    Harm h = words.get(lemma.toLowerCase(Locale.ROOT));
    return h != null ? h : words.get(word.toLowerCase(Locale.ROOT));
  }

  /** The fate that word {@code w} gives only after a verb of belief ("believed to be buried"), or null. */
  Harm raised(IndexedWord w) {
    return raised.get(w.word().toLowerCase(Locale.ROOT));
  }

  /** The prepositions after which place word {@code w} of an {@code inOnly} entry counts: "behind" for "bars", else "in" and "into". */
  Set<String> placePrepositions(IndexedWord w) {
    return behind.contains(w.word().toLowerCase(Locale.ROOT)) || w.lemma() != null && behind.contains(w.lemma().toLowerCase(Locale.ROOT))
        ? Set.of("behind") : Set.of("in", "into");
  }

  /** The entry for word {@code w}, by its lemma (its word when it has none): {@link #get}. */
  Harm of(IndexedWord w) {
    return get(w.lemma() == null ? w.word() : w.lemma(), w.word(), w.tag());
  }

  /**
   * The harm that word {@code w} states of its subject when a verb of saying or a relative clause
   * governs it: a state ("dead"), an intransitive ("died") or a passive transitive ("were
   * killed"); null otherwise.
   */
  Harm stated(Deps deps, IndexedWord w) {
    Harm h = of(w);
    boolean states = h != null && (h.kind() == Kind.STATE || h.kind() == Kind.INTRANS
        || h.kind() == Kind.TRANS && deps.child(w, "aux:pass") != null);
    return states ? h : null;
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
    if (h.needsNoun() && counted == null) {
      return false;
    }
    return !h.needsPerson() || counted == null || isPerson(counted.lemma(), counted.tag())
        || counted.tag().equals("PRP") && PLURAL_PERSONAL.contains(counted.lemma().toLowerCase(Locale.ROOT)); // "Six of them were in critical condition"
  }

  boolean isPerson(String lemma, String tag) {
    return persons.contains(lemma) || "NNPS".equals(tag);
  }

  /** True for a kin noun of models/kin-nouns.txt ("children", "husband"). */
  boolean isKin(String lemma) {
    return kin.contains(lemma);
  }

  /** True for an amount that counts people: a bare number ("12 were killed") or a person noun ("12 soldiers"). */
  boolean countsPeople(IndexedWord w) {
    return "CD".equals(w.tag()) || isPerson(w.lemma(), w.tag());
  }

  /** True for a noun for people or kin: "five children", "12 soldiers", not "12 schools". */
  boolean isPeople(IndexedWord noun) {
    return isPerson(noun.lemma(), noun.tag()) || isKin(noun.lemma());
  }
}
