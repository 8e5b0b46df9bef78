package io.newsclaims.batch;

import io.newsclaims.nlp.CoreNlpModels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The model artifacts a run uses, with versions, for the run manifest (also in models/README.md). */
public final class ModelArtifacts {
  private ModelArtifacts() {}

  public static List<Map<String, String>> list() {
    return List.of(
        artifact("edu.stanford.nlp:stanford-corenlp:4.5.10", "tokenizer, sentence splitter, POS tagger, lemmatizer, SUTime"),
        artifact("edu.stanford.nlp:stanford-corenlp:4.5.10:models", "models: POS, NER (" + CoreNlpModels.NER_MODEL
            + "), SUTime rules, english_UD dependency parser"),
        artifact("org.apache.opennlp:opennlp-tools:2.5.6", "language detector runtime"),
        artifact("org.apache.opennlp:opennlp-models-langdetect:1.3.0", "langdetect-183.bin: 103-language detector"),
        artifact("newsclaims models/ " + io.newsclaims.NewsClaims.VERSION, "cue verbs, harm and actor lexicons, patterns"));
  }

  private static Map<String, String> artifact(String name, String purpose) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("artifact", name);
    m.put("purpose", purpose);
    return m;
  }
}
