package io.newsclaims.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.model.InputDocument;
import java.util.List;

/** One system the benchmark measures: loaded once, then run over batches of documents. */
interface Workload {
  String name();

  /** Loads the models and processes {@code first}: what a user waits for before the first result. */
  void load(InputDocument first);

  /** Processes {@code docs} on {@code threads} threads, adding each document to {@code tally}; not timed here. */
  void run(List<InputDocument> docs, int threads, Tally tally) throws InterruptedException;

  /** The settings the system runs with, for bench.json. */
  ObjectNode describe();
}
