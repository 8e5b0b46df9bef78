package io.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsclaims.model.InputDocument;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.StageException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HeaderDateStageTest {
  private final HeaderDateStage stage = new HeaderDateStage(LocalDate.parse("2020-01-01"));

  private Document run(String text, String given) throws StageException {
    return stage.apply(Document.of(new InputDocument("d", text, given, null, "utf-8")));
  }

  @Test
  void aHeaderOnTheFirstLineSetsTheDateAndIsBlanked() throws StageException {
    Document d = run("date 2024-07-26\nThe talks ended on Monday.", null);
    assertEquals(LocalDate.parse("2024-07-26"), d.date());
    assertEquals("               \nThe talks ended on Monday.", d.text());
  }

  @Test
  void aHeaderFollowedByTextOnTheSameLineCounts() throws StageException {
    Document d = run(" date 2024-07-26 Iran’s Foreign Ministry said", null);
    assertEquals(LocalDate.parse("2024-07-26"), d.date());
    assertEquals(" ".repeat(16) + " Iran’s Foreign Ministry said", d.text());
  }

  @Test
  void theGivenDateWinsOverTheHeaderAndTheDefault() throws StageException {
    assertEquals(LocalDate.parse("2023-05-01"), run("date 2024-07-26\nText.", "2023-05-01").date());
    assertEquals(LocalDate.parse("2023-05-01"), run("Text.", "2023-05-01T10:00:00Z").date());
    assertEquals(LocalDate.parse("2020-01-01"), run("Text.", null).date());
  }

  @Test
  void aDateLaterInTheTextIsNotAHeader() throws StageException {
    Document d = new HeaderDateStage(null).apply(Document.of(InputDocument.of("d", "Talks: date 2024-07-26 set.")));
    assertNull(d.date());
    assertEquals("Talks: date 2024-07-26 set.", d.text());
  }

  @Test
  void aDateThatIsNotADateIsRefused() {
    StageException e = assertThrows(StageException.class, () -> run("Text.", "last Tuesday"));
    assertEquals("document date 'last Tuesday' is not a date (expected YYYY-MM-DD)", e.getMessage());
    StageException h = assertThrows(StageException.class, () -> run("date 2024-13-45\nText.", null));
    assertEquals("header date '2024-13-45' is not a date (expected YYYY-MM-DD)", h.getMessage());
  }
}
