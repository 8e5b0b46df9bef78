package io.newsclaims.extract.quote;

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
import io.newsclaims.model.QuoteInfo;
import io.newsclaims.model.TextRef;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import io.newsclaims.text.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Quote claims of hedges, with {@code --scope attributions} only: a cue of {@code
 * models/hedge-cues.txt} that marks a claim as not the writer's own but names no one who holds it
 * ("The council is expected to approve the budget", "Turnout appears to be falling", "The
 * minister reportedly met the envoy"), as PolNeAR annotates them: a cue and content, no source.
 * The claim spans the content (the subject with the complement) and carries {@link
 * Attribution#hedge}. Publishes no attributed stretch: a figure inside a hedge is no one's.
 * Runs after {@link QuoteStage} and leaves a cue that already attributes a claim to it. Thread-safe.
 */
public final class Hedges implements Stage {
  private static final String RAISING = "raising";
  private static final String PASSIVE = "passive";
  private static final String QUESTION = "question";
  private static final String ADVERB = "adverb";
  /** Words that open a complement and name its frame. */
  private static final Set<String> OPENERS = Set.of("as", "like", "for", "about", "whether", "if");
  private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp", "obj", "obl", "advcl");

  /** Lemma → {shape, frames…}. */
  private final Map<String, List<String>> cues;

  private final CueLexicon statements;

  private Hedges(Map<String, List<String>> cues, CueLexicon statements) {
    this.cues = Map.copyOf(cues);
    this.statements = statements;
  }

  /** @param statements the cue verbs: "She seemed to blame the network" is her statement, not a hedge */
  public static Hedges load(CueLexicon statements) {
    Map<String, List<String>> cues = new HashMap<>();
    for (String line : Lexicon.load("hedge-cues.txt").lines()) {
      String[] cols = line.toLowerCase(Locale.ROOT).split("\\s+");
      cues.put(cols[0], List.of(Arrays.copyOfRange(cols, 1, cols.length)));
    }
    return new Hedges(cues, statements);
  }

  /** The lemmas, so that their sentences are parsed. */
  public Set<String> triggers() {
    return cues.keySet();
  }

  @Override
  public String name() {
    return "hedges";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.PARSE, Keys.ATTRIBUTION);
  }

  @Override
  public Document apply(Document doc) {
    List<int[]> cued = new ArrayList<>(); // UTF-16 ranges of the cues of claims so far
    for (Claim c : doc.claims()) {
      TextRef cue = c.attribution() == null ? null : c.attribution().cue();
      if (cue != null) {
        cued.add(new int[] {doc.codePoints().toIndex(cue.start()), doc.codePoints().toIndex(cue.end())});
      }
    }
    List<CoreMap> sentences = doc.parsed().sentences();
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      SemanticGraph g = sentences.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g == null || !doc.parsed().isParsed(s)) {
        continue;
      }
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      for (IndexedWord w : g.vertexListSorted()) {
        List<String> entry = w.lemma() == null ? null : cues.get(w.lemma().toLowerCase(Locale.ROOT));
        int[] content = entry == null ? null : content(g, tokens, w, entry);
        if (content == null || cued.stream().anyMatch(c -> c[0] < w.endPosition() && w.beginPosition() < c[1])) {
          continue;
        }
        Claim claim = Spans.claim(doc, ClaimType.QUOTE, content[0], content[1], s);
        claims.add(claim.withQuote(new QuoteInfo(false, claim.span()))
            .withAttribution(Attribution.hedge(Spans.ref(doc, w.beginPosition(), w.endPosition()))));
      }
    }
    return doc.plusClaims(claims);
  }

  /** The UTF-16 range of what cue {@code w} hedges, or null when it stands in none of its shapes. */
  private int[] content(SemanticGraph g, List<CoreLabel> tokens, IndexedWord w, List<String> entry) {
    String shape = entry.get(0);
    if (shape.equals(ADVERB)) {
      IndexedWord head = "advmod".equals(Clauses.rel(g, w)) ? g.getParent(w) : null;
      return head == null || speaks(head) ? null : TokenRanges.range(tokens, clause(g, head), Set.of(w));
    }
    if (!w.tag().startsWith("VB")) {
      return null;
    }
    IndexedWord complement = complement(g, w, entry);
    if (complement == null || speaks(complement)) {
      return null;
    }
    Set<IndexedWord> nodes = new HashSet<>(g.descendants(complement));
    IndexedWord subject = Clauses.child(g, w, shape.equals(RAISING) ? "nsubj" : "nsubj:pass");
    boolean agent = Clauses.child(g, w, "obl:agent") != null || Clauses.children(g, w, "obl").stream().anyMatch(o -> byPhrase(g, o));
    switch (shape) {
      case RAISING -> {
        if (subject != null && !subject.word().equalsIgnoreCase("it")) {
          nodes.addAll(g.descendants(subject));
        }
      }
      case PASSIVE -> {
        if (subject == null || agent) {
          return null;
        }
        nodes.addAll(g.descendants(subject));
      }
      case QUESTION -> {
        // "He was asked whether …" or a bare participle: "Asked about the closure, the mayor …"
        boolean bare = Clauses.bareParticiple(g, w) && Clauses.child(g, w, "nsubj") == null;
        if (agent || !(subject != null || bare)) {
          return null;
        }
      }
      default -> {
        return null;
      }
    }
    return TokenRanges.range(tokens, nodes, Set.of(w));
  }

  /**
   * Whether {@code w} is a cue verb of a statement ("seemed to blame", "reportedly said"): PolNeAR
   * gives such a report its subject for source, and the hedge is no attribution of its own.
   */
  private boolean speaks(IndexedWord w) {
    String lemma = w.lemma();
    return lemma != null && w.tag().startsWith("VB") && (statements.isCueVerb(lemma) || statements.isFramedVerb(lemma));
  }

  /** The first complement of {@code w} in one of the frames of its entry. */
  private static IndexedWord complement(SemanticGraph g, IndexedWord w, List<String> entry) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if (!COMPLEMENTS.contains(rel)) {
        continue;
      }
      String frame = frame(g, e.getDependent(), rel);
      if (frame != null && entry.subList(1, entry.size()).contains(frame)) {
        return e.getDependent();
      }
    }
    return null;
  }

  private static String frame(SemanticGraph g, IndexedWord d, String rel) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(d)) {
      String r = e.getRelation().toString();
      String word = e.getDependent().word().toLowerCase(Locale.ROOT);
      if ((r.equals("case") || r.equals("mark")) && OPENERS.contains(word)) {
        return word;
      }
    }
    return switch (rel) {
      case "xcomp" -> "xcomp";
      case "obj" -> "object";
      case "ccomp" -> "clause";
      default -> null;
    };
  }

  private static boolean byPhrase(SemanticGraph g, IndexedWord o) {
    IndexedWord c = Clauses.child(g, o, "case");
    return c != null && c.word().equalsIgnoreCase("by");
  }

  /** The clause headed by {@code head}, less what only hangs beside it (a parenthetical, a second sentence). */
  private static Set<IndexedWord> clause(SemanticGraph g, IndexedWord head) {
    Set<IndexedWord> out = new HashSet<>(g.descendants(head));
    for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
      if (e.getRelation().toString().equals("parataxis")) {
        out.removeAll(g.descendants(e.getDependent()));
      }
    }
    return out;
  }
}
