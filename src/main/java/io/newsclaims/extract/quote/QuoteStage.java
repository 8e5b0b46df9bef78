package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.extract.SentenceIndex;
import io.newsclaims.extract.Spans;
import io.newsclaims.model.AttributedSpan;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.model.QuoteInfo;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emits {@code quote} claims with their attribution: each quotation in marks that a cue
 * attributes (its own sentence's cue, or the last speaker's when a whole-sentence quotation runs
 * on with no cue of its own), and each clause of reported speech that holds no quotation.
 * Publishes every attributed stretch, including those of "according to X" and "per X", which
 * are not quote claims, so that later stages give a figure inside one the same attribution.
 * Quotations with no speaker (titles, nicknames, scare quotes) are no claims. Thread-safe.
 */
public final class QuoteStage implements Stage {
  /** Marks that open or close a quotation at a paragraph's edge. */
  private static final String QUOTE_MARKS = "\"“”‘’'";
  /** How many paragraphs a quotation may follow its speaker's last words and still run on. */
  private static final int RUN_ON_PARAGRAPHS = 1;
  /** Reports whose content holds the statements of cues inside it. */
  private static final Set<Report.Kind> NESTING = Set.of(Report.Kind.CLAUSE, Report.Kind.NOMINAL, Report.Kind.NOUN);
  /**
   * Words before a name in marks: "so-called", "dubbed", "called the" ("a formula called the
   * “chained CPI”") and the name a group gives itself ("a group calling itself “Baltic Wolves”").
   */
  private static final Pattern SO_CALLED = Pattern.compile(
      "(?i)(so-called|so called|dubbed|titled|entitled|named|\\bcall(ed|s|ing)? the|\\bcall(ed|s|ing)? (itself|themselves|himself|herself))\\s*$");
  private static final Pattern TITLE_BEFORE = Pattern.compile(
      "(['’]s|\\b(?i:on|of|in|book|show|program|programme|film|movie|album|song|column|series|documentary|podcast|magazine|branded|nicknamed|billed as|known as),?)$");
  /** The small words a title in Title Case keeps in lower case ("State of the Union"). */
  static final Set<String> TITLE_SMALL = Set.of("a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "or", "with", "by", "from", "as", "vs");
  /** Quotation mark characters, skipped where a quotation's edge is read. */
  private static final String MARKS = "\"'“”‘’`";
  private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n|(?<=[.?!:”\"’])[ \\t]*\\n");

  private final CueLexicon lexicon;
  private final boolean passages;
  private final ReportFinder finder;
  private final MarkCues marks;
  private final ContentBounds bounds;

  /**
   * @param passages whether one speaker's quotations in a paragraph, their cue between them, are
   *     one claim (as PolNeAR annotates them) rather than one claim per quotation
   */
  public QuoteStage(CueLexicon lexicon, boolean passages) {
    this.lexicon = lexicon;
    this.passages = passages;
    this.finder = new ReportFinder(lexicon);
    this.marks = new MarkCues(lexicon);
    this.bounds = ContentBounds.load(lexicon);
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.PARSE);
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.ATTRIBUTION);
  }

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    List<CoreMap> sentences = doc.parsed().sentences();
    List<QuoteMarks.Found> quotes = QuoteMarks.find(text).stream().filter(q -> isQuotation(text, q)).toList();
    Sources sources = new Sources(sentences, lexicon, quotes);
    List<Report> reports = new ArrayList<>();
    Map<Report, Attribution> attributions = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      SemanticGraph g = sentences.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g == null || !doc.parsed().isParsed(s)) {
        continue;
      }
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      List<Report> found = withoutGovernorInside(withMarkCues(mergeNominal(bounds.apply(finder.find(s, g, tokens, quotes), g, tokens)), marks.find(s, g, tokens, quotes, text)));
      for (Report r : found) {
        Sources.Named n = sources.name(r, tokens, remembered(r, found));
        if (n.speaker().isBlank() || r.kind() == Report.Kind.SILENT) {
          continue; // a silent cue's speaker is remembered by naming it, and makes no claim
        }
        reports.add(r);
        int[] at = CueSubject.mentionAt(r);
        attributions.put(r, new Attribution(n.speaker(), Spans.ref(doc, r.cueBegin(), r.cueEnd()),
            Spans.ref(doc, at[0], at[1]), n.role(), CueKinds.of(r, lexicon)));
      }
    }
    List<Claim> claims = new ArrayList<>();
    List<AttributedSpan> published = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    for (QuoteMarks.Found q : quotes) {
      items.add(new Item(q.open(), q, null, null));
    }
    for (Report r : reports) {
      items.add(new Item(r.contentBegin(), null, r, null));
    }
    for (int s = 0; s < sentences.size(); s++) {
      Titled t = titled(doc, s, quotes, sources, lexicon);
      if (t != null && !namedAgain(t, s, reports, attributions)) {
        items.add(new Item(t.begin(), null, null, t));
      }
    }
    items.sort((a, b) -> Integer.compare(a.position, b.position));
    Map<QuoteMarks.Found, Report> chosen = new HashMap<>();
    for (QuoteMarks.Found q : quotes) {
      Report r = speakerOf(reportOf(q, reports, quotes, doc), reports, attributions);
      if (r != null) {
        chosen.put(q, r);
      }
    }
    int[] paragraphOf = paragraphs(text);
    Attribution last = null;
    Attribution lastNamed = null; // the last attribution whose mention is no relative pronoun
    int lastParagraph = -10;
    Report lastQuoteReport = null;
    boolean lastWasDirect = false;
    int lastQuoteBegin = -1;
    int lastQuoteClose = -1;
    for (Item item : items) {
      if (item.titled != null) {
        Titled t = item.titled;
        Claim claim = Spans.claim(doc, ClaimType.QUOTE, t.begin(), t.end(), SentenceIndex.of(doc, t.begin()));
        claims.add(claim.withQuote(new QuoteInfo(false, claim.span())).withAttribution(t.attribution()));
        published.add(new AttributedSpan(claim.span(), t.attribution()));
        last = t.attribution();
        lastNamed = last;
        lastParagraph = paragraphOf[t.end() - 1];
        lastQuoteReport = null;
        lastWasDirect = false;
      } else if (item.quote != null) {
        QuoteMarks.Found q = item.quote;
        Report r = chosen.get(q);
        Attribution a = r == null ? null : attributions.get(r);
        if (a == null) {
          a = headline(doc, q, sources, lexicon);
        }
        if (a == null) {
          a = dashLine(doc, q, sources);
        }
        boolean runsOn = false;
        if (a == null && startsSentence(doc, q)) {
          a = leadSubject(doc, q, reports, quotes, sources, paragraphOf);
        }
        if (a == null && startsSentence(doc, q) && paragraphOf[q.open()] - lastParagraph <= RUN_ON_PARAGRAPHS) {
          a = afterAside(last, lastNamed) ? lastNamed : last; // a quotation that runs on with no cue of its own is the last speaker's
          runsOn = a != null;
          a = runsOn ? a.asStatement() : a; // words in quotation marks are a statement, also after "Ann Roe wants …"
        }
        if (a == null) {
          lastQuoteReport = null;
          lastWasDirect = false;
          continue;
        }
        int[] c = trim(text, q.contentBegin(), q.contentEnd());
        if (r != null && a == attributions.get(r)) {
          boolean holds = holdsStatement(doc, r, q);
          Report whole = r;
          if (!passages) {
            r = ThatClauses.partOf(doc, r, quotes, q.open()); // "said A, but that “B”": the quotation's clause is B
          }
          int lead = QuotedClause.begin(r, holds, q, quotes, c[0], text); // "said it had hit eight posts “in response …”": one statement from "it"
          if (lead < c[0]) {
            c[0] = lead;
            c[1] = q.close() < text.length() && MARKS.indexOf(text.charAt(q.close())) >= 0 ? q.close() + 1 : c[1];
          }
          int tail = QuotedClause.end(r, holds, q, quotes, c[1], text); // "said he had “no idea” if …": the clause goes on after the marks
          if (tail > c[1]) {
            c[0] = Math.min(c[0], q.open()); // both marks in the claim
            c[1] = tail;
          }
          r = whole;
        }
        boolean sameQuotation = passages && r != null && lastQuoteReport != null && r.cueBegin() == lastQuoteReport.cueBegin()
            && r.cueBegin() > lastQuoteClose && r.cueBegin() < q.open() && breaksAt(text, lastQuoteClose)
            && !otherVerbBetween(doc, lastQuoteClose, q.open(), r.cueBegin());
        boolean samePassage = passages && runsOn && lastWasDirect && (paragraphOf[q.open()] == lastParagraph
            || (paragraphOf[q.open()] == lastParagraph + 1 && opensParagraph(text, paragraphOf, lastQuoteBegin)
                && opensParagraph(text, paragraphOf, q.contentBegin())))
            // "“B,” he went on.": a quotation that ends in a comma before a subject and a verb is
            // told by those words, a cue of its own even where the lexicon lacks it
            && !toldAfter(text, q);
        if (sameQuotation || samePassage) {
          // where quote units are passages, a quotation broken by its cue ("“A,” she said, “B.”")
          // is one claim, and so is a passage ("“A,” she said. “B.”"), also when B opens the next
          // paragraph and A opened its own ("“A,” she said.¶“B.”"); two quotations after one cue
          // ("said it was “reckless” and “unfair”") stay two. By default each pair of marks is
          // a claim: annotators of news count "“A,” she said, “B.”" as two quotations
          c[0] = lastQuoteBegin;
          claims.remove(claims.size() - 1);
          published.remove(published.size() - 1);
        }
        for (int[] piece : passages ? List.of(c) : byParagraph(text, c)) {
          Claim claim = Spans.claim(doc, ClaimType.QUOTE, piece[0], piece[1], SentenceIndex.of(doc, piece[0]));
          claims.add(claim.withQuote(new QuoteInfo(true, claim.span())).withAttribution(a));
          published.add(new AttributedSpan(claim.span(), a));
        }
        last = a;
        lastNamed = relative(a) ? lastNamed : a;
        lastParagraph = paragraphOf[Math.max(q.open(), q.close() - 1)];
        lastQuoteReport = r;
        lastWasDirect = true;
        lastQuoteBegin = c[0];
        lastQuoteClose = q.close();
      } else {
        Report r = item.report;
        Attribution a = attributions.get(r);
        if (r.kind() == Report.Kind.OPEN || r.kind() == Report.Kind.DIRECT) {
          continue;
        }
        if (holdsOwnQuote(r, quotes, chosen)) {
          if (r.kind() != Report.Kind.MARKER && !withinQuotation(r, quotes)) {
            // the quotation is the claim, published as such; the clause around it is still the
            // speaker's ("said it had recorded “…”, with at least 21 people reported missing")
            published.add(new AttributedSpan(Spans.span(doc, r.contentBegin(), r.contentEnd()), a));
          }
          if (!passages && !insideOther(r, reports)) {
            for (int[] part : unquotedParts(doc, r, quotes)) {
              // "said A, but that “B”": where quote units are quotations, A is a statement of its own
              Claim claim = Spans.claim(doc, ClaimType.QUOTE, part[0], part[1], r.sentence());
              claims.add(claim.withQuote(new QuoteInfo(false, claim.span())).withAttribution(a));
            }
          }
          continue;
        }
        published.add(new AttributedSpan(Spans.span(doc, r.contentBegin(), r.contentEnd()), a, r.kind() == Report.Kind.MARKER));
        if (r.kind() == Report.Kind.MARKER) {
          // "according to X": a quote claim only where no figure carries it (SourcedFactStage); a
          // quotation that runs on after it with no cue of its own is X's when X is named ("The
          // problem, according to Mr Lane, is … “I have a new slogan.”"), not a record's ("according to its own research")
          if (r.source() != null && r.source().tag().startsWith("NNP")) {
            last = a;
            lastNamed = a;
            lastParagraph = paragraphOf[r.contentEnd() - 1];
            lastQuoteReport = null;
            lastWasDirect = false;
          }
          continue;
        }
        if (insideOther(r, reports)) {
          continue; // "Lee said he supports the plan": the clause is Lee's statement, not a second claim
        }
        lastQuoteReport = null;
        lastWasDirect = false;
        for (int[] part : ThatClauses.parts(doc, r, quotes)) { // "said A and that B": two statements, a claim each
          Claim claim = Spans.claim(doc, ClaimType.QUOTE, part[0], part[1], r.sentence());
          claims.add(claim.withQuote(new QuoteInfo(false, claim.span())).withAttribution(a));
        }
        last = a;
        lastNamed = relative(a) ? lastNamed : a;
        lastParagraph = paragraphOf[r.contentEnd() - 1];
      }
    }
    List<Claim> out = passages ? PassageClaims.join(doc, claims, (from, to, cue) -> otherVerbBetween(doc, from, to, cue)) : claims;
    return doc.plusClaims(out).plusAttributed(published);
  }

  /** A subject (a personal pronoun or a capitalised name) and a lower-case word right after a closing mark: "he went on". */
  private static final Pattern SUBJECT_VERB = Pattern.compile("\\s*(?:he|she|they|we|I|[A-Z][\\p{L}'’.-]*(?: [A-Z][\\p{L}'’.-]*){0,3}) \\p{Ll}+\\b.*", Pattern.DOTALL);

  /**
   * Whether quotation {@code q} ends in a comma and is followed by a subject and a verb ("“…,” he
   * went on."), which tell it whether or not the lexicon knows the verb.
   */
  private static boolean toldAfter(String text, QuoteMarks.Found q) {
    return text.substring(q.contentBegin(), q.contentEnd()).stripTrailing().endsWith(",")
        && SUBJECT_VERB.matcher(text.substring(Math.min(text.length(), q.close() + 1), Math.min(text.length(), q.close() + 80))).matches();
  }

  private record Item(int position, QuoteMarks.Found quote, Report report, Titled titled) {}

  /** A statement after a name and a colon, in no quotation marks: its range and attribution. */
  private record Titled(int begin, int end, Attribution attribution) {}

  /**
   * "Marco Rubio: Retirement accounts Two years ago, Senator Marco Rubio proposed …": a heading
   * run into the text that names its person again at a cue of his own; that cue attributes the
   * text, not the heading.
   */
  private static boolean namedAgain(Titled t, int s, List<Report> reports, Map<Report, Attribution> attributions) {
    for (Report r : reports) {
      if (r.sentence() == s && r.mentionBegin() >= t.begin()
          && attributions.get(r).speaker().equals(t.attribution().speaker())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Bernie Sanders: I'm Not Much Of A Socialist": a sentence that opens with a name and a colon
   * and goes on with words in no quotation marks is that name's statement (the headline and
   * transcript form); null when sentence {@code s} is not of this form.
   */
  private static Titled titled(Document doc, int s, List<QuoteMarks.Found> quotes, Sources sources, CueLexicon lexicon) {
    List<CoreLabel> tokens = doc.parsed().sentences().get(s).get(CoreAnnotations.TokensAnnotation.class);
    int colon = -1;
    for (int i = 0; i < tokens.size() && colon < 0; i++) {
      if (tokens.get(i).word().equals(":")) {
        colon = i;
      }
    }
    int[] name = colon < 0 ? null : name(tokens, colon, lexicon);
    if (name == null) {
      return null;
    }
    int last = tokens.size() - 1;
    while (last > colon && !tokens.get(last).word().matches(".*[\\p{L}\\p{N}].*")) {
      last--;
    }
    int words = 0;
    for (int i = colon + 1; i <= last; i++) {
      words += tokens.get(i).word().matches(".*\\p{L}.*") ? 1 : 0;
    }
    if (words < 3 || (s > 0 && !TokenCues.finiteVerb(tokens, colon + 2, last + 2))) { // 1-based, the words after the colon
      return null; // "Sanders: Win in a walk" below the headline: a section's heading, not his words
    }
    int begin = tokens.get(colon + 1).beginPosition();
    int end = tokens.get(last).endPosition();
    for (QuoteMarks.Found q : quotes) {
      if (q.open() == begin || TokenRanges.insideQuote(tokens.get(colon).beginPosition(), List.of(q))) {
        return null; // a quotation right after the colon is attributed as such; a colon inside one is the quotation's
      }
    }
    return new Titled(begin, end, attribution(doc, tokens, name, colon, sources));
  }

  /**
   * The name before the colon at token {@code colon}: a run of proper nouns of one PERSON or
   * ORGANIZATION entity that opens its sentence, after at most a dash, a bullet or "More from",
   * or a source noun alone ("Poll: Trump a big turnoff for …"); {first, last} token indices, or null.
   */
  private static int[] name(List<CoreLabel> tokens, int colon, CueLexicon lexicon) {
    if (colon < 1) {
      return null;
    }
    CoreLabel only = tokens.get(0);
    if (colon == 1 && only.tag().startsWith("NN") && only.lemma() != null && lexicon.isSourceNoun(only.lemma())) {
      return new int[] {0, 0};
    }
    String ner = tokens.get(colon - 1).ner();
    int first = colon;
    while (first > 0 && tokens.get(first - 1).tag().startsWith("NNP") && ner.equals(tokens.get(first - 1).ner())) {
      first--;
    }
    int given = givenNameRun(tokens, colon);
    if (given >= 0 && given <= first) {
      first = given; // "Mark Cuban: I'd consider a bid", the surname tagged a nationality
      ner = "PERSON";
    }
    for (int i = 0; i < first; i++) {
      if (!tokens.get(i).word().matches("\\p{Punct}+|[–—•]|(?i)more|(?i)from")) {
        return null;
      }
    }
    if (first == colon || (!ner.equals("PERSON") && !ner.equals("ORGANIZATION"))) {
      return null;
    }
    return new int[] {first, colon - 1};
  }

  private static Attribution attribution(Document doc, List<CoreLabel> tokens, int[] name, int colon, Sources sources) {
    return attribution(doc, tokens, name, tokens.get(colon).beginPosition(), tokens.get(colon).endPosition(), sources);
  }

  /**
   * The attribution to the name in tokens {@code name} ({first, last}), a person's in its fullest
   * form, with its cue at UTF-16 [{@code cueBegin}, {@code cueEnd}): a colon, a dash.
   */
  private static Attribution attribution(Document doc, List<CoreLabel> tokens, int[] name, int cueBegin, int cueEnd, Sources sources) {
    int begin = tokens.get(name[0]).beginPosition();
    int end = tokens.get(name[1]).endPosition();
    String text = doc.text().substring(begin, end);
    boolean person = tokens.get(name[1]).ner().equals("PERSON");
    return new Attribution(person ? sources.fullest(text) : text, Spans.ref(doc, cueBegin, cueEnd), Spans.ref(doc, begin, end), null);
  }

  /**
   * "Coach Ray Lind wants the team to play on clay. “We need …”": the attribution of a quotation
   * with no cue to the person named as the subject of the sentence right before it in its
   * paragraph (or the one before), when that sentence reports nothing and the person has not
   * spoken yet ({@link LeadSubject}); null otherwise.
   */
  private static Attribution leadSubject(Document doc, QuoteMarks.Found q, List<Report> reports, List<QuoteMarks.Found> quotes,
      Sources sources, int[] paragraphOf) {
    int s = SentenceIndex.of(doc, trim(doc.text(), q.contentBegin(), q.contentEnd())[0]) - 1;
    if (s < 0 || reports.stream().anyMatch(r -> r.sentence() == s)) {
      return null;
    }
    List<CoreLabel> tokens = doc.parsed().sentences().get(s).get(CoreAnnotations.TokensAnnotation.class);
    int[] lead = LeadSubject.of(doc.parsed().sentences(), s, quotes);
    if (lead == null || paragraphOf[q.open()] - paragraphOf[tokens.get(tokens.size() - 1).beginPosition()] > RUN_ON_PARAGRAPHS) {
      return null;
    }
    int begin = tokens.get(lead[0]).beginPosition();
    String name = sources.fullest(doc.text().substring(begin, tokens.get(lead[1] - 1).endPosition()));
    if (sources.spoke(name, q.open())) {
      return null;
    }
    CoreLabel verb = tokens.get(lead[2]);
    return new Attribution(name, Spans.ref(doc, verb.beginPosition(), verb.endPosition()),
        Spans.ref(doc, begin, tokens.get(lead[1] - 1).endPosition()), NameRuns.roleBefore(tokens, lead[0]));
  }

  /**
   * "“…,” said Ana Ruiz, who said she would stay. “…”": whether the last cue {@code last} is an
   * aside in a relative clause on the speaker that {@code named} names at a cue of her own; a
   * quotation that runs on after it continues that cue, not the aside.
   */
  private static boolean afterAside(Attribution last, Attribution named) {
    return last != null && named != null && relative(last) && last.speaker().equals(named.speaker());
  }

  /** Whether the mention of {@code a} is a relative pronoun: its cue stands in a relative clause on the source. */
  private static boolean relative(Attribution a) {
    return a.mention() != null && CueSubject.isRelative(a.mention().text());
  }

  /**
   * Whether {@code q} is a preposition's object in a phrase fronted before the subject of a cue that
   * reports a clause after it ("To chants of “Go Lee!,” the senator said his bill would pass"):
   * words the writer names, not what that speaker says.
   */
  private static boolean wordsOfAPhrase(Report r, QuoteMarks.Found q, Document doc) {
    if (r.kind() != Report.Kind.CLAUSE || q.close() > Math.min(r.mentionBegin(), r.cueBegin()) || r.contentBegin() < r.cueEnd()) {
      return false;
    }
    CoreLabel before = null;
    for (CoreLabel t : doc.parsed().sentences().get(SentenceIndex.of(doc, q.open())).get(CoreAnnotations.TokensAnnotation.class)) {
      if (t.endPosition() <= q.open()) {
        before = t;
      }
    }
    return before != null && before.tag().equals("IN") && !MarkCues.NOT_PREPOSITION.contains(before.word().toLowerCase(Locale.ROOT));
  }

  /** "…” He added: “…”": a cue ending in a colon right before another quotation introduces that one, not {@code q}. */
  private static boolean opensAnother(Report r, QuoteMarks.Found q, List<QuoteMarks.Found> quotes, Document doc) {
    if (r.kind() != Report.Kind.OPEN) {
      return false;
    }
    for (QuoteMarks.Found other : quotes) {
      if (other != q && other.open() >= r.contentBegin()
          && doc.text().substring(r.contentBegin(), other.open()).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Personal pronouns by which a speaker names himself again inside his own report. */
  private static final Set<String> SELF = Set.of("he", "she", "they", "i", "we");

  /**
   * The report whose speaker a quotation records: {@code r} itself, unless its cue is a verb of
   * taking sides or of finding ("backed", "supported", "showed") inside the content of a verb of
   * saying ("Wang said the vote, in which 143 countries backed the resolution, showed that “…”"),
   * or a verb of the mind ("She said the bank expected to cut rates “if the data allow”"), or any
   * other that is no verb of saying ("said that he was seeking “memorandums of understanding”"):
   * the quoted words are then the outer speaker's. So are they where the inner cue's speaker is the
   * outer one again by a pronoun ("Lee told reporters that she had asked for the vote “to return power to the
   * people”"): one statement of Lee's, holding her words. Null stays null.
   */
  private Report speakerOf(Report r, List<Report> reports, Map<Report, Attribution> attributions) {
    String lemma = r == null || r.cue() == null ? null : r.cue().lemma();
    if (lemma == null) {
      return r;
    }
    if (!(lexicon.hasFrame(lemma, CueLexicon.AGENT) || lexicon.hasFrame(lemma, CueLexicon.FINDING)
        || lexicon.hasFrame(lemma, CueLexicon.MIND) || !lexicon.hasFrame(lemma, CueLexicon.SPEECH))) {
      Report o = outer(r, reports);
      Attribution inner = attributions.get(r);
      Attribution whole = o == null ? null : attributions.get(o);
      boolean again = inner != null && whole != null && o.kind() != Report.Kind.MARKER && inner.mention() != null
          && SELF.contains(inner.mention().text().toLowerCase(Locale.ROOT)) && whole.speaker().equals(inner.speaker());
      return again ? o : r;
    }
    for (Report outer : reports) {
      if (outer != r && outer.cue() != null && lexicon.hasFrame(outer.cue().lemma(), CueLexicon.SPEECH)
          && outer.kind() != Report.Kind.MARKER && outer.contentBegin() <= r.cueBegin() && r.cueEnd() <= outer.contentEnd()) {
        return outer;
      }
    }
    return r;
  }

  /**
   * The report that attributes a quotation: a cue ending in a colon right before it, else the cue
   * whose content holds it (the largest overlap; the innermost of nested cues), else the nearest
   * cue outside any quotation in the sentence where it starts or ends; null if none.
   */
  private static Report reportOf(QuoteMarks.Found q, List<Report> reports, List<QuoteMarks.Found> quotes, Document doc) {
    String before = doc.text().substring(0, q.open()).stripTrailing();
    for (Report r : reports) {
      if (r.kind() == Report.Kind.OPEN && r.contentBegin() == before.length()) {
        return r; // "Jane Roe said:" right before it
      }
    }
    Report best = null;
    int bestOverlap = 0;
    for (Report r : reports) {
      int overlap = Math.min(r.contentEnd(), q.contentEnd()) - Math.max(r.contentBegin(), q.contentBegin());
      boolean inner = best != null && overlap == bestOverlap
          && r.contentEnd() - r.contentBegin() < best.contentEnd() - best.contentBegin();
      // "“The industry will work with …,” according to Glen Yearwood": a marker right after the quotation that sources all of it
      // (not a name or a scare quote inside the sentence: "The “digital divide” … is narrowing, according to …")
      boolean markerAfter = r.kind() == Report.Kind.MARKER && r.cueBegin() > q.close() && r.contentBegin() >= q.open()
          && doc.text().substring(q.close() + 1, r.cueBegin()).strip().matches(",?") && overlap >= q.contentEnd() - q.contentBegin() - 2;
      if ((r.kind() != Report.Kind.MARKER || markerAfter) && (overlap > bestOverlap || inner)) {
        best = r; // the largest overlap; of cues that hold it alike, the innermost
        bestOverlap = overlap;
      }
    }
    if (best != null) {
      return best;
    }
    int first = SentenceIndex.of(doc, q.contentBegin());
    int lastSentence = SentenceIndex.of(doc, q.contentEnd() - 1);
    int bestDistance = Integer.MAX_VALUE;
    for (Report r : reports) {
      if (r.kind() == Report.Kind.MARKER || r.kind() == Report.Kind.DIRECT || (r.sentence() != first && r.sentence() != lastSentence)
          || TokenRanges.insideQuote(r.cueBegin(), quotes) || opensAnother(r, q, quotes, doc) || wordsOfAPhrase(r, q, doc)) {
        continue;
      }
      int distance = r.cueBegin() < q.open() ? q.open() - r.cueEnd() : r.cueBegin() - q.close();
      if (distance < bestDistance) {
        best = r;
        bestDistance = distance;
      }
    }
    if (best != null) {
      return best;
    }
    boolean closed = q.closedByFullStop(doc.text());
    for (Report r : reports) {
      if (closed && saysOther(r)) {
        continue; // "“… a problem.” The agency estimates the cost …": a cue with words of its own after a closed quotation
      }
      // "“…?” asked Ann Lee.", split off as a sentence of its own; not "The minister spoke …" in
      // the next paragraph
      int from = Math.min(r.cueBegin(), r.mentionBegin());
      if (r.kind() == Report.Kind.OPEN && from > q.close() && doc.text().substring(q.close() + 1, from)
          .chars().allMatch(c -> c != '\n' && Character.isWhitespace(c) || c == ',')) {
        return r;
      }
    }
    return null;
  }

  /** Whether the cue of {@code r} has an object noun or infinitive of its own ("estimates the cost"; not "said so", "said nothing"). */
  private static boolean saysOther(Report r) {
    IndexedWord obj = Clauses.child(r.graph(), r.cue(), "obj");
    boolean noun = obj != null && obj.index() > r.cue().index() && obj.tag().startsWith("NN");
    return noun || Clauses.child(r.graph(), r.cue(), "xcomp") != null;
  }

  /**
   * "Trump: ‘I'm the worst thing that happened to them’": a name that opens its sentence (after
   * at most a dash or "More from"), then a colon, then the quotation — the headline, transcript
   * and digest form, with the colon as cue.
   */
  private static Attribution headline(Document doc, QuoteMarks.Found q, Sources sources, CueLexicon lexicon) {
    int s = SentenceIndex.of(doc, q.open());
    if (s < 0) {
      return null;
    }
    List<CoreLabel> tokens = doc.parsed().sentences().get(s).get(CoreAnnotations.TokensAnnotation.class);
    int colon = -1;
    for (int i = 0; i < tokens.size() && tokens.get(i).endPosition() <= q.open(); i++) {
      colon = i;
    }
    if (colon < 1 || !tokens.get(colon).word().equals(":")
        || !doc.text().substring(tokens.get(colon).endPosition(), q.open()).isBlank()) {
      return null;
    }
    int[] name = name(tokens, colon, lexicon);
    if (name == null) {
      name = closingName(tokens, colon);
    }
    return name == null ? null : attribution(doc, tokens, name, colon, sources);
  }

  /**
   * "The surge does not surprise pollster Ana Ruiz: “Historically, …”": a person's full name after
   * a role that ends the clause right before the colon of a quotation no cue claims is its speaker,
   * unless a preposition governs it ("a message for Ana Ruiz:"); the 0-based range of the name, or
   * null if the words before the colon end in no such name.
   */
  private static int[] closingName(List<CoreLabel> tokens, int colon) {
    int first = colon;
    while (first > 0 && tokens.get(first - 1).tag().startsWith("NNP") && tokens.get(first - 1).ner().equals("PERSON")) {
      first--;
    }
    if (colon - first < 2 || first < 1 || !tokens.get(first - 1).tag().startsWith("NN")) {
      return null; // a role before the name: not "addressed to Boris Johnson:", "a message for Ana Ruiz:"
    }
    int k = first - 1;
    while (k > 0 && tokens.get(k - 1).tag().matches("NN.*|JJ.*|DT|POS|PRP\\$")) {
      k--;
    }
    return k > 0 && tokens.get(k - 1).tag().matches("IN|TO") ? null : new int[] {first, colon - 1}; // not "a message for pollster Ana Ruiz:"
  }

  /** Name tags that the words after a given name may carry and still be a person's name. */
  private static final Set<String> NAME_NER = Set.of("PERSON", "O", "NATIONALITY", "MISC");

  /**
   * The 0-based start of a person's name of two or three capitalised words ending right before
   * {@code colon} whose first word is a given name ({@code models/given-names.txt}) that the
   * tagger read as a person's or as nothing, and whose other words it read as no place, body or
   * date ("Mark Cuban", which it left untagged); -1 if none.
   */

  private static int givenNameRun(List<CoreLabel> tokens, int colon) {
    for (int first = colon - 2; first >= Math.max(0, colon - 3); first--) {
      CoreLabel t = tokens.get(first);
      boolean rest = true;
      for (int k = first + 1; k < colon; k++) {
        rest &= tokens.get(k).tag().startsWith("NNP") && Character.isUpperCase(tokens.get(k).word().charAt(0))
            && NAME_NER.contains(tokens.get(k).ner());
      }
      if (rest && t.tag().startsWith("NNP") && (t.ner().equals("PERSON") || t.ner().equals("O")) && Genders.isGivenName(t.word())) {
        return first;
      }
    }
    return -1;
  }

  /**
   * "“…”\n\n— Maria Lopez, mother of a missing man": a line that opens with a dash and a name
   * right after the quotation names its speaker, the dash its cue; null when no such line follows.
   */
  private static Attribution dashLine(Document doc, QuoteMarks.Found q, Sources sources) {
    String text = doc.text();
    int at = q.close() + 1;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    if (at >= text.length() || text.substring(q.close() + 1, at).indexOf('\n') < 0 || "—–-".indexOf(text.charAt(at)) < 0) {
      return null; // on a line of its own: "….”--Kim Roe." after an item is its writer's byline
    }
    int dash = at;
    while (at < text.length() && ("—–-".indexOf(text.charAt(at)) >= 0 || text.charAt(at) == ' ')) {
      at++;
    }
    int s = SentenceIndex.of(doc, at); // tagged, parsed or not
    if (s < 0) {
      return null;
    }
    List<CoreLabel> tokens = doc.parsed().sentences().get(s).get(CoreAnnotations.TokensAnnotation.class);
    int first = 0;
    while (first < tokens.size() && tokens.get(first).beginPosition() < at) {
      first++;
    }
    String tag = first < tokens.size() ? tokens.get(first).tag() : null; // none in a sentence too long to tag
    if (tag == null || tokens.get(first).ner() == null || tokens.get(first).beginPosition() != at || !tag.startsWith("NNP")) {
      return null;
    }
    int name = first;
    while (name + 1 < tokens.size() && name < first + 3 && !TokenCues.isName(tokens.get(name)) && tokens.get(name + 1).tag().startsWith("NNP")) {
      name++; // "- President Obama", "- Gov. Ann Roe": the name after its title or office
    }
    name = TokenCues.isName(tokens.get(name)) ? name : first;
    String ner = tokens.get(name).ner();
    if (ner == null) {
      return null;
    }
    int last = name;
    while (last + 1 < tokens.size() && tokens.get(last + 1).tag().startsWith("NNP") && ner.equals(tokens.get(last + 1).ner())) {
      last++;
    }
    // a name the tagger left untagged counts when a given name opens it ("-Michelle Marks, Philadelphia.")
    boolean given = "O".equals(ner) && last > name && Genders.isGivenName(tokens.get(name).word());
    if (!ner.equals("PERSON") && !ner.equals("ORGANIZATION") && !given) {
      return null;
    }
    int end = tokens.get(last).endPosition();
    int lineEnd = text.indexOf('\n', end) < 0 ? text.length() : text.indexOf('\n', end);
    String rest = text.substring(end, lineEnd).strip();
    if (!rest.isEmpty() && !rest.startsWith(",") && !rest.startsWith(".") || rest.matches(".*[:\"“”].*")) {
      return null; // "- Burnley boss Steve Cotterill: “…”": the next item of a digest, not a name line
    }
    return attribution(doc, tokens, new int[] {name, last}, dash, dash + 1, sources);
  }

  /**
   * Whether the quotation whose closing mark is at {@code close} breaks off there for its cue:
   * it ends in punctuation ("“We won,” she said") or a comma follows the mark ("“We won”, she
   * said"); not a phrase inside a clause that goes on ("that people “have to be prepared” for an
   * attack, Mr Solana said he had “qualms”": two quotations).
   */
  private static boolean breaksAt(String text, int close) {
    int before = close - 1;
    while (before > 0 && (Character.isWhitespace(text.charAt(before)) || MARKS.indexOf(text.charAt(before)) >= 0)) {
      before--; // also the first half of a doubled mark ('')
    }
    int after = close + 1;
    while (after < text.length() && (Character.isWhitespace(text.charAt(after)) || MARKS.indexOf(text.charAt(after)) >= 0)) {
      after++;
    }
    return ",.?!;:…-–—".indexOf(text.charAt(before)) >= 0 || (after < text.length() && ",;:–—".indexOf(text.charAt(after)) >= 0);
  }

  /**
   * Whether the content of {@code r} is a statement that quotation {@code q} can lie inside: a
   * reported clause, or the phrase of a cue that is no verb of naming ("accused the RSF of “…”
   * against the Zaghawa", "thanked Egypt for its “tireless efforts”"; not "called the deal “a
   * disaster”", whose claim is the quoted words) with no comma, colon, relative word or cue of a
   * statement of its own between its start and the quotation (not "famine in the north, where a
   * survey found “…”", "the tests and pledged to confront “…”"; "vowed to defend the budget “…”"
   * is one statement).
   */
  private boolean holdsStatement(Document doc, Report r, QuoteMarks.Found q) {
    if (r.kind() == Report.Kind.CLAUSE) {
      return true;
    }
    // "called on the critics to “respect the court”": a quoted infinitive after the object names nothing
    boolean infinitive = r.contentBegin() < q.open() && doc.text().substring(r.contentBegin(), q.open()).matches("(?s).*\\sto\\s+");
    if (r.kind() != Report.Kind.NOMINAL || r.cue() == null || lexicon.hasFrame(r.cue().lemma(), CueLexicon.PREDICATE) && !infinitive) {
      return false;
    }
    SemanticGraph g = r.graph();
    for (CoreLabel t : doc.parsed().sentences().get(r.sentence()).get(CoreAnnotations.TokensAnnotation.class)) {
      if (t.beginPosition() >= r.contentBegin() && t.endPosition() <= q.open()
          && (t.word().equals(",") || t.word().equals(":") || t.tag().startsWith("W") || reportsOfItsOwn(g, t))) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code t} is a cue verb with a subject of its own or coordinated with another verb ("and pledged to …"). */
  private boolean reportsOfItsOwn(SemanticGraph g, CoreLabel t) {
    if (!lexicon.isCueVerb(t.lemma() == null ? "" : t.lemma())) {
      return false;
    }
    IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t.index());
    return w == null || Clauses.child(g, w, "nsubj") != null || Clauses.rel(g, w).equals("conj");
  }

  /**
   * Whether a verb coordinated with another ("and likened it to …") or a cue verb other than the
   * cue at {@code cueBegin} stands between UTF-16 indices {@code from} and {@code to}: then two
   * quotations of one cue are two claims ("called it “shameful” and urged leaders “not to …”"),
   * not one broken by its cue.
   */
  private boolean otherVerbBetween(Document doc, int from, int to, int cueBegin) {
    List<CoreMap> sentences = doc.parsed().sentences();
    int last = SentenceIndex.of(doc, to);
    for (int s = Math.max(0, SentenceIndex.of(doc, Math.max(0, from))); s <= last; s++) {
      SemanticGraph g = sentences.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      for (CoreLabel t : sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)) {
        if (t.beginPosition() > from && t.endPosition() <= to && t.beginPosition() != cueBegin && t.tag().startsWith("VB")) {
          IndexedWord w = g == null || !doc.parsed().isParsed(s) ? null : g.getNodeByIndexSafe(t.index());
          if (lexicon.isCueVerb(t.lemma() == null ? "" : t.lemma()) || (w != null && Clauses.rel(g, w).equals("conj"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The reports of one sentence's parse with the cues found beside quotation marks added, in
   * order of their cues; a cue the parse already reports keeps the parse's report, unless the
   * parse gave it another source or content other than the quotation (the words beside the marks
   * are the safer reading: "“…, Underestimation of Cruz,” Robert Shrum said", "After the vote,
   * explained Ivo Dahl, “…”").
   */
  private static List<Report> withMarkCues(List<Report> parsed, List<Report> beside) {
    List<Report> out = new ArrayList<>(parsed);
    for (Report d : beside) {
      List<Report> sameCue = beside.stream().filter(x -> x.cueBegin() == d.cueBegin()).toList();
      out.removeIf(r -> r.kind() != Report.Kind.DIRECT && r.cueBegin() == d.cueBegin()
          && (r.kind() == Report.Kind.OPEN || r.mentionBegin() != d.mentionBegin() || r.mentionEnd() != d.mentionEnd()
              || sameCue.stream().noneMatch(x -> r.contentOverlaps(x.contentBegin(), x.contentEnd()))));
      if (out.stream().noneMatch(r -> r.kind() != Report.Kind.DIRECT && r.cueBegin() == d.cueBegin()
          && r.contentOverlaps(d.contentBegin(), d.contentEnd()))) {
        out.add(d); // "“A,” she said, “B.”": the parse's cue holds A, the cue beside the marks takes B
      }
    }
    out.sort((a, b) -> Integer.compare(a.cueBegin(), b.cueBegin()));
    return out;
  }

  /**
   * {@code reports} without a closing one whose content before it holds the cue of another report
   * whose complement its cue is: "“…,” said John Craig, co-author of the Demos report", where the
   * parser made "report" a verb in the complement of "said", reports nothing of its own.
   */
  private static List<Report> withoutGovernorInside(List<Report> reports) {
    return reports.stream().filter(r -> r.contentEnd() > r.cueBegin() || reports.stream().noneMatch(o -> o != r
        && o.cueBegin() >= r.contentBegin() && o.cueEnd() <= r.contentEnd() && o.graph() == r.graph()
        && o.cue().equals(r.graph().getParent(r.cue())) && "ccomp".equals(Clauses.rel(r.graph(), r.cue())))).toList();
  }

  /**
   * Whether the cue of {@code r} lies inside the reported content of another clause or statement
   * of its sentence: what that clause reports is one claim, with the outer speaker's attribution.
   */
  private static boolean insideOther(Report r, List<Report> reports) {
    return outer(r, reports) != null;
  }

  /** The clause or statement of {@code r}'s sentence whose reported content holds {@code r}'s cue (see {@link #insideOther}); null if none. */
  private static Report outer(Report r, List<Report> reports) {
    for (Report o : reports) {
      if (o != r && o.sentence() == r.sentence() && NESTING.contains(o.kind())
          && o.contentBegin() <= r.cueBegin() && r.cueEnd() <= o.contentEnd()
          && o.contentEnd() - o.contentBegin() > r.contentEnd() - r.contentBegin() && governs(o, r)) {
        return o;
      }
    }
    return null;
  }

  /**
   * Whether a later pronoun or description may stand for the speaker of {@code r}: not when
   * another speaker named before it reports it ("Lee said he backed it when Roe argued for it":
   * not Roe), but when it comes before the cue that reports it ("Roe found it hard, she said").
   */
  private static boolean remembered(Report r, List<Report> reports) {
    Report o = outer(r, reports);
    return (o == null || o.mentionBegin() > r.mentionBegin()) && !namedInside(r, reports);
  }

  /**
   * Whether the source of {@code r} is a name inside what an earlier speaker of its sentence
   * reports, which a relative clause after that content makes speak ("Lee said she had met Roe,
   * who told her …"): someone that speaker talks about, not one a later "she" stands for.
   */
  private static boolean namedInside(Report r, List<Report> reports) {
    int at = r.source().beginPosition();
    IndexedWord cue = r.cue();
    IndexedWord who = r.graph().getNodeByIndexSafe(r.source().index() + 2);
    if (cue == null || who == null || !who.word().matches("(?i)who|which") || !cue.equals(r.graph().getParent(who))) {
      return false; // only a relative clause on the name: ", who told …"
    }
    for (Report o : reports) {
      if (o != r && o.sentence() == r.sentence() && NESTING.contains(o.kind()) && o.mentionBegin() < at
          && o.contentBegin() <= at && at < o.contentEnd() && o.cueBegin() < r.cueBegin() && r.cueBegin() >= o.contentEnd()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue of {@code outer} governs the cue of {@code inner} in the parse, through no
   * coordination: "said he supports …", not "announced that …, and vowed to …"; or closes the
   * sentence that {@code inner}'s cue heads ("A recount confirmed that …, officials said"), also
   * where the parser hung it inside the clause the inner cue reports.
   */
  private static boolean governs(Report outer, Report inner) {
    SemanticGraph g = outer.graph();
    IndexedWord w = inner.cue();
    if (Clauses.rel(g, w).startsWith("aux")) {
      return false; // ", but said …" that the parser made an auxiliary (TokenCues.auxiliary): a statement of its own
    }
    if (outer.cue() != null && w.equals(g.getParent(outer.cue())) && outer.cue().index() > w.index()
        && "parataxis".equals(Clauses.rel(g, outer.cue())) && closesClause(g, outer.cue())) {
      return true; // "A recount confirmed that …, officials said": a closing cue hung on the cue it reports
    }
    if (outer.cue() != null && outer.contentEnd() <= outer.mentionBegin() && outer.contentBegin() <= inner.cueBegin()
        && g.descendants(w).contains(outer.cue()) && sourceAfterComma(g, outer.source())) {
      // "Findings suggest the train had been left …, Minister Anvar Yusupov told reporters": hung deeper in what it reports;
      // not a cue with its object before its source ("…, a charge the government has rejected")
      return true;
    }
    while (w != null && !w.equals(outer.cue())) {
      if (Clauses.rel(g, w).startsWith("conj")) {
        return false;
      }
      w = g.getParent(w);
    }
    return w != null;
  }

  /**
   * Whether the phrase of {@code source} comes right after a comma: "…, Minister Anvar Yusupov
   * told", not "…, a charge the government has rejected".
   */
  private static boolean sourceAfterComma(SemanticGraph g, IndexedWord source) {
    IndexedWord before = source == null ? null : g.getNodeByIndexSafe(Clauses.firstIndex(g, source) - 1);
    return before != null && before.word().equals(",");
  }

  /**
   * Whether a comma, a closing mark or the sentence's end follows cue {@code c}, past a date
   * ("…, officials said Thursday, ending …"); not "something she has asked of her rival".
   */
  private static boolean closesClause(SemanticGraph g, IndexedWord c) {
    int k = c.index() + 1;
    while (g.getNodeByIndexSafe(k) != null && TokenRanges.isDate(g.getNodeByIndexSafe(k).backingLabel())) {
      k++;
    }
    IndexedWord next = g.getNodeByIndexSafe(k);
    return next == null || next.word().matches("[,.;?!]") || TokenRanges.isQuoteMark(next.backingLabel());
  }

  /**
   * Whether the parser joined the cue of {@code r} to a clause with a subject of its own inside the
   * phrase of {@code o}'s cue ("called for the firm to repay clients and urged regulators to …",
   * with "urged" joined to "repay"; {@link CueSources} gives it {@code o}'s speaker): the speaker's
   * second statement, not more of the first.
   */
  private static boolean joinedInside(Report o, Report r) {
    SemanticGraph g = r.graph();
    IndexedWord parent = g.getParent(r.cue());
    return o.graph() == g && "conj".equals(Clauses.rel(g, r.cue())) && r.cue().tag().equals("VBD") && parent != null && !parent.equals(o.cue())
        && Clauses.child(g, parent, "nsubj") != null && g.descendants(o.cue()).contains(parent);
  }

  /** Whether the cue of {@code r} heads a relative clause: "the poll, which questioned 1,943 adults, found …". */
  private static boolean relative(Report r) {
    return "acl:relcl".equals(Clauses.rel(r.graph(), r.cue()));
  }

  /**
   * Whether the cue of {@code r} is a verb of taking sides, no participle, coordinated with the cue of
   * {@code o} ("condemned the vote but praised the senators", "favors A and opposes B"): a stance
   * of its own, not the first statement going on ("expressed X and discussed Y", "confirmed X,
   * emphasizing Y"); inside a reported clause ("said that she supports A but supports B") both
   * stay the outer statement's.
   */
  private boolean separateStance(Report o, Report r) {
    SemanticGraph g = r.graph();
    IndexedWord w = r.cue();
    if (g != o.graph() || !Clauses.rel(g, w).startsWith("conj") || !o.cue().equals(g.getParent(w)) || w.tag().equals("VBG")
        || !lexicon.hasFrame(w.lemma(), CueLexicon.AGENT)) {
      return false;
    }
    for (IndexedWord up = o.cue(); up != null; up = g.getParent(up)) {
      if (Clauses.rel(g, up).matches("ccomp|xcomp|parataxis")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Several nominal cues of one source in one sentence ("confirmed X, emphasizing Y") are one
   * statement; a cue in a relative clause on the source, a second cue that the parser joined to a
   * clause inside the first's phrase, or a verb of taking sides coordinated with the first cue, is
   * not part of it.
   */
  private List<Report> mergeNominal(List<Report> found) {
    List<Report> out = new ArrayList<>();
    for (Report r : found) {
      Report merged = null;
      for (int i = 0; i < out.size(); i++) {
        Report o = out.get(i);
        if (o.kind() == Report.Kind.NOMINAL && r.kind() == Report.Kind.NOMINAL && o.source().equals(r.source())
            && !relative(o) && !relative(r) && !joinedInside(o, r) && !separateStance(o, r)) {
          merged = o.withContent(Math.min(o.contentBegin(), r.contentBegin()), Math.max(o.contentEnd(), r.contentEnd()));
          out.set(i, merged);
          break;
        }
      }
      if (merged == null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Whether the content of {@code r} holds a quotation that {@code r} attributes; a quotation of
   * another cue inside it ("X suggested …, while Y said that the “…”") leaves it a claim of its own,
   * and so does a quotation in an "according to" statement, which no source phrase claims ("She
   * compared it to a “root canal,” according to his memoir": the statement is the claim).
   */
  private static boolean holdsOwnQuote(Report r, List<QuoteMarks.Found> quotes, Map<QuoteMarks.Found, Report> chosen) {
    for (QuoteMarks.Found q : quotes) {
      if (r.contentOverlaps(q.contentBegin(), q.contentEnd()) && (chosen.get(q) == r || !chosen.containsKey(q) && r.kind() != Report.Kind.MARKER)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The coordinated that-clauses of {@code r}'s content that hold no quotation and come before
   * one that does ("said A, but that “B”": A). One that follows the quotation's clause ("said
   * it was “conservative” and that she expected …") stays out, as annotators of news leave it
   * in the quotation's statement.
   */
  private static List<int[]> unquotedParts(Document doc, Report r, List<QuoteMarks.Found> quotes) {
    List<int[]> parts = ThatClauses.parts(doc, r, quotes);
    List<int[]> out = new ArrayList<>();
    List<int[]> pending = new ArrayList<>();
    for (int[] p : parts) {
      if (quotes.stream().noneMatch(q -> q.contentBegin() < p[1] && p[0] < q.contentEnd())) {
        pending.add(p);
      } else {
        out.addAll(pending);
        pending.clear();
      }
    }
    return parts.size() < 2 ? List.of() : out;
  }

  /** Whether the content of {@code r} lies inside the marks of one quotation, with no words of its own. */
  private static boolean withinQuotation(Report r, List<QuoteMarks.Found> quotes) {
    return quotes.stream().anyMatch(q -> q.open() <= r.contentBegin() && r.contentEnd() <= q.close());
  }

  /** Words in marks that may be a quotation: some letters, not a name introduced as "so-called". */
  private static boolean isQuotation(String text, QuoteMarks.Found q) {
    String content = text.substring(q.contentBegin(), q.contentEnd());
    if (content.isBlank() || content.codePoints().noneMatch(Character::isLetter)) {
      return false;
    }
    String before = text.substring(Math.max(0, q.open() - 20), q.open());
    return !SO_CALLED.matcher(before).find() && !isTitle(text, q) && !isLabel(text, q, before);
  }

  /** Nouns that a short name in marks before them labels: "the “Yes” option", "the “Leave” campaign". */
  private static final Pattern LABELLED = Pattern.compile("^[\\s,]*(option|options|camp|campaign|side|vote|votes|voters|label|slogan|button|box|ballot)\\b");
  /** A ballot's answer in marks: "41.6% for “No”", "voted “Yes”"; not a speaker's “No,”. */
  private static final Pattern ANSWER = Pattern.compile("(?i)yes|no");
  private static final Pattern BALLOT_BEFORE = Pattern.compile("(?i)\\b(for|against|voted|vote|votes|a|the)\\s*$");

  /**
   * A label in marks, no quotation: at most three words in Title Case before a noun they name
   * ("the “Yes” option had 58.4%", "the “Stay Safe” campaign"), or a ballot's answer ("against
   * 41.6% for “No”"); {@code before} is the text right before the opening mark.
   */
  private static boolean isLabel(String text, QuoteMarks.Found q, String before) {
    String content = text.substring(q.contentBegin(), q.contentEnd()).strip().replaceAll("[,.]$", "");
    String[] words = content.split("\\s+");
    boolean titleCase = words.length <= 3 && Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
    String after = text.substring(Math.min(text.length(), q.close() + 1), Math.min(text.length(), q.close() + 21));
    return titleCase && (LABELLED.matcher(after).find() || ANSWER.matcher(content).matches() && BALLOT_BEFORE.matcher(before).find());
  }

  /**
   * A title in marks: at most eight words in Title Case, no sentence inside, after a possessive
   * or "on", "of", "in", "book", "show", "branded", "known as" ("on CNN’s “State of the Union,”",
   * "author of ''Empire of the Fund''", "a reconstruction program, branded “Stronger Homes,”").
   * Speech in marks after such words is rare; programme and book titles are not.
   */
  private static boolean isTitle(String text, QuoteMarks.Found q) {
    String content = text.substring(q.contentBegin(), q.contentEnd()).strip().replaceAll("[,.]$", "").strip();
    String[] words = content.split("\\s+");
    if (words.length > 8 || content.isEmpty() || content.matches(".*[.?!;:]\\s.*|.*[?!]$") || !Character.isUpperCase(content.charAt(0))
        || (words.length > 1 && content.equals(content.toUpperCase(Locale.ROOT)))) {
      return false;
    }
    for (String w : words) {
      if (!TITLE_SMALL.contains(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
        return false;
      }
    }
    String before = text.substring(Math.max(0, q.open() - 16), q.open()).replaceAll("['\\s]+$", "");
    return TITLE_BEFORE.matcher(before).find();
  }

  /**
   * Whether a quotation opens its sentence: only spaces or marks before it. The sentence is that
   * of its first word, as the tokenizer may end the previous sentence with an opening ''. A
   * full stop right before the opening mark ends a sentence also where the tokenizer took the
   * word before it for an abbreviation ("… wrote on X. “…”").
   */
  private static boolean startsSentence(Document doc, QuoteMarks.Found q) {
    String text = doc.text();
    int before = q.open();
    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
      before--; // the end of the words before the mark, read back from it rather than by copying the text before
    }
    if (before < q.open() && before > 0 && text.charAt(before - 1) == '.' && q.contentBegin() < text.length()
        && Character.isUpperCase(text.codePointAt(q.contentBegin()))) {
      return true;
    }
    int s = SentenceIndex.of(doc, trim(doc.text(), q.contentBegin(), q.contentEnd())[0]);
    if (s < 0) {
      return false;
    }
    int begin = Spans.begin(doc.parsed().sentences().get(s));
    return doc.text().substring(Math.min(begin, q.open()), q.open()).chars().allMatch(c -> Character.isWhitespace(c) || "“\"‘('".indexOf(c) >= 0);
  }

  /** Whether only marks and spaces stand between the start of its paragraph and UTF-16 index {@code at}. */
  private static boolean opensParagraph(String text, int[] paragraphOf, int at) {
    int before = at;
    while (before > 0 && (Character.isWhitespace(text.charAt(before - 1)) || MARKS.indexOf(text.charAt(before - 1)) >= 0)) {
      before--;
    }
    return before == 0 || paragraphOf[before - 1] != paragraphOf[at];
  }

  /** The paragraph number of every UTF-16 index. */
  private static int[] paragraphs(String text) {
    int[] out = new int[text.length() + 1];
    Matcher m = PARAGRAPH.matcher(text);
    int p = 0;
    int from = 0;
    while (m.find()) {
      Arrays.fill(out, from, m.end(), p);
      p++;
      from = m.end();
    }
    Arrays.fill(out, from, out.length, p);
    return out;
  }

  /**
   * A quotation that runs over paragraphs (each reopened with a mark) cut into one range per
   * paragraph: annotators take each paragraph of a long quotation as a statement of its own.
   */
  private static List<int[]> byParagraph(String text, int[] c) {
    List<int[]> pieces = new ArrayList<>();
    int from = c[0];
    for (int i = c[0]; i < c[1]; i++) {
      if (text.charAt(i) == '\n') {
        int end = i;
        while (end > from && QUOTE_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
          end--; // a closing mark some writers put at the paragraph's end
        }
        int[] piece = trim(text, from, end);
        if (piece[1] > piece[0]) {
          pieces.add(piece);
        }
        from = i + 1;
        while (from < c[1] && (Character.isWhitespace(text.charAt(from)) || QUOTE_MARKS.indexOf(text.charAt(from)) >= 0)) {
          from++; // the reopening mark
        }
        i = from - 1;
      }
    }
    int[] piece = trim(text, from, c[1]);
    if (piece[1] > piece[0]) {
      pieces.add(piece);
    }
    return pieces;
  }

  private static int[] trim(String text, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {begin, end};
  }
}
