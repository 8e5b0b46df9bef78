package io.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsclaims.text.HeaderDateStage;
import io.newsclaims.text.NormalizeStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineOrderTest {
  @Test
  void aStageBeforeWhatItRequiresFailsAtConstruction() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Pipeline(List.of(new NormalizeStage(), new HeaderDateStage(null))));
    assertEquals("stage 'normalize' requires 'date', which no stage before it provides", e.getMessage());
  }

  @Test
  void theRightOrderBuilds() {
    assertEquals(2, new Pipeline(List.of(new HeaderDateStage(null), new NormalizeStage())).stages().size());
  }
}
