package io.newsclaims.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsclaims.io.InputItem;
import io.newsclaims.model.DocumentResult;
import io.newsclaims.model.InputDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The runner with a stand-in core: order, one outcome per item, and the time limit on a core that ignores interrupts. */
class BatchRunnerTest {
  private static InputItem doc(String id) {
    return InputItem.ok(InputDocument.of(id, "text of " + id));
  }

  private static DocumentResult ok(InputDocument d) {
    return new DocumentResult(d, null, List.of(), null, Map.of("fake", 1L));
  }

  /** Each outcome as "id ok", "id stage: reason" or "id read: reason". */
  private static List<String> run(BatchRunner runner, List<InputItem> items) throws InterruptedException {
    List<String> out = new ArrayList<>();
    runner.run(items.iterator(), o -> {
      DocumentResult r = o.result();
      out.add(o.item().id() + (r == null ? " read: " + o.item().error()
          : r.failed() ? " " + r.error().stage() + ": " + r.error().reason() : " ok"));
    });
    return out;
  }

  @Test
  void outcomesComeInInputOrderWhateverTheFinishingOrder() throws InterruptedException {
    Function<InputDocument, DocumentResult> jittery = d -> {
      sleep(d.id().hashCode() % 7 * 3L);
      return ok(d);
    };
    List<InputItem> items = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      items.add(doc("d" + i));
      expected.add("d" + i + " ok");
    }
    assertEquals(expected, run(new BatchRunner(jittery, 3, Duration.ZERO), items));
  }

  @Test
  void readFailuresAndThrowingCoreBothGetOneOutcome() throws InterruptedException {
    Function<InputDocument, DocumentResult> buggy = d -> {
      if (d.id().equals("boom")) {
        throw new AssertionError("a bug");
      }
      return ok(d);
    };
    List<InputItem> items = List.of(doc("a"), InputItem.failed("b", "b.txt", "cannot read: permission denied"),
        doc("boom"), doc("c"));
    assertEquals(List.of("a ok", "b read: cannot read: permission denied", "boom internal: AssertionError: a bug", "c ok"),
        run(new BatchRunner(buggy, 2, Duration.ZERO), items));
  }

  @Test
  void aDocumentOverTheTimeLimitIsAbandonedAndTheBatchGoesOn() throws InterruptedException {
    AtomicBoolean release = new AtomicBoolean();
    Function<InputDocument, DocumentResult> stubborn = d -> {
      if (d.id().startsWith("stuck")) {
        while (!release.get()) {
          Thread.onSpinWait(); // like CoreNLP deep in a tokenizer: ignores interrupts
        }
      }
      return ok(d);
    };
    // the limit is CPU time: a wall-clock backstop far off, so that a loaded machine cannot reach it first
    BatchRunner runner = new BatchRunner(stubborn, 1, Duration.ofMillis(300), 1000);
    long t0 = System.nanoTime();
    List<String> out;
    try {
      out = run(runner, List.of(doc("a"), doc("stuck1"), doc("b"), doc("stuck2"), doc("c")));
    } finally {
      release.set(true);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(List.of("a ok",
        "stuck1 timeout: processing took more than 300 ms of CPU time (--doc-timeout); abandoned",
        "b ok",
        "stuck2 timeout: processing took more than 300 ms of CPU time (--doc-timeout); abandoned",
        "c ok"), out);
    assertEquals(2, runner.abandoned());
    // one thread, two stuck documents: the batch finished because each slot was handed on
    assertTrue(seconds < 120, "took " + seconds + " s");
  }

  @Test
  void aBlockedDocumentIsStoppedByTheWallClockBackstopAndLaterDocumentsAreNotHitByItsInterrupt() throws InterruptedException {
    Function<InputDocument, DocumentResult> polite = d -> {
      if (d.id().equals("slow")) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          throw new RuntimeException("interrupted");
        }
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("stray interrupt");
      }
      sleep(20);
      return ok(d);
    };
    assertEquals(List.of("slow timeout: processing took more than 2 s of wall time (10 × --doc-timeout); abandoned",
        "a ok", "b ok", "c ok"),
        run(new BatchRunner(polite, 1, Duration.ofMillis(200)), List.of(doc("slow"), doc("a"), doc("b"), doc("c"))));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
