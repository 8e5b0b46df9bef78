package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names the source of each attribution in one document, by readable rules instead of
 * coreference: a name is expanded to the fullest form the document gives ("Lin" → "Lin Jian");
 * a title or description beside the name is kept as its role; "he"/"she" is the last person who
 * spoke within a few sentences (else the last person named), "they" the last group or
 * organisation, "it" the last organisation; a bare definite noun ("the spokesman", "the
 * ministry", "the groups") is the last source or name described by that noun. Holds per-document
 * state: build one per document, in one thread.
 */
final class Sources {
  /** How many sentences back a pronoun looks for a speaker before falling back to any name. */
  private static final int PRONOUN_REACH = 3;
  private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION");
  /** Possessive pronouns by their personal form. */
  private static final Map<String, String> PERSONAL = Map.of("his", "he", "her", "she", "their", "they", "its", "it");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  /** Generic nouns for a company or body: "the firm said" stands for the organisation last named. */
  private static final Set<String> ORGANIZATION_NOUNS = Set.of("firm", "company", "bank", "group", "carrier", "airline",
      "retailer", "insurer", "lender", "manufacturer", "broadcaster", "publisher", "corporation");

  /** A thing that can be referred to again: a named entity or an earlier speaker. */
  private record Referent(int position, int sentence, String name, String kind, boolean plural, String context, String role) {}

  /** A resolved source: its canonical name, its role if given, and what kind of thing it is. */
  record Named(String speaker, String role, String kind, boolean plural) {}

  private final List<Referent> entities = new ArrayList<>();
  private final List<Referent> speakers = new ArrayList<>();
  private final Genders genders;

  Sources(List<CoreMap> sentences, CueLexicon lexicon) {
    genders = new Genders(sentences);
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
          List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
          if (NAME_TAGS.contains(ner) && mt.stream().anyMatch(t -> t.tag().startsWith("NNP"))) { // names, not "his"
            int first = mt.get(0).index() - 1;
            String role = roleBefore(tokens, first);
            String name = m.get(CoreAnnotations.TextAnnotation.class);
            entities.add(new Referent(mt.get(0).beginPosition(), s, name, ner, false,
                ((role == null ? "" : role + " ") + name).toLowerCase(Locale.ROOT), role));
          }
        }
      }
      SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (IndexedWord w : g.vertexSet()) {
          if (w.tag().startsWith("NN") && !w.tag().startsWith("NNP") && "O".equals(w.ner()) && lexicon.isSourceNoun(w.lemma())) {
            String phrase = modifiersAndHead(g, tokens, w);
            entities.add(new Referent(w.beginPosition(), s, phrase, "NOUN", w.tag().equals("NNS"), phrase.toLowerCase(Locale.ROOT), null));
          }
        }
      }
    }
    entities.sort((a, b) -> Integer.compare(a.position, b.position));
  }

  /** Names the source of {@code r}, resolving pronouns and bare definite nouns; remembers it as a speaker. */
  Named name(Report r, List<CoreLabel> tokens) {
    SemanticGraph g = r.graph();
    IndexedWord x = r.source();
    int at = r.mentionBegin();
    Named named;
    if (x.tag().equals("PRP") || x.tag().equals("PRP$")) {
      named = pronoun(PERSONAL.getOrDefault(x.word().toLowerCase(Locale.ROOT), x.word().toLowerCase(Locale.ROOT)), at, r.sentence());
    } else {
      named = noun(g, tokens, x, r);
    }
    if ("PERSON".equals(named.kind())) {
      genders.described(named.speaker(), named.role()); // "The spokeswoman, Ana Ruiz," makes Ana Ruiz "she"
    }
    speakers.add(new Referent(at, r.sentence(), named.speaker(), named.kind(), named.plural(),
        ((named.role() == null ? "" : named.role() + " ") + named.speaker()).toLowerCase(Locale.ROOT), named.role()));
    return named;
  }

  private Named noun(SemanticGraph g, List<CoreLabel> tokens, IndexedWord x, Report r) {
    IndexedWord conj = ReportFinder.child(g, x, "conj");
    boolean plural = x.tag().endsWith("S") || (conj != null && conj.tag().startsWith("NN"));
    if (conj != null && conj.tag().startsWith("NN")) { // "Hamas and Fatah"
      return new Named(withoutDeterminer(tokens, r.mentionBegin(), r.mentionEnd()), null, "ORGANIZATION", true);
    }
    int[] run = nameRun(tokens, x.index() - 1, r);
    if (run == null) {
      IndexedWord appos = ReportFinder.child(g, x, "appos"); // "the spokesperson, Lin Jian,"
      IndexedWord dep = ReportFinder.child(g, x, "dep"); // "the activist group Mosul Eye": a name right after the noun
      if (appos != null) {
        run = nameRun(tokens, appos.index() - 1, r);
      } else if (dep != null && dep.tag().startsWith("NNP")) {
        run = nameRun(tokens, dep.index() - 1, r);
        run = run != null && run[0] == x.index() ? run : null;
      }
    }
    IndexedWord det = ReportFinder.child(g, x, "det");
    boolean definite = det != null && DEFINITE.contains(det.word().toLowerCase(Locale.ROOT));
    boolean bare = ReportFinder.child(g, x, "nmod") == null && (run == null || run[1] - run[0] == 1);
    if (run != null) {
      String kind = tokens.get(run[0]).ner();
      String name = text(tokens, run[0], run[1]);
      if ("PERSON".equals(kind)) {
        name = fullest(name, r.mentionBegin(), Genders.titleBefore(tokens, run[0])); // "Mrs. Clinton"
      } else if (definite && bare) {
        Referent earlier = antecedent(x.word(), r.mentionBegin(), false);
        if (earlier != null) {
          return new Named(earlier.name, earlier.role, earlier.kind, earlier.plural);
        }
      }
      String role = roleOf(tokens, r.mentionBegin(), tokens.get(run[0]).beginPosition());
      return new Named(name, role, "O".equals(kind) ? "ORGANIZATION" : kind, plural);
    }
    if (definite && bare) {
      Referent earlier = antecedent(x.lemma(), r.mentionBegin(), true);
      if (earlier == null && ORGANIZATION_NOUNS.contains(x.lemma().toLowerCase(Locale.ROOT))) {
        earlier = latest(entities, r.mentionBegin(), e -> "ORGANIZATION".equals(e.kind)); // the organisation named last
      }
      if (earlier != null) {
        return new Named(earlier.name, earlier.role, earlier.kind, earlier.plural);
      }
    }
    return new Named(modifiersAndHead(g, tokens, x), null, "NOUN", plural);
  }

  /** The last speaker (within reach) or entity before {@code at} that a pronoun can stand for. */
  private Named pronoun(String word, int at, int sentence) {
    if (word.equals("i") || word.equals("we")) {
      // outside quotation marks the first person is the writer, whom the text does not name
      return new Named(word.equals("i") ? "the author" : "the authors", null, "PERSON", word.equals("we"));
    }
    boolean person = word.equals("he") || word.equals("she");
    Referent s = latest(speakers, at, x -> sentence - x.sentence <= PRONOUN_REACH && fits(x, word, person));
    if (s != null) {
      return new Named(s.name, s.role, s.kind, s.plural);
    }
    Referent e = latest(entities, at, x -> fits(x, word, person));
    if (e != null) {
      String name = "PERSON".equals(e.kind) ? fullest(e.name, at, Genders.ofPronoun(word)) : e.name; // "she": Hillary, not Bill Clinton
      return new Named(name, e.role, e.kind, e.plural);
    }
    return new Named(word, null, person ? "PERSON" : "ORGANIZATION", word.equals("they"));
  }

  private boolean fits(Referent r, String pronoun, boolean person) {
    if (person) {
      return "PERSON".equals(r.kind) && genders.fits(r.name, pronoun) && Genders.roleFits(r.role, pronoun);
    }
    if (pronoun.equals("they")) {
      return r.plural || "ORGANIZATION".equals(r.kind);
    }
    return "ORGANIZATION".equals(r.kind) || ("NOUN".equals(r.kind) && !r.plural);
  }

  /** The last speaker, else entity, before {@code at} whose description holds {@code head}. */
  private Referent antecedent(String head, int at, boolean lemma) {
    String h = head.toLowerCase(Locale.ROOT);
    String stem = h.startsWith("spokes") ? "spokes" : h;
    Predicate<Referent> describes = r -> r.context.contains(stem) && !r.name.equalsIgnoreCase(h);
    Referent speaker = latest(speakers, at, describes);
    return speaker != null ? speaker : latest(entities, at, describes);
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

  /** The fullest person name in the document that holds every word of {@code name}. */
  String fullest(String name) {
    return fullest(name, Integer.MAX_VALUE, null);
  }

  /**
   * The fullest form of a person's name, as of {@code position}: "Okoye" → "Lena Okoye". When
   * the document names two people that the short form fits ("Bill Clinton", "Hillary Clinton"),
   * the one named last before {@code position}; the short form itself if neither was named yet.
   * Only people of gender {@code gender} fit, when it is given (by a title or a pronoun).
   */
  private String fullest(String name, int position, Genders.Gender gender) {
    List<String> words = List.of(name.split("\\s+"));
    List<Referent> fits = new ArrayList<>();
    for (Referent e : entities) {
      if ("PERSON".equals(e.kind) && e.name.split("\\s+").length > words.size() && List.of(e.name.split("\\s+")).containsAll(words)
          && (gender == null || genders.of(e.name) != (gender == Genders.Gender.MALE ? Genders.Gender.FEMALE : Genders.Gender.MALE))) {
        fits.add(e);
      }
    }
    String best = name;
    for (Referent e : fits) {
      if (e.name.split("\\s+").length > best.split("\\s+").length) {
        best = e.name;
      }
    }
    for (Referent e : fits) {
      if (!List.of(best.split("\\s+")).containsAll(List.of(e.name.split("\\s+")))) {
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

  /** The run of tokens [from, to) with the same name tag as token {@code i}, inside the mention. */
  private static int[] nameRun(List<CoreLabel> tokens, int i, Report r) {
    String ner = tokens.get(i).ner();
    boolean proper = tokens.get(i).tag().startsWith("NNP");
    if (!NAME_TAGS.contains(ner) && !proper) {
      return null;
    }
    int from = i;
    int to = i + 1;
    while (from > 0 && same(tokens.get(from - 1), ner, proper) && tokens.get(from - 1).beginPosition() >= r.mentionBegin()) {
      from--;
    }
    while (to < tokens.size() && same(tokens.get(to), ner, proper) && tokens.get(to).endPosition() <= r.mentionEnd()) {
      to++;
    }
    return new int[] {from, to};
  }

  private static boolean same(CoreLabel t, String ner, boolean proper) {
    return NAME_TAGS.contains(ner) ? ner.equals(t.ner()) : t.tag().startsWith("NNP") && "O".equals(t.ner());
  }

  /** The words of the mention before the name, without determiners and punctuation; null if none. */
  private static String roleOf(List<CoreLabel> tokens, int mentionBegin, int nameBegin) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() >= mentionBegin && t.endPosition() <= nameBegin && !skipInRole(t)) {
        from = from < 0 ? i : from;
        to = i + 1;
      }
    }
    return from < 0 ? null : text(tokens, from, to);
  }

  private static boolean skipInRole(CoreLabel t) {
    String tag = t.tag();
    return tag.equals("DT") || tag.equals(",") || tag.equals(":") || tag.equals("``") || tag.equals("''");
  }

  /** Up to five description words right before token {@code first}: "Foreign Ministry spokesman". */
  private static String roleBefore(List<CoreLabel> tokens, int first) {
    int from = first;
    while (from > 0 && first - from < 5) {
      String tag = tokens.get(from - 1).tag();
      if (!(tag.startsWith("NN") || tag.equals("JJ") || tag.equals("POS"))) {
        break;
      }
      from--;
    }
    return from == first ? null : text(tokens, from, first);
  }

  /** The head with its left modifiers, without determiners: "14 Palestinian groups". */
  private static String modifiersAndHead(SemanticGraph g, List<CoreLabel> tokens, IndexedWord head) {
    int from = head.index() - 1;
    for (IndexedWord c : g.getChildList(head)) {
      String rel = ReportFinder.rel(g, c);
      if (c.index() < head.index() && (rel.equals("compound") || rel.equals("amod") || rel.equals("nummod") || rel.equals("nmod:poss"))) {
        for (IndexedWord d : g.descendants(c)) {
          from = Math.min(from, d.index() - 1);
        }
      }
    }
    while (from < head.index() - 1 && skipInRole(tokens.get(from))) {
      from++;
    }
    return text(tokens, from, head.index());
  }

  private static String withoutDeterminer(List<CoreLabel> tokens, int begin, int end) {
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
  private static String text(List<CoreLabel> tokens, int from, int to) {
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
