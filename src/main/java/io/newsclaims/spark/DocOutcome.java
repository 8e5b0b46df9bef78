package io.newsclaims.spark;

import io.newsclaims.NewsClaims;
import io.newsclaims.batch.BatchRunner;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.io.InputItem;
import io.newsclaims.model.Claim;
import io.newsclaims.model.DocumentError;
import io.newsclaims.model.DocumentResult;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scala.Tuple2;

/**
 * What an executor sends back for one document: its place in input order, what the run's counts,
 * errors and warnings files need, and its claims already written as output lines by
 * {@link ClaimJson}, so the driver only concatenates. A document that could not be read is
 * {@code unreadable}, with the stage its item names ({@code read} or {@code limits}), and went
 * through no stage. {@code note} is the decoding warning of its input, or null.
 */
record DocOutcome(long order, String docId, String location, String decoding, String note, boolean unreadable,
    String stage, String reason, List<String> claimTypes, List<String> lines, Map<String, Long> stageNanos)
    implements Serializable {

  boolean failed() {
    return stage != null;
  }

  /**
   * Runs a partition's items (in input order) through {@code core} with the CLI's
   * {@link BatchRunner} on one worker thread (Spark runs one task per core): the same
   * per-document CPU-time limit ({@code timeout}, zero for none, failing at stage
   * {@value BatchRunner#TIMEOUT_STAGE}) and the same failure of a throwable that escapes the core.
   */
  static Iterator<DocOutcome> processAll(Iterator<Tuple2<Long, InputItem>> items, NewsClaims core, Duration timeout)
      throws InterruptedException {
    List<DocOutcome> out = new ArrayList<>();
    // the runner hands outcomes back in input order, on this thread: the keys queue up beside them
    Deque<Long> orders = new ArrayDeque<>();
    Iterator<InputItem> inputs = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public InputItem next() {
        Tuple2<Long, InputItem> t = items.next();
        orders.add(t._1());
        return t._2();
      }
    };
    new BatchRunner(core::process, 1, timeout).run(inputs, o -> out.add(of(orders.poll(), o)));
    return out.iterator();
  }

  /** The outcome of one item, as the CLI's writer sees it. */
  static DocOutcome of(long order, BatchRunner.Outcome outcome) {
    InputItem item = outcome.item();
    String note = item.note();
    DocumentResult r = outcome.result();
    if (r == null) {
      return new DocOutcome(order, item.id(), item.location(), null, note, true, item.stage(), item.error(),
          List.of(), List.of(), Map.of());
    }
    Map<String, Long> nanos = new LinkedHashMap<>(r.stageNanos());
    String decoding = r.input().decoding();
    if (r.failed()) {
      DocumentError e = r.error();
      return new DocOutcome(order, r.id(), item.location(), decoding, note, false, e.stage(), e.reason(),
          List.of(), List.of(), nanos);
    }
    List<String> types = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Claim c : r.claims()) {
      types.add(c.type());
      lines.add(ClaimJson.toLine(r.id(), c));
    }
    return new DocOutcome(order, r.id(), item.location(), decoding, note, false, null, null, types, lines, nanos);
  }
}
