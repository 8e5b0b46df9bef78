package io.newsclaims.pipeline;

/**
 * One step of the pipeline: takes a document, returns it with what this step adds. A stage
 * is immutable after construction and thread-safe: one instance serves every thread.
 * A stage that refuses a document throws {@link StageException} with a one-line reason.
 */
public interface Stage {
  /** A short name, used in the run manifest's timings and in error entries. */
  String name();

  Document apply(Document doc) throws StageException;

  /** The {@link Keys} this stage needs from stages before it. */
  default java.util.Set<String> requires() {
    return java.util.Set.of();
  }

  /** The {@link Keys} this stage provides to stages after it. */
  default java.util.Set<String> provides() {
    return java.util.Set.of();
  }
}
