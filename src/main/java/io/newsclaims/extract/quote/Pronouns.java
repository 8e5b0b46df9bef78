package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.extract.quote.Referents.Referent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Who a pronoun source stands for: "he"/"she" is the last person who spoke within a few
 * sentences (else the last person named, the subject before the object), "they" the last group,
 * organisation or plural source, "it" the last organisation, "I"/"we" the writer; "he" in a
 * fronted clause the main clause's subject, "his" before a source noun ("his office") the
 * subject named before it. Kept apart from {@link Sources}, which names every other kind of
 * source. Holds the document's {@link Referents}: one per document, in one thread.
 */
final class Pronouns {
  /** How many sentences back a pronoun looks for a speaker before falling back to any name. */
  private static final int PRONOUN_REACH = 3;
  /** Possessive and object pronouns ("according to him") by their personal form. */
  static final Map<String, String> PERSONAL =
      Map.of("his", "he", "her", "she", "their", "they", "its", "it", "him", "he", "them", "they");

  /** Whether {@code name} is a pronoun left as it was written: a speaker no name was found for ("it", "they"). */
  static boolean unresolved(String name) {
    return PERSONAL.containsValue(name);
  }

  private final Referents referents;
  private final Genders genders;
  /** The document's quotations: a name inside one is in a speaker's words, no one the writer's "he" refers to. */
  private final List<QuoteMarks.Found> quotes;

  /** Whether each sentence opens inside a quotation: a speaker's words, which a pronoun's reach does not count. */
  private final boolean[] quoted;

  Pronouns(Referents referents, Genders genders, List<QuoteMarks.Found> quotes, List<CoreMap> sentences) {
    this.referents = referents;
    this.genders = genders;
    this.quotes = quotes;
    quoted = new boolean[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      for (CoreLabel t : sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)) {
        if (Character.isLetterOrDigit(t.word().charAt(0))) {
          quoted[s] = TokenRanges.insideQuote(t.beginPosition(), quotes);
          break;
        }
      }
    }
  }

  /**
   * How many sentences lie from {@code from} to {@code to}, counting only the writer's: a
   * sentence that opens inside a quotation is no distance. "“…,” said Ann Roe. “A. B. C. D,” she
   * continued" is in reach of Ann Roe however long her quotation; "he replied: “A. B. C.” The
   * prime minister shrugged off claims from Mr Howard. He said …" is two sentences from the reply.
   * For "he"/"she" only: "it" and "they" keep to the bodies named lately.
   */
  private int distance(int from, int to) {
    int count = Math.min(to - from, 1);
    for (int s = Math.max(0, from + 1); s < to && s < quoted.length; s++) {
      if (!quoted[s]) {
        count++;
      }
    }
    return count;
  }

  /**
   * "Even as he accused X of Y, Giuliani would not …": "he" or "she" in a fronted subordinate
   * clause stands for the person named as the main clause's subject, when the gender fits; null
   * if there is none.
   */
  String mainSubject(List<CoreLabel> tokens, IndexedWord x, String pronoun) {
    int main = FrontedClause.mainClause(tokens);
    if (!(pronoun.equals("he") || pronoun.equals("she")) || main < 0 || x.beginPosition() >= tokens.get(main).beginPosition()) {
      return null;
    }
    int verb = FrontedClause.verbAfterSubject(tokens, main);
    int from = main;
    while (from < verb && SourceWords.isTitle(tokens.get(from))) {
      from++;
    }
    for (int k = from; k < verb; k++) {
      if (!"PERSON".equals(tokens.get(k).ner())) {
        return null;
      }
    }
    String name = from < verb ? referents.fullest(MentionText.text(tokens, from, verb), tokens.get(from).beginPosition(), Genders.ofPronoun(pronoun)) : null;
    return name != null && genders.fits(name, pronoun) ? name : null;
  }

  /**
   * The person that possessive pronoun {@code poss} ("his", "her") before a source noun ({@code
   * models/source-nouns.txt}: "office", "campaign", "aides") stands for: a person named as a
   * subject earlier in the sentence ("Mr. Sanders is counting on …, which, his advisers believe,
   * …"), else the subject of the sentence before ("Netanyahu cancelled a visit. His office said
   * …"), when the gender fits; null otherwise, and for "its", "their" and the writer's "our".
   */
  String possessor(IndexedWord poss, Report r) {
    String word = PERSONAL.get(poss.word().toLowerCase(Locale.ROOT));
    if ("it".equals(word)) {
      return owningBodyOrPlace(r); // "Russia, which brokered …, was not represented. Its foreign ministry said …"
    }
    if (!"he".equals(word) && !"she".equals(word)) {
      return null;
    }
    Referent subject = referents.lastEntity(r.mentionBegin(), e -> e.sentence() == r.sentence() && e.subject() && fits(e, word, true));
    if (subject == null) {
      subject = referents.lastEntity(r.mentionBegin(), e -> e.sentence() == r.sentence() - 1 && e.subject() && fits(e, word, true));
    }
    return subject == null ? null : referents.fullest(subject.name(), r.mentionBegin(), Genders.ofPronoun(word));
  }

  /**
   * The body or country that "its" before a source noun stands for when it opens a sentence: the
   * subject of the sentence before named by an organisation's or a place's name ("Russia, which
   * brokered …, was not represented. Its foreign ministry said …"); null if none. Inside a sentence
   * "its" is more often a thing's ("Pirates freed a tanker, its owner said").
   */
  private String owningBodyOrPlace(Report r) {
    IndexedWord first = r.graph().getNodeByIndexSafe(1);
    if (first == null || first.beginPosition() != r.mentionBegin()) {
      return null; // not opening its sentence
    }
    Referent subject = referents.lastEntity(r.mentionBegin(), e -> e.subject() && e.sentence() == r.sentence() - 1
        && ("ORGANIZATION".equals(e.kind()) || "LOCATION".equals(e.kind())));
    return subject == null ? null : "ORGANIZATION".equals(subject.kind()) ? referents.organisation(subject) : subject.name();
  }

  /**
   * Who "the latter" or "the former" stands for: the last person or body named within the two
   * sentences before {@code at} outside quotation marks ("Park's predecessor, Choi Min-jae, …. The
   * latter argued …": Choi Min-jae), or the one named before it under another name; the words
   * themselves when no one fits.
   */
  Sources.Named ofPair(String word, int at, int sentence) {
    Predicate<Referent> named = x -> ("PERSON".equals(x.kind()) || "ORGANIZATION".equals(x.kind())) && sentence - x.sentence() <= 2
        && !TokenRanges.insideQuote(x.position(), quotes);
    Referent latter = referents.lastEntity(at, named);
    Referent r = latter == null || word.equals("latter") ? latter
        : referents.lastEntity(latter.position(), named.and(x -> x.kind().equals(latter.kind()) && !latter.name().contains(x.name())));
    if (r == null) {
      return new Sources.Named("the " + word, null, "PERSON", false);
    }
    String name = "PERSON".equals(r.kind()) ? referents.fullest(r.name(), at, null) : referents.organisation(r);
    return new Sources.Named(name, r.role(), r.kind(), r.plural());
  }

  /** The last speaker (within reach) or entity before {@code at} that a pronoun can stand for. */
  Sources.Named standsFor(String word, int at, int sentence) {
    if (word.equals("i") || word.equals("we")) {
      // outside quotation marks the first person is the writer, whom the text does not name
      return new Sources.Named(word.equals("i") ? "the author" : "the authors", null, "PERSON", word.equals("we"));
    }
    boolean person = word.equals("he") || word.equals("she");
    // "The NCDC has activated its centre, which it said would …", "Malaysia condemned the bombing and
    // said it hoped …": after a body or country that is the subject of its own sentence's main verb,
    // "it" in a clause of that sentence is that body, not the last one to speak
    Referent own = !word.equals("it") ? null : referents.lastEntity(at, x -> x.sentence() == sentence && referents.leads(x)
        && ("ORGANIZATION".equals(x.kind()) || "LOCATION".equals(x.kind())) && !TokenRanges.insideQuote(x.position(), quotes));
    if (own != null) {
      String name = "ORGANIZATION".equals(own.kind()) ? referents.organisation(own) : own.name();
      return new Sources.Named(name, own.role(), own.kind(), own.plural());
    }
    Referent found = referents.lastSpeaker(at, x -> (person ? distance(x.sentence(), sentence) : sentence - x.sentence()) <= PRONOUN_REACH && (fits(x, word, person) || describedPerson(x, word)));
    // "“…,” said Tom Hale. In a statement, the ex-minister said …. He said …": a speaker described
    // by a role in the sentence right before comes between the pronoun and the earlier speaker
    Referent between = found == null || !person ? null
        : referents.lastSpeaker(at, x -> x.position() > found.position() && x.sentence() == sentence - 1 && describedRole(x, word));
    Referent s = between != null ? between : found;
    // "A spokesman said …. Party spokesman Mark Oaten has branded …. He said: …": the subject of the
    // sentence before, of the pronoun's gender or of none known ("President Adama Barrow, who …,
    // appeared on television. "…," he said."), named since the speaker spoke and not in a quotation
    // ("Other than its warning …, the NIESR report was optimistic. It said …": for "it", a body named after a speaker's "its")
    Referent since = s == null ? null : referents.lastEntity(at, x -> x.sentence() == sentence - 1
        && (x.sentence() > s.sentence() || !person && x.position() > s.position() && !s.name().contains(x.name()))
        && (referents.leads(x) || person && introducedWithRole(x)) && fits(x, word, person) && genderAllows(x, word)
        && !TokenRanges.insideQuote(x.position(), quotes));
    if (s != null && since == null) {
      return new Sources.Named(s.name(), s.role(), s.kind(), s.plural());
    }
    // the last person named in the writer's words: a name inside a quotation is a speaker's ("“Gordon
    // Brown is a great chancellor.” … “…,” he said" is not Brown's), unless no other fits
    Referent outside = since != null ? since
        : referents.lastEntity(at, x -> fits(x, word, person) && !(person && TokenRanges.insideQuote(x.position(), quotes)));
    if (outside == null && person) {
      // "… to chants of “Marco!,” the senator said …. He noted …": a speaker described by a person's
      // noun in reach, rather than a name only a quotation gives
      outside = referents.lastSpeaker(at, x -> distance(x.sentence(), sentence) <= PRONOUN_REACH && personNoun(x, word));
    }
    Referent last = outside != null ? outside : referents.lastEntity(at, x -> fits(x, word, person));
    Referent e = last;
    if (last != null && !last.subject()) {
      // "Ann Roe lost to Eva Lind. … she said": the subject of the sentence before, not its object;
      // "The report was drawn up by two committees … (DCA). It said …": the report
      Referent subject = referents.lastEntity(at, x -> x.sentence() == last.sentence() && x.subject() && fits(x, word, person));
      e = subject != null ? subject : last;
    } else if (last != null && person && last.sentence() == sentence - 1 && !referents.leads(last)) {
      // "Mr Johnson was asked why Mr Smith had been allowed to resign. He replied: …": the main clause's subject, not a clause's inside it
      Referent main = referents.lastEntity(at, x -> x.sentence() == last.sentence() && referents.leads(x) && fits(x, word, person) && genderAllows(x, word));
      e = main != null ? main : last;
    }
    if (e != null) {
      String name = "PERSON".equals(e.kind()) ? referents.fullest(e.name(), at, Genders.ofPronoun(word)) : referents.organisation(e); // "she": Hillary, not Bill Clinton
      return new Sources.Named(name, e.role(), e.kind(), e.plural());
    }
    // no one named that fits: "The minister said …. “…,” she said" is the minister
    Referent described = person ? referents.lastSpeaker(at, x -> x.sentence() >= sentence - 1 && describedRole(x, word)) : null;
    if (described != null) {
      return new Sources.Named(described.name(), described.role(), described.kind(), false);
    }
    // "Host Esther Rantzen said he was “so lovely” …. “…,” she said": a pronoun after the name gave
    // it the other gender, but it spoke of someone else; with no one else named, the speaker of the
    // sentence right before ("Dr. Okafor said his depot would close. Mr. Adeyemi ran …. She said" finds no one)
    Referent voted = person ? referents.lastSpeaker(at, x -> x.sentence() >= sentence - 1 && "PERSON".equals(x.kind())
        && genders.unmarked(x.name()) && Genders.roleFits(x.role(), word)) : null;
    if (voted != null) {
      return new Sources.Named(referents.fullest(voted.name(), at, null), voted.role(), voted.kind(), false);
    }
    return new Sources.Named(word, null, person ? "PERSON" : "ORGANIZATION", word.equals("they"));
  }

  /**
   * Whether {@code r} is a person named for the first time, with a role ("One dissenting opinion
   * came from Brian Gammage, vice-president of research at analysts Gartner. He said: …"): a
   * writer introduces the next speaker so, wherever the name stands in its sentence, unless
   * someone else is the subject of its main clause.
   */
  private boolean introducedWithRole(Referent r) {
    return "PERSON".equals(r.kind()) && r.role() != null && referents.mentionsBefore(r, r.position()) == 0 && !referents.ledByAnother(r);
  }

  /**
   * Whether speaker {@code r} is one person described by a noun that names a person by its
   * meaning ("the senator", "a farmer") and whose gender, if the noun gives one, is {@code
   * pronoun}'s ("a spokeswoman" is no "he").
   */
  private static boolean personNoun(Referent r, String pronoun) {
    Genders.Gender of = roleGender(r);
    boolean gendered = of == null || of == Genders.ofPronoun(pronoun);
    return "NOUN".equals(r.kind()) && !r.plural() && SourceWords.namesPerson(roleHead(r)) && gendered;
  }

  /** The head of a role noun's name, lower case: "spokesman" of "spokesman for Michael Howard", "member" of "member of the council". */
  private static String roleHead(Referent r) {
    String[] words = r.name().split(" (for|of) ")[0].split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }

  /** The gender a role noun's name gives: its head's, else a role's after a body's name ("Department for Education and Skills spokeswoman"). */
  private static Genders.Gender roleGender(Referent r) {
    String[] all = r.name().toLowerCase(Locale.ROOT).split("\\s+");
    Genders.Gender of = Genders.ofWord(roleHead(r));
    return of != null ? of : Genders.ofWord(all[all.length - 1]);
  }

  /** Whether {@code pronoun} can stand for {@code r}: as a person's ({@code person}) of its gender and role, else as a group's or body's. */
  boolean fits(Referent r, String pronoun, boolean person) {
    if (person) {
      return "PERSON".equals(r.kind()) && genders.fits(r.name(), pronoun) && Genders.roleFits(r.role(), pronoun);
    }
    if (pronoun.equals("they")) {
      return r.plural() || "ORGANIZATION".equals(r.kind());
    }
    return "ORGANIZATION".equals(r.kind()) || ("NOUN".equals(r.kind()) && !r.plural());
  }

  /**
   * Whether speaker {@code r} is one person described by a noun that {@code pronoun} can stand
   * for: of its gender ("the spokeswoman" for "she"), or of none when the noun introduces someone
   * new ("a village administrator who asked not to be named", "one dealer" for "he" or "she";
   * "the Tory leader" is someone named before) in a sentence that names no one else the pronoun
   * fits ("Herman Cain was asked by a caller …. "…," he said"); not "Mrs. Clinton's campaign".
   */
  private boolean describedPerson(Referent r, String pronoun) {
    Genders.Gender g = Genders.ofPronoun(pronoun);
    Genders.Gender of = roleGender(r);
    return g != null && (of == g && "NOUN".equals(r.kind()) && !r.plural() || of == null && referents.introduced(r) && describedRole(r, pronoun));
  }

  /** Whether speaker {@code r} is one person described by a noun for a person or an office, of no other gender than {@code pronoun}'s, in a sentence naming no one else it fits. */
  private boolean describedRole(Referent r, String pronoun) {
    String head = roleHead(r);
    Genders.Gender of = roleGender(r);
    return "NOUN".equals(r.kind()) && !r.plural() && (of == null || of == Genders.ofPronoun(pronoun))
        && (SourceWords.namesPerson(head) || SourceWords.isPersonRole(head)) && !namesOther(r, pronoun);
  }

  /** Whether the sentence of speaker {@code r} names a person that {@code pronoun} fits: the scan of all names, last. */
  private boolean namesOther(Referent r, String pronoun) {
    return referents.lastEntity(Integer.MAX_VALUE, x -> x.sentence() == r.sentence() && fits(x, pronoun, true)) != null;
  }

  /** Whether the gender the document gives {@code x}, if any, is the pronoun's. */
  private boolean genderAllows(Referent x, String pronoun) {
    Genders.Gender g = genders.of(x.name());
    return g == null || g == Genders.ofPronoun(pronoun);
  }
}
