package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.extract.Spans;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.model.Qualifier;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import io.newsclaims.text.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Emits {@code casualty} claims (a number of people harmed, with the harm's category) and
 * {@code count} claims (a number of actors: "14 Palestinian groups", "both sides", with the
 * counted noun's lemma as category) from the parsed sentences, each with its value, qualifier
 * and bounds, the attribution of the attributed span it stands in, and its sentence's place
 * and date. Numbers that name things ("resolution 194"), compound modifiers ("two-state") and
 * numbers in dates, times, money and percentages are never figures. Needs the date claims
 * (for the context) and the attributed spans. Immutable and thread-safe.
 */
public final class FigureExtractor implements Stage {
  /** Relations by which a number modifies the noun it counts, the number standing first. */
  private static final Set<String> COUNTING = Set.of("nummod", "amod", "det");
  /** Relations by which a number standing after a noun names it ("resolution 194", "Smith, 45"). */
  private static final Set<String> NAMING = Set.of("nummod", "compound", "appos", "dep", "nmod", "flat", "amod");

  /** Distributive words before "one": "every one of the dead". */
  private static final Set<String> EVERY = Set.of("every", "each", "any");

  /** Relations by which "both" hangs on the noun it counts. */
  private static final Set<String> BOTH = Set.of("det", "det:predet", "dep", "cc:preconj");

  private final NumberPhrases phrases;
  private final HarmLinker linker;
  private final HarmClauses clauses;
  private final InheritedHarm inherited;
  private final HarmedPart harmedPart;
  private final ExcessVerbs excess;
  private final Map<String, String[]> actors;
  private final Lexicon nameWords;
  private final Lexicon animals;
  private final HarmWords harms;
  private final AdjoiningSource adjoining = new AdjoiningSource();
  private final IllnessStory illnessStory = new IllnessStory();

  public FigureExtractor() {
    this.phrases = new NumberPhrases(Amounts.load());
    this.harms = HarmWords.load();
    this.linker = new HarmLinker(harms);
    this.clauses = new HarmClauses(harms);
    this.inherited = new InheritedHarm(harms);
    this.harmedPart = new HarmedPart(linker);
    this.excess = new ExcessVerbs();
    this.actors = Tables.columns("actor-nouns.txt", 1);
    this.nameWords = Lexicon.load("number-names.txt");
    this.animals = Lexicon.load("animal-nouns.txt");
  }

  @Override
  public String name() {
    return "figures";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.PARSE, Keys.ATTRIBUTION, Keys.DATES);
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.FIGURES);
  }

  @Override
  public Document apply(Document doc) {
    List<Claim> claims = new ArrayList<>();
    List<CoreMap> sentences = doc.parsed().sentences();
    boolean illness = illnessStory.of(sentences);
    for (int s = 0; s < sentences.size(); s++) {
      if (!doc.parsed().isParsed(s)) {
        continue;
      }
      CoreMap sentence = sentences.get(s);
      SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (graph == null) {
        continue;
      }
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<NumberPhrase> found = phrases.find(tokens);
      Set<Integer> numbers = new HashSet<>();
      for (NumberPhrase p : found) {
        for (int i = p.numStart(); i < p.numEnd(); i++) {
          numbers.add(i);
        }
      }
      Deps deps = new Deps(OrphanSubjects.repair(graph, numbers)); // "… and one officer was treated": the lost subject
      List<InheritedHarm.Found> earlier = new ArrayList<>();
      for (NumberPhrase p : found) {
        Claim c = figure(doc, s, tokens, deps, p, earlier, illness);
        if (illness && c != null && ClaimType.CASUALTY.equals(c.type()) && "injured".equals(c.category())) {
          c = c.withCategory("affected"); // in hospital in a story of an illness and of no injury: the illness's
        }
        if (c != null) {
          claims.add(c);
        }
        boolean casualty = c != null && c.type().equals(ClaimType.CASUALTY);
        if (casualty || !insideCasualty(deps, p, earlier)) {
          earlier.add(new InheritedHarm.Found(p.start(), phraseEnd(deps, p), casualty ? c.category() : null));
        }
      }
      claims.addAll(both(doc, s, tokens, deps));
    }
    return doc.plusClaims(claims);
  }

  private Claim figure(Document doc, int s, List<CoreLabel> tokens, Deps deps, NumberPhrase p, List<InheritedHarm.Found> earlier,
      boolean illness) {
    IndexedWord head = head(deps, p);
    if (head == null || compoundModifier(tokens, p) || names(deps, head) || named(tokens, p) || year(tokens, p)
        || ratio(tokens, p) || everyOne(tokens, p)) {
      return null;
    }
    IndexedWord counted = counted(deps, p, head);
    if (animal(counted) || counted == null && animalsBefore(deps, p)) {
      return null; // "About 2,500 dead seals": neither people harmed nor actors
    }
    IndexedWord set = null; // "12 of the 27 countries": a set with a number of its own, counted from only as actors
    if (counted != null && numberBetween(tokens, p.end(), Deps.index(counted))) {
      set = head.equals(deps.parent(counted)) && deps.hasCase(counted, "of") ? counted : null;
      counted = null; // "16 INJURED IN FLORIDA SHOOTING Three people": that noun is another number's
    }
    // "three of the soldiers", "several of the 10 countries": part of a set, not the set's size
    boolean partitive = counted != null && Deps.index(counted) >= p.end() && deps.hasCaseAfter(counted, "of", p.numEnd())
        && (p.value() != null || deps.child(counted, "det") != null || deps.child(counted, "nummod") != null);
    String heldAs = counted == null ? null : linker.resultOfCompound(deps, counted);
    if (heldAs != null) {
      // "took its 25 crew members hostage": the parser joins the result word to the people
      return finish(doc, s, tokens, p.start(), Deps.index(counted) + 1, ClaimType.CASUALTY, heldAs)
          .withValue(integral(p.value()), p.qualifier())
          .withBounds(p.low(), p.high());
    }
    if (counted != null && deps.rel(counted).equals("compound")) {
      IndexedWord whole = deps.parent(counted);
      if (!isActor(deps, whole)) {
        return null; // "two state solution": the counted noun itself only modifies another noun
      }
      counted = whole; // "the 19 member countries", "the 25 EU member countries": the number hangs on the first noun of a compound
    }
    if (counted != null && deps.rel(counted).equals("nmod:poss") && counted.tag().equals("NNS") && !isActor(deps, counted)
        && isActor(deps, deps.parent(counted))) {
      counted = deps.parent(counted); // "Four fishermen's associations": the parser hangs the number on the owners
    }
    String category = linker.category(deps, head, counted);
    if (category == null && counted == null) {
      category = linker.sumOfPeople(deps, p.start()); // "the number of people killed has risen to 45"
    }
    int end = p.end();
    boolean one = p.value() != null && p.value() == 1.0; // "the one imprisoned" is a pronoun
    if (category == null && (counted == null || Deps.index(counted) > end + 1) && end < tokens.size()) {
      String left = linker.leftInState(deps, p.start(), end); // "leaving more than 60 missing, most of them fishermen"
      if (left != null) {
        category = left;
        end = end + 1;
        counted = null; // the noun the parser chose is no part of the figure
      }
    }
    if (counted == null && end < tokens.size() && !one) {
      // "with 300 more injured": "more" between the number and the harm word
      int at = category == null && end + 1 < tokens.size() && tokens.get(end).word().equalsIgnoreCase("more") ? end + 1 : end;
      String nominal = linker.nominal(deps, at); // "the 53 wounded"
      IndexedWord on = nominal == null ? null : deps.parent(deps.node(at));
      boolean onNumber = on != null && on.index() == head.index();
      if (nominal != null && (category == null || onNumber && category.equals(nominal))) {
        category = nominal; // the parser may also hang "dead" on the number: "the estimated 150,000 dead"
        end = at + 1;
      }
    }
    if (category == null && !(one && counted == null)) {
      category = clauses.category(deps, tokens, p.start(), p.end(), head, counted); // "the dead include seven children"
    }
    if (category == null) {
      HarmedPart.Part part = harmedPart.of(deps, tokens, p.start(), p.end()); // "20 of the injured", "Among the dead were …"
      if (part != null) {
        category = part.category();
        end = part.end(); // end is still the amount's own: a word joins it above only with a category
      }
    }
    category = inherited.category(tokens, p.start(), p.end(), counted, p.value() != null, earlier, category); // "…, including 50 children"
    IndexedWord ofWhat = counted == null ? null : deps.child(counted, "nmod");
    if (category == null && illness && counted != null && "case".equalsIgnoreCase(counted.lemma()) && (ofWhat == null || !deps.hasCase(ofWhat, "of"))) {
      category = "affected"; // "has confirmed 117 cases this year" in a story of a disease: its cases, named or not
    }
    if (category == null && illness && counted != null && IllnessStory.caredFor(deps, counted)) {
      category = "affected"; // "31 patients were being treated in hospital" in a story of a disease
    }
    String qualifier = p.qualifier();
    String type = ClaimType.CASUALTY;
    if (category != null) {
      qualifier = excess.qualifier(tokens, p.start(), qualifier); // "has passed 40,000"
    }
    // "four power and water utilities": a singular noun after a number above one is a modifier the parser took for the head
    boolean singular = counted != null && "NN".equals(counted.tag()) && p.value() != null && p.value() > 1;
    if (category == null && !partitive && (counted == null || !isActor(deps, counted) || singular)) {
      int h = PhraseNoun.head(tokens, p.end()); // "The government and 11 aid agencies"
      IndexedWord byTags = h < 0 ? null : deps.node(h);
      counted = byTags != null && isActor(deps, byTags) ? byTags : counted;
    }
    if (category == null) {
      // "Six Nations", "Big Four": a capitalized counted noun inside the sentence is part of a name
      boolean properName = counted != null
          && (counted.tag().startsWith("NNP") || counted.index() > 1 && Character.isUpperCase(counted.word().charAt(0)))
          || quotedName(tokens, p.start(), p.end()); // "the “Big Five” hospitals": the number ends a name in marks
      // "two of the mediating countries" counts two actors; "several of the 10 countries" no number,
      // and the 32 of "22 of the 32 allies" is the whole the part is counted from
      IndexedWord wholeNumber = null;
      if (counted == null && set != null && p.value() != null) {
        counted = set;
        partitive = true;
        wholeNumber = deps.child(set, "nummod");
      }
      boolean vaguePart = partitive && p.value() == null;
      // "several tech companies", "a few firms": an amount that may be under ten gives no number of actors
      boolean few = Qualifier.VAGUE.equals(p.qualifier()) && p.high() != null && p.high() < 10;
      if (counted == null || vaguePart || few || one || properName || !isActor(deps, counted)) {
        return null;
      }
      type = ClaimType.COUNT;
      category = counted.lemma().toLowerCase(Locale.ROOT);
      if (wholeNumber != null && Deps.index(wholeNumber) > p.end()) {
        // "14 of the 16 member states": the part's words stop before the whole, a count of its own
        return finish(doc, s, tokens, p.start(), Deps.index(wholeNumber), type, category)
            .withValue(integral(p.value()), qualifier)
            .withBounds(p.low(), p.high());
      }
    }
    if (counted != null && Deps.index(counted) >= end && Deps.index(counted) - end < 8) {
      end = Deps.index(counted) + 1; // "14 Palestinian groups", "dozens of people"
    }
    return finish(doc, s, tokens, p.start(), end, type, category)
        .withValue(integral(p.value()), qualifier)
        .withBounds(p.low(), p.high());
  }

  /**
   * True when the amount hangs, within a few steps, on a word of an earlier casualty figure of
   * the sentence: "one" in "killed 15 members of one family" is part of that figure's words,
   * not another amount that a later "among them" could name.
   */
  private static boolean insideCasualty(Deps deps, NumberPhrase p, List<InheritedHarm.Found> earlier) {
    IndexedWord w = head(deps, p);
    for (int hops = 0; w != null && hops < 4; hops++) {
      w = deps.parent(w);
      int i = w == null ? -1 : Deps.index(w);
      for (InheritedHarm.Found f : earlier) {
        if (f.category() != null && i >= f.start() && i < f.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The token after the amount's words and its counted noun ("15 members"). */
  private static int phraseEnd(Deps deps, NumberPhrase p) {
    IndexedWord head = head(deps, p);
    IndexedWord counted = head == null ? null : counted(deps, p, head);
    return counted == null ? p.end() : Math.max(p.end(), Deps.index(counted) + 1);
  }

  /**
   * Whether the last counted noun before bare number {@code p} in its sentence is an animal's,
   * which the number then counts again: "killing a total of 91 foxes - only four were killed by
   * hounds".
   */
  private boolean animalsBefore(Deps deps, NumberPhrase p) {
    for (int i = p.start() - 1; i >= 0; i--) {
      IndexedWord w = deps.node(i);
      if (w != null && w.tag() != null && w.tag().startsWith("NN") && deps.child(w, "nummod") != null) {
        return animal(w);
      }
    }
    return false;
  }

  /** True for a lower-case noun of models/animal-nouns.txt ("seals", "cattle"); not "Navy SEALs". */
  private boolean animal(IndexedWord noun) {
    return noun != null && noun.word().equals(noun.word().toLowerCase(Locale.ROOT)) && animals.contains(noun.lemma());
  }

  /**
   * An actor noun of models/actor-nouns.txt, unless marked "notof" and followed by "of" ("sides
   * of the Atlantic"), or marked "notcompound" after a noun ("41 relief camps"); one marked "trade" counts only with a
   * trade or nationality modifier ("three tech giants", "the Spanish giants", "cloud-computing providers"), one
   * marked "modified" only with an adjective that is no harm word or after "the" ("three regional bodies", "the two
   * bodies will merge", not "40 bodies").
   */
  private boolean isActor(Deps deps, IndexedWord noun) {
    String[] cols = actors.get(noun.lemma().toLowerCase(Locale.ROOT));
    if (cols == null) {
      return false;
    }
    List<String> marks = List.of(cols);
    boolean notOf = marks.contains("notof");
    boolean notCompound = marks.contains("notcompound");
    if (marks.contains("trade") && !traded(deps, noun)) {
      return false;
    }
    if (marks.contains("modified") && !modified(deps, noun)) {
      return false; // "three regional bodies", "the two bodies will merge", not "1,600 bodies washed up" nor "two dead bodies"
    }
    return !(notOf && deps.children(noun).stream().anyMatch(
        e -> e.getRelation().toString().equals("nmod") && deps.hasCase(e.getDependent(), "of")))
        && !(notCompound && deps.child(noun, "compound") != null);
  }

  /** Whether {@code noun} has an adjective that is no harm word ("regional", not "dead") or the article "the". */
  private boolean modified(Deps deps, IndexedWord noun) {
    return deps.children(noun).stream().anyMatch(e -> e.getRelation().toString().equals("amod") && harms.of(e.getDependent()) == null
        || e.getRelation().toString().equals("det") && e.getDependent().word().equalsIgnoreCase("the"));
  }

  /** Whether amount tokens [start, end) are a capitalised word that a closing quotation mark follows right away: "“Big Five”". */
  private static boolean quotedName(List<CoreLabel> tokens, int start, int end) {
    return end < tokens.size() && start > 0 && Character.isUpperCase(tokens.get(start).word().charAt(0))
        && tokens.get(end).word().matches("[\"”’']+|''") && tokens.get(end).beginPosition() == tokens.get(end - 1).endPosition();
  }

  /** Lines of business that make a "trade" noun of actor-nouns.txt a firm: "tech giants", "energy providers". */
  private static final Set<String> TRADES = Lexicon.load("trade-words.txt").entries();

  /** A modifier (or its own modifier) naming a trade, a nation ("Spanish", capitalised) or a hyphenated line of business. */
  private static boolean traded(Deps deps, IndexedWord noun) {
    return deps.children(noun).stream().filter(e -> MODIFIERS.contains(e.getRelation().toString()))
        .map(e -> e.getDependent()).anyMatch(m -> trade(m.word()) || hyphenated(deps, m)
            || deps.children(m).stream().anyMatch(e -> MODIFIERS.contains(e.getRelation().toString()) && trade(e.getDependent().word())));
  }

  private static final Set<String> MODIFIERS = Set.of("amod", "compound");

  /** The tokenizer splits "cloud-computing" into "cloud", "-", "computing". */
  private static boolean hyphenated(Deps deps, IndexedWord m) {
    IndexedWord before = deps.node(Deps.index(m) - 1);
    return before != null && before.word().equals("-");
  }

  private static boolean trade(String m) {
    return TRADES.contains(m.toLowerCase(Locale.ROOT)) || Character.isUpperCase(m.charAt(0)) || m.contains("-");
  }

  /**
   * "both sides", "both the big parties": a count of two. The parser hangs "both" on the noun as
   * a determiner, a predeterminer, a loose dependent or a preconjunction; the last is the "both"
   * of "both X and Y" when the noun has a conjunct, which is no count of one noun.
   */
  private List<Claim> both(Document doc, int s, List<CoreLabel> tokens, Deps deps) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      IndexedWord w = deps.node(i);
      if (w == null || !w.word().equalsIgnoreCase("both") || !BOTH.contains(deps.rel(w))) {
        continue;
      }
      IndexedWord noun = deps.parent(w);
      int n = Deps.index(noun);
      if (n > i && n - i < 4 && isActor(deps, noun) && !deps.rel(noun).equals("compound") && deps.child(noun, "conj") == null) {
        claims.add(finish(doc, s, tokens, i, n + 1, ClaimType.COUNT, noun.lemma().toLowerCase(Locale.ROOT))
            .withValue(2L, Qualifier.EXACT));
      }
    }
    return claims;
  }

  private Claim finish(Document doc, int s, List<CoreLabel> tokens, int from, int to, String type, String category) {
    Claim c = doc.attributed(Spans.claim(doc, type, tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition(), s)
        .withCategory(category)
        .withContext(ContextFinder.of(doc, s, tokens, from, to)));
    if (c.attribution() == null) {
      Attribution a = adjoining.of(doc, tokens, from, to); // "…, medics said, among them five children"
      return a == null ? c : c.withAttribution(a);
    }
    return c;
  }

  /** The number word whose governor lies outside the phrase ("million" of "1.2 million"). */
  private static IndexedWord head(Deps deps, NumberPhrase p) {
    for (int i = p.numStart(); i < p.numEnd(); i++) {
      IndexedWord w = deps.node(i);
      if (w == null) {
        continue;
      }
      IndexedWord g = deps.parent(w);
      if (g == null || Deps.index(g) < p.numStart() || Deps.index(g) >= p.numEnd()) {
        return w;
      }
    }
    return null;
  }

  /** True when a number token lies in [{@code from}, {@code to}). */
  private boolean numberBetween(List<CoreLabel> tokens, int from, int to) {
    for (int i = from; i < to && i < tokens.size(); i++) {
      if (phrases.isNumber(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** "two-state", "14-nation", "25-year-old": a number joined by a hyphen to the next word modifies it. */
  private static boolean compoundModifier(List<CoreLabel> tokens, NumberPhrase p) {
    int next = p.numEnd();
    if (next + 1 >= tokens.size()) {
      return false;
    }
    CoreLabel hyphen = tokens.get(next);
    return (hyphen.word().equals("-") || "HYPH".equals(hyphen.tag()))
        && hyphen.beginPosition() == tokens.get(next - 1).endPosition()
        && tokens.get(next + 1).beginPosition() == hyphen.endPosition();
  }

  /** "top 10", "route 6": a number right after a word of models/number-names.txt. */
  private boolean named(List<CoreLabel> tokens, NumberPhrase p) {
    return p.start() > 0 && nameWords.contains(tokens.get(p.start() - 1).word());
  }

  /** "one in ten", "3 out of 4": a ratio, not an amount. */
  private boolean ratio(List<CoreLabel> tokens, NumberPhrase p) {
    int b = p.start();
    if (b >= 2 && tokens.get(b - 1).word().equalsIgnoreCase("in") && phrases.isNumber(tokens.get(b - 2)) && !larger(phrases.value(tokens.get(b - 2)), p.value())
        || b >= 3 && tokens.get(b - 1).word().equalsIgnoreCase("of") && tokens.get(b - 2).word().equalsIgnoreCase("out")) {
      return true; // the second number of a ratio
    }
    int i = p.numEnd();
    if (i + 1 < tokens.size() && tokens.get(i).word().equalsIgnoreCase("in")) {
      return phrases.isNumber(tokens.get(i + 1)) && !larger(p.value(), phrases.value(tokens.get(i + 1)));
    }
    return i + 2 < tokens.size() && tokens.get(i).word().equalsIgnoreCase("out")
        && tokens.get(i + 1).word().equalsIgnoreCase("of") && phrases.isNumber(tokens.get(i + 2));
  }

  /** Whether {@code a} is known to be larger than {@code b}: "children under 14 in eight of the departments" holds no ratio, "one in five" does. */
  private static boolean larger(Double a, Double b) {
    return a != null && b != null && a > b;
  }

  /** "every one of the dead", "each one of them": one after a distributive word is each member, no amount. */
  private static boolean everyOne(List<CoreLabel> tokens, NumberPhrase p) {
    int b = p.start();
    boolean one = p.value() != null && p.value() == 1.0 && p.numEnd() - p.numStart() == 1;
    return one && b > 0 && EVERY.contains(tokens.get(b - 1).word().toLowerCase(Locale.ROOT));
  }

  /** "1972 killings": four digits with no separator from 1800 to 2099 are a year the NER missed. */
  private static boolean year(List<CoreLabel> tokens, NumberPhrase p) {
    if (p.numEnd() - p.numStart() != 1) {
      return false;
    }
    String w = tokens.get(p.numStart()).word();
    return w.matches("(18|19|20)[0-9]{2}");
  }

  /** A number after the noun it depends on names that noun: "resolution 194", "Flight 17", "Smith, 45". */
  private static boolean names(Deps deps, IndexedWord head) {
    IndexedWord g = deps.parent(head);
    if (g == null || g.index() > head.index() || !NAMING.contains(deps.rel(head))) {
      return false;
    }
    boolean noun = g.tag() != null && (g.tag().startsWith("NN") || g.tag().equals("PRP"));
    // "officials from three of the states", "aged six months to 14 years in eight of the 15
    // departments": a preposition makes the number a phrase of its own
    // ("30 victims, including five who …": so does a subset marker)
    return noun && !deps.hasCase(head, "of") && !deps.hasCase(head, "to") && !deps.hasCase(head, "at") && !deps.hasCase(head, "from")
        && !deps.hasCase(head, "in") && !deps.hasCase(head, "including") && !deps.hasCase(head, "among") && !ofPronoun(deps, head);
  }

  /**
   * "nine sailors, four of them with burns": a part of a pronoun is an amount, not a name; "17
   * officers, one of them in serious condition" singles out a person, no new figure.
   */
  private static boolean ofPronoun(Deps deps, IndexedWord head) {
    return !head.word().equalsIgnoreCase("one") && deps.children(head).stream().anyMatch(e -> e.getRelation().toString().equals("nmod")
        && "PRP".equals(e.getDependent().tag()) && deps.hasCase(e.getDependent(), "of"));
  }

  /**
   * The noun the amount counts: "people" in "34,535 people", "dozens of people", "three of the
   * soldiers"; also a noun that a capitalized number word opening the phrase is taken to be a
   * compound of ("Eleven organizations": the tagger reads a sentence-initial "Eleven" as a name).
   */
  private static IndexedWord counted(Deps deps, NumberPhrase p, IndexedWord head) {
    IndexedWord g = deps.parent(head);
    String rel = deps.rel(head);
    boolean counting = COUNTING.contains(rel) || rel.equals("compound") && spelledCapital(head);
    // "wounded about 60 early on Tuesday": a number the parser hangs on an adverb counts nothing
    if (g != null && g.index() > head.index() && counting && isNominal(g) && !deps.rel(g).equals("advmod")) {
      return g;
    }
    IndexedWord w = head;
    for (int hops = 0; hops < 3; hops++) {
      IndexedWord of = null;
      for (SemanticGraphEdge e : deps.children(w)) {
        IndexedWord d = e.getDependent();
        if (e.getRelation().toString().equals("nmod") && d.index() > w.index() && deps.hasCase(d, "of")) {
          of = d;
        }
      }
      if (of == null) {
        return null;
      }
      int i = Deps.index(of);
      if (!(i < p.end() && i >= p.numStart())) {
        return of; // "hundreds of thousands of people": past the amount's own words
      }
      w = of;
    }
    return null;
  }

  /** "Eleven", "Twenty": a number written in capitalized letters. */
  static boolean spelledCapital(IndexedWord w) {
    String word = w.word();
    return Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter) && "NNP".equals(w.tag());
  }

  private static boolean isNominal(IndexedWord w) {
    String tag = w.tag();
    return tag != null && (tag.startsWith("NN") || tag.equals("JJ") || tag.equals("VBN"));
  }

  /** 34535.0 → 34535 (a Long), 1.5 stays a Double, null stays null. */
  static Object integral(Double v) {
    if (v == null) {
      return null;
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) v.longValue() : v;
  }
}
