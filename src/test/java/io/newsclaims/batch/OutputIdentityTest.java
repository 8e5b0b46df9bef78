package io.newsclaims.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsclaims.NewsClaims;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.io.InputItem;
import io.newsclaims.model.Claim;
import io.newsclaims.model.InputDocument;
import io.newsclaims.pipeline.Settings;
import io.newsclaims.testing.Corpus;
import io.newsclaims.testing.Shared;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The claims file does not depend on how the work was done: one thread or two, selective
 * SUTime and parsing or every model on every sentence give byte-identical output on the seeds
 * and on BBC articles.
 */
class OutputIdentityTest {
  private static String output(NewsClaims core, List<InputDocument> docs, int threads) throws InterruptedException {
    StringBuilder out = new StringBuilder();
    new BatchRunner(core::process, threads, Duration.ZERO).run(docs.stream().map(InputItem::ok).iterator(), o -> {
      assertTrue(!o.result().failed(), o.item().id() + ": " + o.result().error());
      for (Claim c : o.result().claims()) {
        out.append(ClaimJson.toLine(o.result().id(), c)).append('\n');
      }
    });
    return out.toString();
  }

  @Test
  void oneAndTwoThreadsGiveIdenticalBytes() throws InterruptedException {
    List<InputDocument> docs = Corpus.seedsAndBbc(12);
    String one = output(Shared.core(), docs, 1);
    assertTrue(one.lines().count() > 20, "too few claims to compare: " + one.lines().count());
    assertEquals(one, output(Shared.core(), docs, 2));
  }

  @Test
  void selectiveModelsGiveTheSameClaimsAsEveryModelOnEverySentence() throws InterruptedException {
    List<InputDocument> docs = Corpus.seedsAndBbc(12);
    NewsClaims all = NewsClaims.create(Settings.defaults().withParseAll(true)); // same shared models
    assertEquals(output(all, docs, 2), output(Shared.core(), docs, 2));
  }
}
