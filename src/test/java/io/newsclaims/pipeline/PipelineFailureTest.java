package io.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsclaims.model.DocumentError;
import io.newsclaims.model.InputDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document that a stage fails on yields an error with that stage's name; a bug also carries its stack trace. */
class PipelineFailureTest {
  /** A stage with a bug: it fails on a state it did not expect. */
  private static final class Broken implements Stage {
    @Override
    public String name() {
      return "broken";
    }

    @Override
    public Document apply(Document doc) {
      throw new IllegalStateException("no sentences in a parsed document");
    }
  }

  /** A stage that refuses its input. */
  private static final class Refusing implements Stage {
    @Override
    public String name() {
      return "refusing";
    }

    @Override
    public Document apply(Document doc) throws StageException {
      throw new StageException("not a news article");
    }
  }

  @Test
  void aBugIsReportedWithItsStackTrace() {
    DocumentError e = new Pipeline(List.of(new Broken())).process(InputDocument.of("d1", "The talks ended.")).error();
    assertEquals("broken", e.stage());
    assertEquals("IllegalStateException: no sentences in a parsed document", e.reason());
    assertTrue(e.trace().contains("PipelineFailureTest$Broken.apply"), e.trace());
  }

  @Test
  void refusedInputHasNoStackTrace() {
    DocumentError e = new Pipeline(List.of(new Refusing())).process(InputDocument.of("d2", "The talks ended.")).error();
    assertEquals("refusing", e.stage());
    assertEquals("not a news article", e.reason());
    assertNull(e.trace());
  }
}
