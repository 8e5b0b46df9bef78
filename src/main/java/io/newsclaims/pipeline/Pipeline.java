package io.newsclaims.pipeline;

import io.newsclaims.model.DocumentError;
import io.newsclaims.model.DocumentResult;
import io.newsclaims.model.InputDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of stages that turns one input document into its result. Knows nothing of
 * files or threads; thread-safe when its stages are (all of newsclaims' are). A stage that
 * refuses a document, or fails on it, ends that document with an error naming the stage; the
 * caller goes on with the next.
 */
public final class Pipeline {
  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("a pipeline needs at least one stage");
    }
    this.stages = List.copyOf(stages);
    checkOrder(this.stages);
  }

  /** Every key a stage requires must be provided by a stage before it. */
  static void checkOrder(List<Stage> stages) {
    java.util.Set<String> provided = new java.util.HashSet<>();
    for (Stage s : stages) {
      for (String key : s.requires()) {
        if (!provided.contains(key)) {
          throw new IllegalArgumentException("stage '" + s.name() + "' requires '" + key
              + "', which no stage before it provides");
        }
      }
      provided.addAll(s.provides());
    }
  }

  public List<Stage> stages() {
    return stages;
  }

  public DocumentResult process(InputDocument input) {
    Map<String, Long> nanos = new LinkedHashMap<>();
    Document doc = Document.of(input);
    for (Stage stage : stages) {
      long t0 = System.nanoTime();
      try {
        doc = stage.apply(doc);
      } catch (StageException e) {
        return failure(input, doc, stage, e.getMessage(), null, nanos);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // a bug or a pathological input in one document must not end the batch
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return failure(input, doc, stage, e.getClass().getSimpleName() + ": " + e.getMessage(), trace.toString(), nanos);
      } finally {
        nanos.merge(stage.name(), System.nanoTime() - t0, Long::sum);
      }
    }
    return new DocumentResult(input, dateOf(doc), doc.claims(), null, nanos);
  }

  private static DocumentResult failure(
      InputDocument input, Document doc, Stage stage, String reason, String trace, Map<String, Long> nanos) {
    return new DocumentResult(input, dateOf(doc), List.of(), new DocumentError(stage.name(), reason, trace), nanos);
  }

  private static String dateOf(Document doc) {
    return doc.date() == null ? null : doc.date().toString();
  }
}
