package io.newsclaims.extract.quote;

import io.newsclaims.text.Lexicon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that drive attribution, read from {@code models/}: cue verbs with the frames in
 * which their content appears ({@code cue-verbs.txt}), statement nouns ({@code cue-nouns.txt}),
 * nouns that can be a source ({@code source-nouns.txt}) and source prepositions ("according to",
 * "per": {@code source-markers.txt}). Immutable and thread-safe.
 */
public final class CueLexicon {
  /** Frames a cue verb may take; a preposition frame is the preposition itself. */
  public static final String CLAUSE = "clause";
  public static final String OBJECT = "object";
  public static final String XCOMP = "xcomp";
  /**
   * A verb of naming or judging ("call", "consider"): its content is what it says of its object
   * ("called the deal a mistake"); the object alone is none ("called Haugland", "a group called X").
   */
  public static final String PREDICATE = "predicate";
  /** A verb of findings ("show", "find"): a participle of it reports for the noun it modifies ("polls showing …"). */
  public static final String FINDING = "finding";
  /**
   * A verb of evidence as well as of display ("show"): its object is content only when its
   * subject is a document or piece of evidence ("figures show a rise"), never a person or a body
   * ("he showed the letter", "the court showed no mercy").
   */
  public static final String EVIDENCE = "evidence";
  /**
   * A verb of the mind, of belief or intention ("expect", "hope", "plan"): inside a speaker's
   * reported clause it reports what the speaker says of someone's mind, so a quotation there is
   * the speaker's words ("She said the bank expected to cut rates “if the data allow”").
   */
  public static final String MIND = "mind";
  /** A verb of saying: any noun phrase can be its source. */
  public static final String SPEECH = "speech";
  /**
   * A verb of taking sides whose subject is always someone ("support", "oppose", "urge"): like a
   * verb of saying, any noun phrase can be its source ("19 percent of voters support Clinton",
   * "a donor who backs Cruz"), but its content is only what its other frames allow.
   */
  public static final String AGENT = "agent";
  /** A verb of force as well as of words ("attack"): a cue only when its object is someone. */
  public static final String TARGET = "target";
  /**
   * A verb of words as well as of receiving people ("admit"): its object is content only when it
   * is no one ("admitted the charge", never "hospitals admitted 300 people").
   */
  public static final String THING = "thing";
  /**
   * A verb that reports only the quotation beside it ("“…,” he continued"): its clause is no
   * statement ("the talks will continue next week", "Clinton continues her push").
   */
  public static final String DIRECT = "direct";
  /**
   * A verb that gives a figure to a toll noun ("put the death toll at 40"): a cue only then, and
   * otherwise no cue verb at all ("putting them at odds" is no cue participle).
   */
  public static final String TOLL = "toll";
  /**
   * A verb that reports only in a phrase of its prepositions ("sees the levy as a threat"): a cue
   * only with one, and otherwise no cue verb at all ("saw him leave", "will see growth slow").
   */
  public static final String FRAMED = "framed";
  /** A verb that may name whom it was said to right after it ("told reporters", "asked me"). */
  public static final String HEARER = "hearer";
  /** A verb that never stands inverted before its source ("…, told the BBC: “…”" is not the BBC's). */
  public static final String NOINVERT = "noinvert";
  /** A verb of knowing whose clause opened by a question word says nothing: "know which games are suitable". */
  public static final String NOQUESTION = "noquestion";
  /** A verb that reports only a clause marked by "that": "charged that …", not "the prices they charge operators". */
  public static final String MARKED = "marked";
  /**
   * A verb whose subject is the bench or panel before which something was said ("…, the court has
   * heard", "The jury heard that …"): a cue only with such a subject (the nouns marked "bench" in
   * models/source-nouns.txt), never "residents heard gunfire" or "I heard that he left".
   */
  public static final String HEARD = "heard";
  /** A verb that performs what its object names: "declared a state of emergency" says nothing (models/declared-acts.txt). */
  public static final String ACT = "act";
  /** Prefix of a frame that names a word after which the verb says nothing ("not-up": "added up to"). */
  public static final String NOT = "not-";

  private final Map<String, Set<String>> verbs;
  private final Set<String> tollVerbs;
  private final Map<String, Set<String>> framedVerbs;
  private final Set<String> nouns;
  private final Set<String> sources;
  private final Set<String> markers;
  private final Set<String> attitudeVerbs;
  private final Map<String, Set<String>> attitudeFrames;
  private final boolean attitudes;

  public CueLexicon(Map<String, Set<String>> verbs, Set<String> tollVerbs, Map<String, Set<String>> framedVerbs, Set<String> nouns,
      Set<String> sources, Set<String> markers, Set<String> attitudeVerbs, Map<String, Set<String>> attitudeFrames) {
    this(verbs, tollVerbs, framedVerbs, nouns, sources, markers, attitudeVerbs, attitudeFrames, false);
  }

  /** @param attitudes whether this is the lexicon of the scope that counts attitudes */
  public CueLexicon(Map<String, Set<String>> verbs, Set<String> tollVerbs, Map<String, Set<String>> framedVerbs, Set<String> nouns,
      Set<String> sources, Set<String> markers, Set<String> attitudeVerbs, Map<String, Set<String>> attitudeFrames,
      boolean attitudes) {
    this.verbs = Map.copyOf(verbs);
    this.tollVerbs = Set.copyOf(tollVerbs);
    this.framedVerbs = Map.copyOf(framedVerbs);
    this.nouns = Set.copyOf(nouns);
    this.sources = Set.copyOf(sources);
    this.markers = Set.copyOf(markers);
    this.attitudeVerbs = Set.copyOf(attitudeVerbs);
    this.attitudeFrames = Map.copyOf(attitudeFrames);
    this.attitudes = attitudes;
  }

  /** The lists shipped in {@code models/}: cues of statements only. */
  public static CueLexicon load() {
    return load(false);
  }

  /**
   * The lists shipped in {@code models/}; with {@code attitudes}, also the cues of beliefs,
   * intentions and attitudes of {@code attitude-cues.txt} (a lemma also in {@code cue-verbs.txt}
   * takes the frames of both), for the scope that counts them ({@code --scope attributions}).
   */
  public static CueLexicon load(boolean attitudes) {
    Map<String, Set<String>> verbs = new HashMap<>();
    Set<String> tollVerbs = new HashSet<>();
    Map<String, Set<String>> framedVerbs = new HashMap<>();
    read("cue-verbs.txt", verbs, tollVerbs, framedVerbs, Set.of());
    Set<String> attitudeVerbs = new HashSet<>();
    Map<String, Set<String>> attitudeFrames = new HashMap<>();
    if (attitudes) {
      Map<String, Set<String>> statements = Map.copyOf(verbs);
      for (String lemma : read("attitude-cues.txt", verbs, tollVerbs, framedVerbs, statements.keySet())) {
        if (statements.containsKey(lemma)) {
          Set<String> added = new HashSet<>(verbs.get(lemma));
          added.removeAll(statements.get(lemma));
          attitudeFrames.put(lemma, added); // "hope" with an infinitive, not with a that-clause
        } else {
          attitudeVerbs.add(lemma);
        }
      }
    }
    return new CueLexicon(verbs, tollVerbs, framedVerbs, Lexicon.load("cue-nouns.txt").entries(),
        Lexicon.load("source-nouns.txt").entries(), Lexicon.load("source-markers.txt").entries(), attitudeVerbs, attitudeFrames, attitudes);
  }

  /**
   * Reads the cue verbs of {@code file} into the maps; a lemma of {@code extensible} (already read
   * from another file) takes this file's frames as well. Returns the lemmas read.
   */
  private static Set<String> read(String file, Map<String, Set<String>> verbs, Set<String> tollVerbs,
      Map<String, Set<String>> framedVerbs, Set<String> extensible) {
    Set<String> read = new HashSet<>();
    for (String line : Lexicon.load(file).lines()) {
      String[] cols = line.toLowerCase(Locale.ROOT).split("\\s+");
      boolean extended = extensible.contains(cols[0]) && !read.contains(cols[0]);
      if (!extended && (verbs.containsKey(cols[0]) || tollVerbs.contains(cols[0]) || framedVerbs.containsKey(cols[0]))) {
        throw new IllegalStateException(file + " lists '" + cols[0] + "' twice");
      }
      read.add(cols[0]);
      if (cols.length == 2 && cols[1].equals(TOLL)) {
        tollVerbs.add(cols[0]);
        continue;
      }
      if (List.of(cols).contains(FRAMED)) {
        framedVerbs.put(cols[0], Set.copyOf(List.of(cols).subList(1, cols.length))); // no clause: only its phrases
        continue;
      }
      Set<String> frames = cols.length == 1 ? Set.of(CLAUSE) : Set.copyOf(List.of(cols).subList(1, cols.length));
      // every cue verb can govern a clause; the listed frames are the extra places content goes
      Set<String> all = new HashSet<>(frames);
      all.add(CLAUSE);
      all.addAll(verbs.getOrDefault(cols[0], Set.of()));
      verbs.put(cols[0], all);
    }
    return read;
  }

  /** Whether this lexicon is the one of the scope that counts beliefs, intentions and attitudes ({@code --scope attributions}). */
  public boolean attitudes() {
    return attitudes;
  }

  /**
   * Whether {@code lemma} is only a cue of a belief, intention or attitude ({@code
   * attitude-cues.txt}, loaded for that scope only), in whatever frame.
   */
  public boolean isAttitude(String lemma) {
    return lemma != null && attitudeVerbs.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code frame} is one that {@code attitude-cues.txt} adds to statement cue {@code
   * lemma} ("hope" with an infinitive): content in it is an attitude's.
   */
  public boolean isAttitudeFrame(String lemma, String frame) {
    Set<String> f = lemma == null ? null : attitudeFrames.get(lemma.toLowerCase(Locale.ROOT));
    return f != null && f.contains(frame.toLowerCase(Locale.ROOT));
  }

  public boolean isCueVerb(String lemma) {
    return verbs.containsKey(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code lemma} is a verb of the {@link #TOLL} frame, a cue only with a toll noun for object. */
  public boolean isTollVerb(String lemma) {
    return tollVerbs.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code lemma} is a verb of the {@link #FRAMED} frame, a cue only with a phrase of its prepositions. */
  public boolean isFramedVerb(String lemma) {
    return framedVerbs.containsKey(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether cue verb {@code lemma} takes its content in {@code frame} (a frame name or a preposition), or is of class {@code frame} ({@link #MIND}). */
  public boolean hasFrame(String lemma, String frame) {
    Set<String> f = verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), framedVerbs.get(lemma.toLowerCase(Locale.ROOT)));
    return f != null && f.contains(frame.toLowerCase(Locale.ROOT));
  }

  public boolean isCueNoun(String lemma) {
    return nouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code lemma} is a source noun; a plural that the lemmatizer leaves as it is
   * ("filings", "emails") counts by its singular.
   */
  public boolean isSourceNoun(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    return sources.contains(l) || (l.length() > 3 && l.endsWith("s") && sources.contains(l.substring(0, l.length() - 1)));
  }

  public boolean isMarker(String word) {
    return markers.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Every cue word (verbs, nouns, markers): sentences holding one are worth parsing. */
  public Set<String> triggers() {
    Set<String> all = new HashSet<>(verbs.keySet());
    all.addAll(tollVerbs);
    all.addAll(framedVerbs.keySet());
    all.addAll(nouns);
    all.addAll(markers);
    return all;
  }
}
