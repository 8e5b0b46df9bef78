package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The things in one document that a later source can refer back to, in document order: the
 * names and source nouns it mentions, the speakers named so far, the untagged groups ("the
 * Houthis") and where each capitalised word is written; and the fullest form of a name among
 * them ("Okoye" → "Lena Okoye"). Kept apart from {@link Sources}, which decides which of them
 * a pronoun or description stands for. Holds per-document state: build one per document, in
 * one thread.
 */
final class Referents {
  /** A name's whole words ("Robert", "Kilroy-Silk"). */
  private static final Pattern WORDS = Pattern.compile("\\s+");
  /** A name's words and the parts of its hyphenated words ("Robert", "Kilroy", "Silk"). */
  private static final Pattern PARTS = Pattern.compile("[\\s-]+");

  /** A thing that can be referred to again: a named entity or an earlier speaker. */
  record Referent(int position, int sentence, String name, String kind, boolean plural, String role, boolean subject) {}

  private final List<Referent> entities = new ArrayList<>();
  private final List<Referent> speakers = new ArrayList<>();
  /** Untagged plural-looking proper nouns after "the" ("the Houthis"): groups that only a described group gives way to. */
  private final List<Referent> groups = new ArrayList<>();
  /** Untagged proper nouns that are the subject of a clause ("OptInRealBig was fighting …"): a body a described body may stand for. */
  private final List<Referent> untaggedSubjects = new ArrayList<>();
  /** Where each capitalised word of the document is written, by its word. */
  private final Map<String, List<Integer>> capitalised = new HashMap<>();
  /** Where a name that is the subject of its sentence's main verb is written ("Mark Oaten has branded …"). */
  private final Set<Integer> leading = new HashSet<>();
  /** Where a word that opens an indefinite noun phrase ("a", "one") is written: a mention starting there introduces someone new. */
  private final Set<Integer> indefinite = new HashSet<>();
  private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");
  /** Tags of the words of a noun phrase that opens a sentence before its verb ("The premier", "Tom Hale"), and quotation marks. */
  private static final Set<String> OPENING_PHRASE = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "POS", "CD", "``", "''");
  /** Pronouns that stand for one person as a sentence's subject. */
  private static final Set<String> HE_SHE = Set.of("he", "she");
  /** Where the subject of each sentence's main clause is written, for sentences whose subject is someone (a name, "he", "the prime minister"). */
  private final Map<Integer, Integer> personSubjects = new HashMap<>();
  /** The names of the agencies credited in the dateline ("Reuters" of "DUBLIN (Reuters) -"). */
  private final Set<String> credited = new HashSet<>();
  private final Genders genders;
  private final Organisations organisations;

  Referents(List<CoreMap> sentences, CueLexicon lexicon, Genders genders, Organisations organisations) {
    this.genders = genders;
    this.organisations = organisations;
    Map<String, String> untaggedPeople = new HashMap<>(); // surname → full name
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel t : tokens) {
        if (Character.isUpperCase(t.word().charAt(0))) { // "Gardener cruised home", tagged as a common noun
          capitalised.computeIfAbsent(t.word(), k -> new ArrayList<>()).add(t.beginPosition());
        }
        if (INDEFINITE.contains(t.word().toLowerCase(Locale.ROOT))) {
          indefinite.add(t.beginPosition());
        }
      }
      SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      CoreLabel someone = personSubject(g, tokens);
      if (someone != null) {
        personSubjects.put(s, someone.beginPosition());
      }
      for (int[] run : NameRuns.untaggedRuns(tokens)) {
        String name = MentionText.text(tokens, run[0], run[1]);
        if (run[1] - run[0] > 1 && Genders.isGivenName(tokens.get(run[0]).word())) {
          untaggedPeople.put(surname(name), name); // "Mark Cuban", which the tagger left untagged
        } else if (run[1] - run[0] == 1 && untaggedPeople.containsKey(name)) {
          name = untaggedPeople.get(name); // "Cuban" after "Mark Cuban"
        } else {
          List<CoreLabel> rt = tokens.subList(run[0], run[1]);
          if (!Genders.isGivenName(rt.get(0).word()) && !SourceWords.isTitle(rt.get(0)) && subject(g, tokens, rt)) {
            untaggedSubjects.add(new Referent(rt.get(0).beginPosition(), s, name, "ORGANIZATION", false, null, true));
          }
          continue;
        }
        List<CoreLabel> mt = tokens.subList(run[0], run[1]);
        entities.add(new Referent(mt.get(0).beginPosition(), s, name, "PERSON", false, null, subject(g, tokens, mt)));
      }
      for (int k = 1; k < tokens.size(); k++) {
        if (group(tokens, k)) { // "the Houthis", left untagged: a group
          CoreLabel t = tokens.get(k);
          groups.add(new Referent(t.beginPosition(), s, t.word(), "ORGANIZATION", true, null, subject(g, tokens, List.of(t))));
        }
      }
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
          List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
          String written = MentionText.text(tokens, mt.get(0).index() - 1, mt.get(mt.size() - 1).index());
          int end = mt.get(mt.size() - 1).index();
          if (end < tokens.size() && NameRuns.endsInCompanyForm(tokens, end + 1)) {
            continue; // "Flughafen Wien" of "Flughafen Wien AG", tagged a person's: the company's name, read with its form
          }
          if (agencyCredit(tokens, mt)) {
            credited.add(written);
            continue;
          }
          // the agency of the dateline wrote the story: "told Reuters", "seen by Reuters" name no one a later "it" stands for
          if (NameRuns.NAME_TAGS.contains(ner) && mt.stream().anyMatch(t -> t.tag().startsWith("NNP")) // names, not "his"
              && !("PERSON".equals(ner) && peerPlace(tokens, mt.get(0).index() - 1)) && !credited.contains(written)) {
            int first = mt.get(0).index() - 1;
            if ("ORGANIZATION".equals(ner)) {
              first = NameRuns.companyNameStart(tokens, first, mt.get(mt.size() - 1).index(), 0); // "Flughafen Wien AG"
            }
            String role = NameRuns.roleBefore(tokens, first);
            int last = mt.get(mt.size() - 1).index();
            while (last > first + 1 && !Character.isLetterOrDigit(tokens.get(last - 1).word().charAt(0))) {
              last--; // "Soros “said …": the name without a quotation mark the tagger took into it
            }
            if ("PERSON".equals(ner) && first > 0 && SourceWords.isPeerage(tokens.get(first - 1))) {
              first--; // "Lord Goldsmith", the title left untagged: a peer is named with it
            }
            if ("PERSON".equals(ner)) {
              int[] own = NameRuns.personal(tokens, first, last);
              role = own[0] > first ? MentionText.text(tokens, first, own[0]) : role;
              first = own[0];
              last = own[1];
            }
            if (role == null && "PERSON".equals(ner)) {
              role = RoleNouns.apposRole(g, tokens, first, last); // "Ana Ruiz, the mayor of Tolva,"
            }
            String name = MentionText.text(tokens, first, last);
            int at = mt.get(0).beginPosition();
            if ("PERSON".equals(ner) && last - first == 1 && !Genders.isGivenName(name) && fullest(name, at, null).equals(name)
                && !organisations.fullest(name, at).equals(name)) {
              ner = "ORGANIZATION"; // "Corvane said" after "Corvane Inc", the short form tagged a person's
            }
            if ("PERSON".equals(ner) && SourceWords.isBodyRole(role)) {
              ner = "ORGANIZATION"; // "Dutch newspaper De Telegraaf", tagged a person's: no "he"
            }
            boolean issuer = "ORGANIZATION".equals(ner) && issuesLeadingDocument(g, mt);
            entities.add(new Referent(at, s, name, ner, false, role, issuer || subject(g, tokens, mt)));
            if (issuer || leadsSentence(g, mt) || rootOpening(g, tokens, mt)) {
              leading.add(mt.get(0).beginPosition());
            }
          }
        }
      }
      if (g != null) {
        for (IndexedWord w : g.vertexSet()) {
          if (w.tag().startsWith("NN") && !w.tag().startsWith("NNP") && "O".equals(w.ner()) && lexicon.isSourceNoun(w.lemma())
              && !namesPerson(g, w)) {
            String phrase = MentionText.modifiersAndHead(g, tokens, w);
            boolean subject = Clauses.rel(g, w).startsWith("nsubj");
            // "The report was drawn up by …. It said …"; "Researchers at … analysed records from 14 countries. They found …"
            boolean antecedentSubject = subject && (SourceWords.isDocument(w.lemma()) || w.tag().equals("NNS"));
            entities.add(new Referent(w.beginPosition(), s, phrase, "NOUN", w.tag().equals("NNS"), null, antecedentSubject));
          }
        }
      }
    }
    entities.sort((a, b) -> Integer.compare(a.position, b.position));
  }

  /** The subject of the main clause of a parsed sentence, or null. */
  private static CoreLabel parsedSubject(SemanticGraph g) {
    IndexedWord root = g.getFirstRoot();
    IndexedWord subject = root == null ? null : Clauses.child(g, root, "nsubj");
    subject = subject != null || root == null ? subject : Clauses.child(g, root, "nsubj:pass");
    return subject == null ? null : subject.backingLabel();
  }

  /**
   * The subject of the sentence's main clause when it is someone: a person's name, "he" or
   * "she", a person's role noun; null otherwise. {@code g} is the sentence's parse, or null. A
   * sentence the parser skipped, or gave a main clause with no subject, gives the noun right
   * before its first verb when only a noun phrase stands before it ("The premier shrugged off …")
   * and that verb's clause is not reported; a closing quotation mark the splitter left at the
   * sentence's start is passed over.
   */
  private static CoreLabel personSubject(SemanticGraph g, List<CoreLabel> tokens) {
    CoreLabel subject = g == null ? null : parsedSubject(g);
    for (int i = 0; subject == null && i < tokens.size() && OPENING_PHRASE.contains(tokens.get(i).tag()); i++) {
      IndexedWord verb = g == null || i + 1 >= tokens.size() ? null : g.getNodeByIndexSafe(i + 2);
      boolean reported = verb != null && "ccomp".equals(Clauses.rel(g, verb)); // "Survivors described a roar …, Edwin Mamani said"
      subject = i + 1 < tokens.size() && tokens.get(i + 1).tag().startsWith("VB") && !reported ? tokens.get(i) : null;
    }
    if (subject == null) {
      return null;
    }
    String lemma = subject.lemma() == null ? subject.word() : subject.lemma();
    boolean someone = "PERSON".equals(subject.ner()) || subject.tag().equals("PRP") && HE_SHE.contains(lemma.toLowerCase(Locale.ROOT))
        || subject.tag().startsWith("NN") && SourceWords.isPersonRole(lemma) && !SourceWords.isBody(lemma);
    return someone ? subject : null;
  }

  /**
   * Whether the main clause of {@code r}'s sentence has someone other than {@code r} for its
   * subject ("The prime minister shrugged off claims from Conservative leader Michael Howard"):
   * a name elsewhere in it is no one the writer brings forward.
   */
  boolean ledByAnother(Referent r) {
    Integer at = personSubjects.get(r.sentence());
    return at != null && (at < r.position() || at >= r.position() + r.name().length());
  }

  /** Whether noun {@code w} is in apposition with a person's name: the person's role ("Ana Ruiz, the chief executive,"), no one else. */
  private static boolean namesPerson(SemanticGraph g, IndexedWord w) {
    IndexedWord parent = "appos".equals(Clauses.rel(g, w)) ? g.getParent(w) : Clauses.child(g, w, "appos");
    return parent != null && "PERSON".equals(parent.ner());
  }

  /**
   * Whether the name at token {@code first}, tagged a person's, is the place of a peer's title
   * ("Lord Nicholls of Birkenhead"): after "of" right after a person's name. No one a later "he" stands for.
   */
  private static boolean peerPlace(List<CoreLabel> tokens, int first) {
    if (first < 2 || !tokens.get(first - 1).word().equals("of")) {
      return false;
    }
    CoreLabel person = tokens.get(first - 2);
    return person.tag().startsWith("NNP") && "PERSON".equals(person.ner());
  }

  /**
   * Whether the name {@code mt} is a dateline's agency credit: in brackets after a place in
   * capitals that opens the sentence ("DUBLIN (Reuters) —", "GOMA, Congo (AP) —"). The agency
   * wrote the story; it is no one a later "it" or "the airline" stands for.
   */
  private static boolean agencyCredit(List<CoreLabel> tokens, List<CoreLabel> mt) {
    int first = mt.get(0).index() - 1;
    int last = mt.get(mt.size() - 1).index();
    String place = tokens.get(0).word();
    return first > 0 && first < 12 && last < tokens.size() && tokens.get(first - 1).word().equals("(") && tokens.get(last).word().equals(")")
        && place.length() > 1 && place.equals(place.toUpperCase(Locale.ROOT)) && Character.isLetter(place.charAt(0));
  }

  /**
   * Whether token {@code k} is a group's name: one untagged proper noun that looks plural, after
   * "the" and before no other proper noun ("the Houthis"); not a nationality ("the Americans").
   */
  private static boolean group(List<CoreLabel> tokens, int k) {
    CoreLabel t = tokens.get(k);
    boolean alone = k + 1 >= tokens.size() || !tokens.get(k + 1).tag().startsWith("NNP");
    return t.tag().startsWith("NNP") && "O".equals(t.ner()) && alone && tokens.get(k - 1).word().equalsIgnoreCase("the")
        && t.word().length() > 3 && t.word().endsWith("s") && Character.isUpperCase(t.word().charAt(0));
  }

  /**
   * Whether the name in tokens {@code mention} is the subject of its clause: by {@code g}, or in
   * a sentence left unparsed, whether it comes before any verb and not right after a preposition.
   */
  private static boolean subject(SemanticGraph g, List<CoreLabel> tokens, List<CoreLabel> mention) {
    if (rootOpening(g, tokens, mention)) {
      return true;
    }
    boolean parsed = false;
    for (CoreLabel t : mention) {
      IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t.index());
      if (w != null && g.getParent(w) != null) {
        parsed = true;
        if (Clauses.rel(g, w).startsWith("nsubj")) {
          return true;
        }
      }
    }
    if (parsed) {
      return false;
    }
    int first = mention.get(0).index() - 1;
    int after = mention.get(mention.size() - 1).index();
    if (first > 0 && tokens.get(first - 1).word().equals(",") && after < tokens.size() && tokens.get(after).word().equals(",")) {
      return false; // "its own internet business, AOL, had …": an apposition, as the parse would say
    }
    for (int i = 0; i < first; i++) {
      String tag = tokens.get(i).tag();
      if (tag.startsWith("VB") || tag.equals("MD")) {
        return false;
      }
    }
    return first == 0 || !(tokens.get(first - 1).tag().equals("IN") || tokens.get(first - 1).tag().equals("TO"));
  }

  /** Remembers {@code r} as a speaker that a later pronoun or description can stand for. */
  void addSpeaker(Referent r) {
    speakers.add(r);
  }

  /** Whether name {@code r} is the subject of its sentence's main verb, not of a clause inside it ("She implied that Trump could …"). */
  boolean leads(Referent r) {
    return leading.contains(r.position());
  }

  /**
   * Whether a name that opens its sentence (after a title or role only) was parsed as the root though a verb
   * follows: "President Ann Roe, who was in the palace when …, appeared on
   * television" is a parse broken by the relative clause, and the name the subject all the same.
   */
  private static boolean rootOpening(SemanticGraph g, List<CoreLabel> tokens, List<CoreLabel> mention) {
    int first = mention.get(0).index() - 1;
    for (int i = 0; i < first; i++) {
      if (!tokens.get(i).tag().startsWith("NNP") && !SourceWords.isTitle(tokens.get(i))) {
        return false; // only a title or a capitalised role before the name: "Lieutenant General"
      }
    }
    for (CoreLabel t : mention) {
      IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t.index());
      if (w != null && w.tag().startsWith("NNP") && g.getRoots().contains(w)) {
        int after = mention.get(mention.size() - 1).index();
        return tokens.subList(after, tokens.size()).stream().anyMatch(v -> v.tag().startsWith("VB"));
      }
    }
    return false;
  }

  /**
   * Whether the name in {@code mention} issues the document that is the subject of its sentence's
   * main verb ("the NIESR report was optimistic …"): the document speaks for the body, so "It
   * said …" next is the body, as if the body had led the sentence.
   */
  private static boolean issuesLeadingDocument(SemanticGraph g, List<CoreLabel> mention) {
    IndexedWord w = g == null ? null : g.getNodeByIndexSafe(mention.get(mention.size() - 1).index());
    IndexedWord document = w == null || !"compound".equals(Clauses.rel(g, w)) ? null : g.getParent(w);
    return document != null && SourceWords.isDocument(document.lemma()) && Clauses.rel(g, document).startsWith("nsubj")
        && g.getRoots().contains(g.getParent(document));
  }

  private static boolean leadsSentence(SemanticGraph g, List<CoreLabel> mention) {
    for (CoreLabel t : mention) {
      IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t.index());
      if (w != null && Clauses.rel(g, w).startsWith("nsubj") && g.getRoots().contains(g.getParent(w))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code r}'s mention opens with an indefinite word: "a village administrator", "one dealer", not "the Tory leader". */
  boolean introduced(Referent r) {
    return indefinite.contains(r.position());
  }

  /** Whether {@code r} is one of the speakers so far. */
  boolean isSpeaker(Referent r) {
    return speakers.contains(r);
  }

  /** The names and source nouns of the document, in document order. */
  List<Referent> entities() {
    return Collections.unmodifiableList(entities);
  }

  /** The name or source noun mentioned last before {@code at} that passes {@code test}; null if none. */
  Referent lastEntity(int at, Predicate<Referent> test) {
    return latest(entities, at, test);
  }

  /** The speaker mentioned last before {@code at} that passes {@code test}; null if none. */
  Referent lastSpeaker(int at, Predicate<Referent> test) {
    return latest(speakers, at, test);
  }

  /** The last untagged proper noun before {@code at} that is a clause's subject in sentence {@code sentence}; null if none. */
  Referent untaggedSubject(int sentence, int at) {
    return latest(untaggedSubjects, at, x -> x.sentence() == sentence);
  }

  /** The untagged group mentioned last before {@code at} that passes {@code test}; null if none. */
  Referent lastGroup(int at, Predicate<Referent> test) {
    return latest(groups, at, test);
  }

  /** The referent of {@code pool} (in document order) mentioned last before {@code at} that passes {@code test}; null if none. */
  private static Referent latest(List<Referent> pool, int at, Predicate<Referent> test) {
    for (int i = pool.size() - 1; i >= 0; i--) {
      Referent r = pool.get(i);
      if (r.position < at && test.test(r)) {
        return r;
      }
    }
    return null;
  }

  /** How many times before {@code at} the document writes the surname of {@code r}, tagged as a name or not ("Gardener cruised home"). */
  int mentionsBefore(Referent r, int at) {
    int n = 0;
    for (int position : capitalised.getOrDefault(surname(r.name), List.of())) {
      n += position < at ? 1 : 0;
    }
    return n;
  }

  /** The last word of {@code name}, after a hyphen too: the tokenizer splits "Henin-Hardenne". */
  private static String surname(String name) {
    String[] words = name.split("[\\s-]+");
    return words[words.length - 1];
  }

  /** {@code r}'s name, in its fullest form if it is an organisation's. */
  String organisation(Referent r) {
    return "ORGANIZATION".equals(r.kind) ? organisations.fullest(r.name, r.position + 1) : r.name;
  }

  /**
   * The fullest form of a person's name, as of {@code position}: "Okoye" → "Lena Okoye". When
   * the document names two people that the short form fits ("Bill Clinton", "Hillary Clinton"),
   * the one named last before {@code position}; the short form itself if neither was named yet.
   * Only people of gender {@code gender} fit, when it is given (by a title or a pronoun).
   */
  String fullest(String name, int position, Genders.Gender gender) {
    String full = fullest(name, position, gender, WORDS);
    // "Kilroy" (a headline's short form) → "Robert Kilroy-Silk": a part of a hyphenated surname, when no name holds the word whole
    return full.equals(name) ? fullest(name, position, gender, PARTS) : full;
  }

  /** {@link #fullest(String, int, Genders.Gender)} with the names' words cut at {@code split}. */
  private String fullest(String name, int position, Genders.Gender gender, Pattern split) {
    List<String> words = List.of(split.split(name));
    List<Referent> fits = new ArrayList<>();
    for (Referent e : entities) {
      List<String> own = List.of(split.split(e.name));
      if ("PERSON".equals(e.kind) && own.size() > words.size() && own.containsAll(words)
          && (gender == null || genders.of(e.name) != (gender == Genders.Gender.MALE ? Genders.Gender.FEMALE : Genders.Gender.MALE))) {
        fits.add(e);
      }
    }
    String best = name;
    for (Referent e : fits) {
      if (split.split(e.name).length > split.split(best).length) {
        best = e.name;
      }
    }
    for (Referent e : fits) {
      if (!List.of(split.split(best)).containsAll(List.of(split.split(e.name)))) {
        return lastBefore(fits, position, name); // two people fit: the one named last
      }
    }
    return best;
  }

  private static String lastBefore(List<Referent> fits, int position, String name) {
    String last = name;
    for (Referent e : fits) { // in document order
      if (e.position < position) {
        last = e.name;
      }
    }
    return last;
  }
}
