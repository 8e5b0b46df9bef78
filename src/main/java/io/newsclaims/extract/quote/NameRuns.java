package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsclaims.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extends a word of a source's mention to the whole name the sentence writes, as token ranges
 * [from, to): the run of tokens with the same name tag (with the proper nouns before a name that
 * is no person's, "Scotland Yard"), a person's own name without the title's place, post-nominal
 * letters or party word the tagger took into it ("Lord Walker of Gestingthorpe", "Ben Emmerson
 * QC", "Tory Dominic Grieve"), proper nouns the tagger left untagged, and the role words before
 * a name. Kept apart from {@link Sources}, which decides whose name a run is. Immutable and
 * thread-safe.
 */
final class NameRuns {
  /** The name tags of a name a source can have. */
  static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION");
  /** Name tags of a proper noun that may still be a person's: none, or a nationality ("Mark Cuban"). */
  private static final Set<String> UNTAGGED = Set.of("O", "MISC", "NATIONALITY");
  /** Legal forms after a company's name ({@code models/company-forms.txt}): "AG", "plc", "Bhd". */
  private static final Set<String> COMPANY_FORMS = Lexicon.load("company-forms.txt").entries();

  /** Lower-case words that join the words of one organisation's name: "Hostages and Missing Families Forum", "Ain o Salish Kendra". */
  private static final Set<String> CONNECTORS = Set.of("and", "&", "o", "e", "y", "et", "und", "de", "da", "do", "du", "des", "dos");

  private final CueLexicon lexicon;

  NameRuns(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Token ranges [from, to) of proper nouns that the tagger left untagged or took for a nationality. */
  static List<int[]> untaggedRuns(List<CoreLabel> tokens) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size() && UNTAGGED.contains(tokens.get(end).ner())
          && (tokens.get(end).tag().equals("NNP") || end > i && tokens.get(end).tag().equals("NNPS") && end + 1 < tokens.size()
              && tokens.get(end + 1).tag().equals("NNP") && UNTAGGED.contains(tokens.get(end + 1).ner()))) {
        end++; // "Médecins Sans Frontières": a plural proper noun inside the run, tagged so, joins it
      }
      if (end > i) {
        out.add(new int[] {i, end});
      }
      i = Math.max(end, i + 1);
    }
    return out;
  }

  /**
   * The person's own name in name run [from, to): without the place after "of" in a titled
   * name ("Lord Walker of Gestingthorpe"), without post-nominal letters after it ("Ben
   * Emmerson QC", {@code models/post-nominals.txt}) and without a party word before it ("Tory
   * Dominic Grieve", {@code models/affiliation-words.txt}) that the tagger took into the name and
   * that is no given name; at least two words stay.
   */
  static int[] personal(List<CoreLabel> tokens, int from, int to) {
    boolean titled = SourceWords.isTitle(tokens.get(from)) || (from > 0 && SourceWords.isTitle(tokens.get(from - 1)));
    for (int k = from + 1; titled && k < to - 1; k++) {
      if (tokens.get(k).word().equals("of")) {
        to = k; // "Lord Walker of Gestingthorpe", tagged as one name: the place of a peer's title is no part of it
      }
    }
    while (to - from > 1 && SourceWords.isPostNominal(tokens.get(to - 1))) {
      to--;
    }
    CoreLabel first = tokens.get(from);
    if (to - from >= 3 && SourceWords.isAffiliation(first) && !Genders.isGivenName(first.word()) && !SourceWords.isTitle(first)) {
      from++;
    }
    return new int[] {from, to};
  }

  /** A web site's name, which names the business that runs it: "OneStat.com", "Amazon.co.uk". */
  private static final Pattern SITE = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*\\.(com|net|org|co\\.uk)");

  /**
   * Whether the word before token {@code from} is a capitalised adjective of a nation ("German")
   * right after "the", or opening the sentence before a one-word name [from, to) ("Swiss Re said
   * …", "Re" alone tagged).
   */
  private static boolean nationalBefore(List<CoreLabel> tokens, int from, int to) {
    CoreLabel adjective = tokens.get(from - 1);
    boolean opens = from == 1 ? to - from == 1 : tokens.get(from - 2).word().equalsIgnoreCase("the");
    return adjective.tag().equals("JJ") && Character.isUpperCase(adjective.word().charAt(0))
        && ("NATIONALITY".equals(adjective.ner()) || "O".equals(adjective.ner()) || "MISC".equals(adjective.ner())) && opens;
  }

  /**
   * The run of tokens [from, to) with the same name tag as token {@code i}, inside the mention;
   * a name that is no person's also takes the proper nouns before it that the tagger gave another
   * tag or none ("Downing St", "Scotland Yard"), the words a hyphen joins to it ("Copa-Cogeca") and
   * the number that ends it ("AFSCME Local 127").
   */
  int[] nameRun(List<CoreLabel> tokens, int i, Report r) {
    String ner = tokens.get(i).ner();
    boolean proper = tokens.get(i).tag().startsWith("NNP");
    if (!NAME_TAGS.contains(ner) && !proper) {
      return SITE.matcher(tokens.get(i).word()).matches() ? new int[] {i, i + 1} : null; // "OneStat.com", tagged a common noun
    }
    int from = i;
    int to = i + 1;
    while (from > 0 && same(tokens.get(from - 1), ner, proper) && tokens.get(from - 1).beginPosition() >= r.mentionBegin()) {
      from--;
    }
    while (to < tokens.size() && same(tokens.get(to), ner, proper) && tokens.get(to).endPosition() <= r.mentionEnd()) {
      to++;
    }
    from = companyNameStart(tokens, from, to, r.mentionBegin());
    while (from > 1 && hyphened(tokens, from - 1, from - 2, r)) {
      from -= 2; // "Copa-Cogeca", "Rolls-Royce": a name's words joined by a hyphen the tokenizer split off
    }
    while (to + 1 < tokens.size() && hyphened(tokens, to, to + 1, r)) {
      to += 2;
    }
    CoreLabel before = from > 1 ? tokens.get(from - 1) : null; // not the sentence's first word
    if (!NAME_TAGS.contains(ner) && before != null && before.tag().equals("JJ") && ("O".equals(before.ner()) || before.ner().equals(ner))
        && Character.isUpperCase(before.word().charAt(0)) && before.beginPosition() >= r.mentionBegin()) {
      from--; // "the Liberal Democrats", "the Free Democrats": the adjective of an untagged name
    }
    while ("ORGANIZATION".equals(ner) && from > 1 && spelledBefore(tokens, from, to) && tokens.get(from - 1).beginPosition() >= r.mentionBegin()) {
      from--; // "the Japanese Rugby Football Union (JRFU)": the adjective the acronym after the name spells
    }
    if ("ORGANIZATION".equals(ner) && from > 0 && nationalBefore(tokens, from, to) && tokens.get(from - 1).beginPosition() >= r.mentionBegin()) {
      from--; // "the German Chambers of Industry and Commerce", "the German Foreign Ministry": whose body it is
    }
    while ("LOCATION".equals(ner) && from > 0 && "ORGANIZATION".equals(tokens.get(from - 1).ner()) && tokens.get(from - 1).beginPosition() >= r.mentionBegin()) {
      from--; // "NHS England", "BBC Scotland": an organisation's branch named by its place
    }
    if (!NAME_TAGS.contains(ner) && from > 1 && tokens.get(from - 1).tag().equals("POS") && tokens.get(from - 2).tag().startsWith("NNP")
        && "O".equals(tokens.get(from - 2).ner()) && tokens.get(from - 2).beginPosition() >= r.mentionBegin()) {
      from -= 2; // "the Ombudsman's Office", left untagged
    }
    if (!"PERSON".equals(ner) && from > 1 && tokens.get(from - 1).tag().equals("POS") && tokens.get(from - 1).word().matches("['’]")
        && capitalized(tokens.get(from - 2)) && tokens.get(from - 2).beginPosition() >= r.mentionBegin()) {
      from -= 2; // "the Mexican Employers' Confederation": a plural possessive inside a body's name
    }
    boolean written = Character.isUpperCase(tokens.get(from).word().charAt(0)); // not "The Vermont senator", tagged a name
    while (!"PERSON".equals(ner) && written && from > 0 && namePart(tokens.get(from - 1)) && tokens.get(from - 1).beginPosition() >= r.mentionBegin()) {
      from--;
    }
    if (from > 0 && tokens.get(from).word().equals("General") && capitalized(tokens.get(from - 1))
        && tokens.get(from - 1).beginPosition() >= r.mentionBegin()) {
      from--; // "the Attorney General's Office", tagged from "General": the role noun before it names the office with it
    }
    while (!NAME_TAGS.contains(ner) && from > 1 && capitalized(tokens.get(from - 1)) && !SourceWords.isTitle(tokens.get(from - 1))
        && !lexicon.isSourceNoun(tokens.get(from - 1).word()) && tokens.get(from - 1).beginPosition() >= r.mentionBegin()) {
      from--; // "trade publication Screen Daily", "Screen" tagged a common noun and "Daily" a date word: one name
    }
    if (!"PERSON".equals(ner) && !"LOCATION".equals(ner)) {
      while (from > 1 && joined(tokens, from - 1, from - 2, r)) {
        from -= 2; // "the Hostages and Missing Families Forum"
        while (from > 0 && capitalized(tokens.get(from - 1)) && tokens.get(from - 1).beginPosition() >= r.mentionBegin()) {
          from--;
        }
      }
      to = pastApostrophe(tokens, to, r);
      while (to + 1 < tokens.size() && joined(tokens, to, to + 1, r)) {
        to += 2; // "Ain o Salish Kendra", its last words tagged a person's
        while (to < tokens.size() && capitalized(tokens.get(to)) && tokens.get(to).endPosition() <= r.mentionEnd()) {
          to = pastApostrophe(tokens, to + 1, r);
        }
        to = pastApostrophe(tokens, to, r);
      }
    }
    if ("ORGANIZATION".equals(ner) && to + 1 < tokens.size() && tokens.get(to).word().equals("of") && "LOCATION".equals(tokens.get(to + 1).ner())
        && tokens.get(to + 1).endPosition() <= r.mentionEnd()) {
      to += 2; // "the High Court of Justice of Catalonia": the place a body serves, tagged apart from its name
      while (to < tokens.size() && "LOCATION".equals(tokens.get(to).ner()) && tokens.get(to).endPosition() <= r.mentionEnd()) {
        to++;
      }
    }
    to = pastFieldPhrase(tokens, ner, to, r);
    if (to < tokens.size() && tokens.get(to).tag().equals("CD") && !"DATE".equals(tokens.get(to).ner()) && !"PERSON".equals(ner)
        && tokens.get(to).endPosition() <= r.mentionEnd()) {
      to++; // "Lodge No. 4", "AFSCME Local 127": the number that ends an organisation's name
    }
    while (from < i && tokens.get(from).tag().equals("DT")) {
      from++; // "the Court of Appeal", its article tagged with the name
    }
    return new int[] {from, to};
  }

  /**
   * The end of an organisation's name that goes on with "for" or "of" and capitalised words of
   * the mention, which the tagger left out of it: "the Democratic Party for the People", "the
   * Society for the Protection of Birds", "the U.N. Office on Drugs and Crime", also of a body's name left untagged ("the
   * Superintendency of the Environment") or tagged a place's ("the Nigeria Centre for Disease
   * Control"); {@code to} when none follows.
   */
  private static int pastFieldPhrase(List<CoreLabel> tokens, String ner, int to, Report r) {
    boolean untagged = "O".equals(ner) && tokens.get(to - 1).tag().startsWith("NNP");
    // "the Nigeria Centre for Disease Control": a place's name before "for" and words tagged an
    // organisation's is that organisation's name, mistagged
    boolean mistagged = "LOCATION".equals(ner) && to + 1 < tokens.size() && tokens.get(to).word().equals("for")
        && "ORGANIZATION".equals(tokens.get(to + 1).ner());
    if (!("ORGANIZATION".equals(ner) || untagged || mistagged) || to + 1 >= tokens.size() || !tokens.get(to).word().matches("for|of|on")) {
      return to;
    }
    int k = to + 1;
    if (tokens.get(k).word().equals("the")) {
      k++;
    }
    int end = k;
    while (end < tokens.size() && capitalized(tokens.get(end)) && !"PERSON".equals(tokens.get(end).ner()) && !"DATE".equals(tokens.get(end).ner())
        && tokens.get(end).endPosition() <= r.mentionEnd()) {
      end++;
      if (end + 1 < tokens.size() && tokens.get(end).word().matches("of|and") && capitalized(tokens.get(end + 1))
          && tokens.get(end + 1).endPosition() <= r.mentionEnd()) {
        end++; // "… for the Protection of Birds", "the U.N. Office on Drugs and Crime"
      }
    }
    return end > k && !tokens.get(end - 1).word().matches("of|and") ? end : to;
  }

  /**
   * Whether the capitalised word before name [from, to) belongs to it by the acronym in
   * parentheses right after it: "(JRFU)" spells "Japanese" with "Rugby Football Union".
   */
  private static boolean spelledBefore(List<CoreLabel> tokens, int from, int to) {
    if (to + 2 >= tokens.size() || !tokens.get(to).word().matches("\\(|-LRB-") || !tokens.get(to + 2).word().matches("\\)|-RRB-")) {
      return false;
    }
    String acronym = tokens.get(to + 1).word();
    CoreLabel before = tokens.get(from - 1);
    if (!acronym.matches("[A-Z]{3,8}") || !Character.isUpperCase(before.word().charAt(0)) || !before.tag().matches("JJ|NNP|NNPS")) {
      return false;
    }
    String spelled = Organisations.initials(MentionText.text(tokens, from - 1, to));
    return acronym.equals(spelled);
  }

  /** A proper noun that can open a name that is no person's: no person's name, title, party word or role ("Watchdog"). */
  private boolean namePart(CoreLabel t) {
    return t.tag().startsWith("NNP") && !"PERSON".equals(t.ner()) && Character.isUpperCase(t.word().charAt(0)) && !SourceWords.isTitle(t)
        && !SourceWords.isAffiliation(t) && !SourceWords.isPostNominal(t) && !lexicon.isSourceNoun(t.word());
  }

  /**
   * Past the apostrophe at {@code to} of a plural possessive inside a name, when a word of the
   * mention follows: "the Office of Miners' and Ex-Miners' Pensions".
   */
  private static int pastApostrophe(List<CoreLabel> tokens, int to, Report r) {
    boolean apostrophe = to + 1 < tokens.size() && (tokens.get(to).tag().equals("POS") && tokens.get(to).word().matches("'|’")
        || TokenRanges.pluralPossessive(tokens, to));
    return apostrophe && capitalized(tokens.get(to - 1)) && tokens.get(to + 1).endPosition() <= r.mentionEnd() ? to + 1 : to;
  }

  /** Whether token {@code link} is a connector inside a name ("and", "&", "o", "de") with a capitalized word at {@code other}, both in the mention. */
  private static boolean joined(List<CoreLabel> tokens, int link, int other, Report r) {
    CoreLabel c = tokens.get(link);
    CoreLabel o = tokens.get(other);
    return CONNECTORS.contains(c.word()) && capitalized(o) && Math.min(c.beginPosition(), o.beginPosition()) >= r.mentionBegin()
        && Math.max(c.endPosition(), o.endPosition()) <= r.mentionEnd();
  }

  /** Whether the run ending before 0-based token {@code to} ends in a company's legal form with a capital ("AG", "Ltd"). */
  static boolean endsInCompanyForm(List<CoreLabel> tokens, int to) {
    String w = tokens.get(to - 1).word();
    return to > 1 && Character.isUpperCase(w.charAt(0)) && COMPANY_FORMS.contains(w.toLowerCase(Locale.ROOT));
  }

  /**
   * The start of run [from, to) taken back over the proper nouns before it, none beginning before
   * UTF-16 index {@code floor}, when the run ends in a company's legal form: "Flughafen Wien AG",
   * whatever the tagger made of "Flughafen Wien"; {@code from} otherwise.
   */
  static int companyNameStart(List<CoreLabel> tokens, int from, int to, int floor) {
    int start = from;
    while (start > 0 && endsInCompanyForm(tokens, to) && tokens.get(start - 1).tag().startsWith("NNP")
        && tokens.get(start - 1).beginPosition() >= floor) {
      start--;
    }
    return start;
  }

  /** Whether token {@code hyphen} is a hyphen written with no space between a name's word and the capitalised word at {@code other}, both in the mention. */
  private static boolean hyphened(List<CoreLabel> tokens, int hyphen, int other, Report r) {
    CoreLabel o = tokens.get(other);
    CoreLabel near = tokens.get(other < hyphen ? hyphen + 1 : hyphen - 1);
    return TokenRanges.glued(other < hyphen ? o : near, tokens.get(hyphen), other < hyphen ? near : o)
        && Character.isUpperCase(o.word().charAt(0)) && o.tag().startsWith("NN")
        && o.beginPosition() >= r.mentionBegin() && o.endPosition() <= r.mentionEnd();
  }

  /** A noun written with a capital inside the sentence: a word of a name, though tagged a common noun ("Detainees"). */
  private static boolean capitalized(CoreLabel t) {
    return t.tag().startsWith("NN") && Character.isUpperCase(t.word().charAt(0)) && t.index() > 1;
  }

  private static boolean same(CoreLabel t, String ner, boolean proper) {
    return NAME_TAGS.contains(ner) ? ner.equals(t.ner()) : t.tag().startsWith("NNP") && "O".equals(t.ner());
  }

  /** The words of the mention before the name, without determiners and punctuation; null if none. */
  static String roleOf(List<CoreLabel> tokens, int mentionBegin, int nameBegin) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() >= mentionBegin && t.endPosition() <= nameBegin && !MentionText.skipInRole(t)) {
        from = from < 0 ? i : from;
        to = i + 1;
      }
    }
    // "the unit's director, Dr. Nirmala Fernando": the title after the role's comma is the name's
    while (to > from + 1 && from >= 0 && SourceWords.isTitle(tokens.get(to - 1)) && tokens.get(to - 2).word().equals(",")) {
      to -= 2;
    }
    if (to == from + 1 && SourceWords.isTitle(tokens.get(from))) {
      return null; // "Mr Mendis": a title is the name's, no role
    }
    if (from >= 0 && tokens.get(to - 1).tag().equals("CC")) {
      return null; // "Board members Haruka Ota and Shingo Ueda": another name joined before this one, no role of its own
    }
    return from < 0 ? null : MentionText.text(tokens, from, to);
  }

  /**
   * Whether the words of a mention before its name, from {@code mentionBegin} to {@code nameBegin},
   * are a place's possessive alone ("Saudi Arabia's" of "Saudi Arabia's Finance Ministry").
   */
  static boolean placeOwner(List<CoreLabel> tokens, int mentionBegin, int nameBegin) {
    List<CoreLabel> words = tokens.stream()
        .filter(t -> t.beginPosition() >= mentionBegin && t.endPosition() <= nameBegin && !MentionText.skipInRole(t)).toList();
    int n = words.size();
    return n >= 2 && words.get(n - 1).tag().equals("POS")
        && words.subList(0, n - 1).stream().allMatch(t -> t.tag().startsWith("NNP") && "LOCATION".equals(t.ner()));
  }

  /** Up to five description words right before token {@code first}: "Foreign Ministry spokesman". */
  static String roleBefore(List<CoreLabel> tokens, int first) {
    int from = first;
    while (from > 0 && first - from < 5) {
      String tag = tokens.get(from - 1).tag();
      if (!(tag.startsWith("NN") || tag.equals("JJ") || tag.equals("POS"))) {
        break;
      }
      from--;
    }
    return from == first ? null : MentionText.text(tokens, from, first);
  }
}
