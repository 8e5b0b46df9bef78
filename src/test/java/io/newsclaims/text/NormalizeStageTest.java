package io.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsclaims.model.InputDocument;
import io.newsclaims.pipeline.Document;
import org.junit.jupiter.api.Test;

class NormalizeStageTest {
  @Test
  void oddSpacesAndControlsBecomeSpacesOneForOne() {
    String original = "A\u00a0B\u200bC\u0007D\u2028E “quoted” — 😀\tF\n";
    Document d = new NormalizeStage().apply(Document.of(InputDocument.of("d", original)));
    assertEquals("A B C D\nE “quoted” — 😀\tF\n", d.text());
    assertEquals(original.length(), d.text().length());
    assertEquals(original, d.original());
  }

  @Test
  void aHyphenBetweenSpacesBecomesADashForTheParser() {
    String original = "Ghana - the second largest exporter - said a well-known trader -";
    Document d = new NormalizeStage().apply(Document.of(InputDocument.of("d", original)));
    assertEquals("Ghana \u2013 the second largest exporter \u2013 said a well-known trader -", d.text());
    assertEquals(original, d.original());
  }

  @Test
  void cleanTextIsLeftAlone() {
    Document in = Document.of(InputDocument.of("d", "Nothing to change here."));
    assertEquals(in, new NormalizeStage().apply(in));
  }
}
