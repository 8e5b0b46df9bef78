package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsclaims.text.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds the words that stand for a source without naming it: titles before a person's name
 * ({@code models/person-titles.txt}) and letters after it ({@code models/post-nominals.txt}), party words before it
 * ({@code models/affiliation-words.txt}), descriptions that refer again to a person already named
 * ("the MEP", "the 22-year-old", "the mother-of-nine", {@code models/person-epithets.txt}) and
 * documents that speak for their issuer ({@code models/document-nouns.txt}), generic nouns for a
 * company or body ({@code models/organisation-nouns.txt}: "the firm said"), and the qualifiers that
 * make an office another one ({@code models/office-qualifiers.txt}: "shadow chancellor"). Stateless and
 * thread-safe.
 */
final class SourceWords {
  private static final Set<String> TITLES = Lexicon.load("person-titles.txt").entries();
  private static final Set<String> EPITHETS = Lexicon.load("person-epithets.txt").entries();
  private static final Set<String> DOCUMENTS = Lexicon.load("document-nouns.txt").entries();
  private static final Set<String> ISSUING = Lexicon.load("issuing-verbs.txt").entries();
  private static final Set<String> OFFICE_QUALIFIERS = Lexicon.load("office-qualifiers.txt").entries();
  private static final Set<String> POST_NOMINALS = Lexicon.load("post-nominals.txt").entries();
  private static final Lexicon AFFILIATION_WORDS = Lexicon.load("affiliation-words.txt");
  private static final Set<String> AFFILIATIONS = AFFILIATION_WORDS.entries();
  /** One party's other words, as one: "GOP" is "Republican", "Tories" "Tory". */
  private static final Map<String, String> PARTY_NAMES = AFFILIATION_WORDS.column(1);
  /** Generic nouns for a company or body: "the firm said" stands for the organisation last named ({@code models/organisation-nouns.txt}). */
  private static final Set<String> ORGANISATION_NOUNS = Lexicon.load("organisation-nouns.txt").entries();
  private static final Set<String> PERSON_NOUNS = Lexicon.load("person-nouns.txt").entries();
  /** Kin nouns: "a cousin of one of the drivers" is a person, whom a later "he" can stand for. */
  private static final Set<String> KIN_NOUNS = Lexicon.load("kin-nouns.txt").entries();
  private static final Lexicon SOURCE_NOUNS = Lexicon.load("source-nouns.txt");
  /** Source nouns for institutions and collectives, marked "body" in {@code models/source-nouns.txt}: "government", "ministry". */
  private static final Set<String> BODIES = SOURCE_NOUNS.marked(1, "body");
  /** Benches and panels before which evidence is given, marked "bench" there: what "has heard" something. */
  private static final Set<String> BENCHES = SOURCE_NOUNS.marked(2, "bench");
  /** Documents and evidence, marked "record" there: what "shows" something. */
  private static final Set<String> RECORDS = SOURCE_NOUNS.marked(1, "record");
  /** Nouns for human remains ("body", "remains"): the harm lexicon's {@code remains} entries. */
  private static final Set<String> REMAINS = Lexicon.load("harm-words.txt").marked(2, "remains");
  /** An agent noun's ending: "analyst", "fisherman", "spokesperson". */
  private static final Pattern AGENT = Pattern.compile("[a-z-]{2,}(ist|man|woman|person)");
  /** The titles of peers, a closed set. */
  private static final Set<String> PEERAGE = Set.of("lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess", "marquess");
  /** Determiners that open a description of someone already named: "the singer", "her pop star son". */
  private static final Set<String> OPENERS = Set.of("the", "his", "her", "their");
  /** The preposition that opens a role's complement: "president of the metropolis", "spokesman for UKIP". */
  static final Pattern ROLE_PREPOSITION = Pattern.compile("\\s(for|of|at|with|in|from|to|on)\\s");
  /** Where a role's complement starts: "lawyer for the company", "editor of the paper", or a comma. */
  private static final Pattern ROLE_COMPLEMENT = Pattern.compile(ROLE_PREPOSITION.pattern() + "|,");
  /** An age as a description: "22-year-old", "two-year-old". */
  private static final Pattern AGE = Pattern.compile("(?i)\\b[\\w]+-years?-old\\b");
  /** A kin word with a count: "mother-of-nine", "father-of-two". */
  private static final Pattern KIN_OF = Pattern.compile("(?i)\\b(mother|father|grandmother|grandfather|mum|dad)-of-[\\w]+\\b");

  private SourceWords() {}

  /** Whether {@code t} is a title written before a name ("Ms", "Dr.", "Sen."). */
  static boolean isTitle(CoreLabel t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return TITLES.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
  }

  /** Whether lower-case {@code word} is a title written before a name ("mr", "dr."). */
  static boolean isTitleWord(String word) {
    return TITLES.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
  }

  /** Whether {@code t} is a peer's title ("Lord", "Baroness"), which stays part of the name: "Lord Goldsmith" is not "Goldsmith". */
  static boolean isPeerage(CoreLabel t) {
    return PEERAGE.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** Whether {@code lemma} is a noun for people of {@code models/person-nouns.txt} ("nurse", "dealer"). */
  static boolean isPersonNoun(String lemma) {
    return PERSON_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code noun}, a lower-case head noun, names a person by its meaning: a person noun
   * ({@code models/person-nouns.txt}: "dealer", "administrator"), an epithet, a gendered word, or
   * an agent noun ("analyst", "fisherman") that names no company, document or newspaper.
   */
  static boolean namesPerson(String noun) {
    if (PERSON_NOUNS.contains(noun) || KIN_NOUNS.contains(noun) || EPITHETS.contains(noun) || Genders.ofWord(noun) != null) {
      return true;
    }
    return AGENT.matcher(noun).matches() && !ORGANISATION_NOUNS.contains(noun) && !DOCUMENTS.contains(noun) && !Newspapers.isPressNoun(noun);
  }

  /** Whether {@code t} is post-nominal letters written after a person's name ("QC", "MP", "OBE"). */
  static boolean isPostNominal(CoreLabel t) {
    return POST_NOMINALS.contains(t.word().toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** Whether {@code t} is a party or movement word written before a name as a description ("Tory", "Democrat"). */
  static boolean isAffiliation(CoreLabel t) {
    return isAffiliation(t.word());
  }

  /** Whether {@code word} is a party or movement word ("Tory", "Conservative"), case aside. */
  static boolean isAffiliation(String word) {
    return AFFILIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word} makes the office after it another one ("shadow", "deputy", "former"): "the chancellor" is not the shadow chancellor. */
  static boolean isOfficeQualifier(String word) {
    return OFFICE_QUALIFIERS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code lemma} names a document or finding ("review", "survey", "forecasts"). */
  static boolean isDocument(String lemma) {
    return DOCUMENTS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code lemma} issues a document whose "by" phrase names its issuer ("compiled", "published"), not one that only reads it ("seen"). */
  static boolean isIssuing(String lemma) {
    return ISSUING.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code lemma} names human remains: "police found the body" finds no statement. */
  static boolean isRemains(String lemma) {
    return REMAINS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code lemma} is a bench or panel before which something is said ("court", "jury", "inquiry"). */
  static boolean isBench(String lemma) {
    return BENCHES.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code lemma} is a document or piece of evidence that can show something ("figures", "video", "records"). */
  static boolean isRecord(String lemma) {
    return RECORDS.contains(lemma.toLowerCase(Locale.ROOT)) || isDocument(lemma);
  }

  /** Whether {@code lemma} is a source noun for a person by office or role ("secretary", "minister"): no body, record or paper. */
  static boolean isPersonRole(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    return SOURCE_NOUNS.entries().contains(l) && !isBody(l) && !isRecord(l) && !Newspapers.isPressNoun(l);
  }

  /** Whether {@code lemma} is a source noun for an institution or collective ("government", "ministry", "firm"). */
  static boolean isBody(String lemma) {
    return BODIES.contains(lemma.toLowerCase(Locale.ROOT)) || isOrganisationNoun(lemma);
  }

  /** Whether {@code lemma} is a generic noun for a company or body ("firm", "agency", "group"). */
  static boolean isOrganisationNoun(String lemma) {
    return ORGANISATION_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code role}'s head is a noun for a body or a newspaper ("Dutch newspaper", "the
   * news agency"): no person's role. Not "a lawyer for the company" (the head comes before its
   * complement) nor an agent noun a person wears too ("publisher", "broadcaster David Dimbleby").
   */
  static boolean isBodyRole(String role) {
    if (role == null || role.isBlank()) {
      return false;
    }
    String[] words = ROLE_COMPLEMENT.split(role.toLowerCase(Locale.ROOT), 2)[0].trim().split("\\s+");
    String head = words[words.length - 1];
    return (isOrganisationNoun(head) && !head.endsWith("er")) || Newspapers.isPressNoun(head);
  }

  /**
   * Whether tokens [from, to) are a definite description of a person already named: opened by
   * "the" or a possessive, holding no name, and either an age ("the 22-year-old 800 metres
   * runner"), a kin word with a count ("the mother-of-nine") or an epithet followed by no other
   * noun than a kin word or another epithet ("the MEP", "her pop star son", "the star of Rain
   * Man"; not "the star's manager"; nor a plural head, "the players").
   */
  static boolean describesPerson(List<CoreLabel> tokens, int from, int to) {
    if (from >= to || !opensDescription(tokens.get(from))) {
      return false;
    }
    if (describesPartyMember(tokens, from, to)) {
      return true;
    }
    StringBuilder text = new StringBuilder();
    boolean epithet = false;
    boolean plural = false;
    for (int i = from + 1; i < to; i++) {
      CoreLabel t = tokens.get(i);
      if (epithet && t.word().equals("of")) {
        // "the star of Rain Man and Tootsie": a work the epithet's person is known by; "the captain
        // of England" is a body's role, someone the text may not have named
        return tokens.subList(i + 1, to).stream().noneMatch(w -> "ORGANIZATION".equals(w.ner()) || "LOCATION".equals(w.ner())
            || "COUNTRY".equals(w.ner()) || "CITY".equals(w.ner()));
      }
      String ner = t.ner();
      if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner) || "LOCATION".equals(ner) || t.tag().equals("POS")) {
        return false;
      }
      if (i > from + 1 && t.beginPosition() > tokens.get(i - 1).endPosition()) {
        text.append(' ');
      }
      text.append(t.word());
      if (t.tag().startsWith("NN")) {
        plural = t.tag().equals("NNS") || t.tag().equals("NNPS");
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        if (EPITHETS.contains(lemma.toLowerCase(Locale.ROOT)) || EPITHETS.contains(t.word().toLowerCase(Locale.ROOT))) {
          epithet = true;
        } else if (epithet && Genders.ofWord(t.word()) == null) {
          epithet = false; // "the star's manager": the description is of someone else
        }
      }
    }
    return !plural && (epithet || AGE.matcher(text).find() || KIN_OF.matcher(text).find());
  }

  /**
   * Whether tokens [from, to) are "the", one or two party words and one person's role noun ("the
   * Tory leader", "the Liberal Democrat leader", "the Republican senator", "The Tory spokesman"):
   * a writer names a party's member this way after naming them, as with an epithet; not a body
   * ("the Labour party").
   */
  static boolean describesPartyMember(List<CoreLabel> tokens, int from, int to) {
    if (to - from < 3 || to - from > 4 || !tokens.get(from).word().equalsIgnoreCase("the")) {
      return false;
    }
    for (int k = from + 1; k < to - 1; k++) {
      if (!isAffiliation(tokens.get(k))) {
        return false; // "the Tory leader", "the Liberal Democrat leader"
      }
    }
    CoreLabel head = tokens.get(to - 1);
    String lemma = (head.lemma() == null ? head.word() : head.lemma()).toLowerCase(Locale.ROOT);
    return head.tag().equals("NN") && "O".equals(head.ner()) && SOURCE_NOUNS.entries().contains(lemma) && !isBody(lemma) && !isRecord(lemma);
  }

  /** The party words of {@code text} ("tory" of "Tory leader"), lower case. */
  static Set<String> affiliations(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (AFFILIATIONS.contains(w)) {
        out.add(PARTY_NAMES.getOrDefault(w, w));
      }
    }
    return out;
  }

  /** Whether {@code t} opens a description of someone already named: "the", "his", "her", "their". */
  static boolean opensDescription(CoreLabel t) {
    return OPENERS.contains(t.word().toLowerCase(Locale.ROOT));
  }
}
