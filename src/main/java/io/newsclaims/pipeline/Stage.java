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
}
