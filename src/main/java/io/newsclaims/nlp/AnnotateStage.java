package io.newsclaims.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs CoreNLP over the working text: tokens, sentences, POS, lemmas, coarse NER with SUTime
 * dates normalized against the document date, then the dependency parser. The two costly
 * models run only where they can matter: SUTime on sentences that hold a number or a time word
 * (it finds nothing elsewhere, and the same NER without it gives those sentences identical
 * tags), the parser on sentences that can hold a claim (a quotation mark, a number, a cue
 * word). NER runs as CoreNLP's CRF on every sentence, then its rules with or without SUTime
 * ({@link CoreNlpModels}). With {@code all} every sentence goes through plain CoreNLP's
 * tokenize..ner and the parser; tests check the output is the same.
 * Thread-safe.
 */
public final class AnnotateStage implements Stage {
  private final CoreNlpModels models;
  private final Set<String> triggers;
  private final Set<String> timeWords;
  private final boolean all;

  /**
   * @param triggers lower-cased words and lemmas that make a sentence worth parsing (cue verbs,
   *     harm words, vague amounts), besides numbers and quotation marks
   * @param timeWords lower-cased words and lemmas that can anchor a temporal expression
   * @param all run SUTime and the parser on every sentence (slower; the output must not change)
   */
  public AnnotateStage(CoreNlpModels models, Set<String> triggers, Set<String> timeWords, boolean all) {
    this.models = models;
    this.triggers = Set.copyOf(triggers);
    this.timeWords = Set.copyOf(timeWords);
    this.all = all;
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.DATE, Keys.NORMALIZED);
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.PARSE);
  }

  @Override
  public Document apply(Document doc) {
    Annotation annotation = new Annotation(doc.text());
    if (doc.date() != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, doc.date().toString());
    }
    List<CoreMap> sentences;
    if (all) {
      models.tagger().annotate(annotation);
      sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    } else {
      models.preparer().annotate(annotation);
      models.statisticalNer().annotate(annotation);
      sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
      List<CoreMap> timed = new ArrayList<>();
      List<CoreMap> plain = new ArrayList<>();
      for (CoreMap s : sentences) {
        (mayHoldTime(s) ? timed : plain).add(s);
      }
      annotateSubset(models.timeNer(), annotation, timed);
      annotateSubset(models.plainNer(), annotation, plain);
      List<CoreMap> mentions = new ArrayList<>();
      for (CoreMap s : sentences) {
        List<CoreMap> m = s.get(CoreAnnotations.MentionsAnnotation.class);
        if (m != null) {
          mentions.addAll(m);
        }
      }
      annotation.set(CoreAnnotations.MentionsAnnotation.class, mentions);
    }
    boolean[] parsed = new boolean[sentences.size()];
    List<CoreMap> toParse = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (all || mayHoldClaim(sentences.get(i))) {
        parsed[i] = true;
        toParse.add(sentences.get(i));
      }
    }
    for (CoreMap s : toParse) {
      NameTags.retag(s.get(CoreAnnotations.TokensAnnotation.class));
      CountedParticiples.retag(s.get(CoreAnnotations.TokensAnnotation.class));
      VerbsBeforeAmounts.retag(s.get(CoreAnnotations.TokensAnnotation.class));
      ReducedRelatives.retag(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    annotateSubset(models.parser(), annotation, toParse);
    return doc.withParsed(new Parsed(annotation, parsed));
  }

  /** Runs a sentence-level pipeline on some sentences of a document, in place. */
  private static void annotateSubset(Annotator pipeline, Annotation doc, List<CoreMap> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    Annotation subset = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    subset.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    subset.set(CoreAnnotations.TokensAnnotation.class, tokens);
    String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      subset.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    pipeline.annotate(subset);
  }

  /** A sentence may hold a temporal expression when it holds a number, a digit or a time word. */
  boolean mayHoldTime(CoreMap sentence) {
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      if ("CD".equals(t.tag()) || has(timeWords, t) || t.word().chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  /** A sentence is worth parsing when it holds a quotation mark, a number or a cue word. */
  boolean mayHoldClaim(CoreMap sentence) {
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      String tag = t.tag();
      if ("CD".equals(tag) || "``".equals(tag) || "''".equals(tag) || has(triggers, t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(Set<String> words, CoreLabel t) {
    return words.contains(t.lemma().toLowerCase(Locale.ROOT)) || words.contains(t.word().toLowerCase(Locale.ROOT));
  }
}
