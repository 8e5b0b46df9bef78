package io.newsclaims.lang;

import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import io.newsclaims.pipeline.StageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Refuses documents that are not in English, using OpenNLP's language-detection model
 * (langdetect-183, 103 languages, from the {@code opennlp-models-langdetect} artifact).
 * Texts with too few letters to judge pass through. Thread-safe: the model is shared and each
 * thread gets its own detector.
 */
public final class LanguageGate implements Stage {
  /** The model file inside the opennlp-models-langdetect jar. */
  public static final String MODEL_RESOURCE = "/langdetect-183.bin";
  /** Below this many letters the detector guesses; such texts are let through. */
  static final int MIN_LETTERS = 60;
  /** How many characters of the text the detector reads: enough to judge, cheap on long texts. */
  static final int SAMPLE_CHARS = 2000;

  private final ThreadLocal<LanguageDetectorME> detector;

  public LanguageGate() {
    LanguageDetectorModel model = loadModel();
    this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
  }

  static LanguageDetectorModel loadModel() {
    try (InputStream in = LanguageGate.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("language model " + MODEL_RESOURCE
            + " not on the class path (artifact org.apache.opennlp:opennlp-models-langdetect)");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
    }
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.NORMALIZED);
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.LANGUAGE);
  }

  @Override
  public Document apply(Document doc) throws StageException {
    String sample = doc.text().length() > SAMPLE_CHARS ? doc.text().substring(0, SAMPLE_CHARS) : doc.text();
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return doc.withLanguage("eng");
    }
    Language[] ranked = detector.get().predictLanguages(sample);
    String best = ranked[0].getLang();
    if (!best.equals("eng")) {
      throw new StageException(String.format(Locale.ROOT, 
          "not English: language detected as '%s' (confidence %.2f)", best, ranked[0].getConfidence()));
    }
    return doc.withLanguage(best);
  }
}
