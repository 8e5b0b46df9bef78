package io.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.model.InputDocument;
import io.newsclaims.pipeline.Document;
import io.newsclaims.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A wire dateline becomes a sentence of its own: its dash turns into a blank line, one for one. */
class DatelineStageTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      NAIROBI — Police fired on crowds.                          | NAIROBI¶ Police fired on crowds.
      KYIV, Aug 27 (Reuters) - Drones hit the city.              | KYIV, Aug 27 (Reuters)¶ Drones hit the city.
      LUSAKA, Jan. 12 (Xinhua) -- Cases rose.                    | LUSAKA, Jan. 12 (Xinhua)¶  Cases rose.
      GOMA, Democratic Republic of Congo (AP) — Rebels advanced. | GOMA, Democratic Republic of Congo (AP)¶ Rebels advanced.
      MOSCOW/KYIV, Sept 14 (Reuters) - Both sides swapped men.   | MOSCOW/KYIV, Sept 14 (Reuters)¶ Both sides swapped men.
      JENIN, August 29, 2024 (WAFA) – Raids went on.             | JENIN, August 29, 2024 (WAFA)¶ Raids went on.
      PORT-AU-PRINCE, Haiti (AP) — Gunmen struck.                | PORT-AU-PRINCE, Haiti (AP)¶ Gunmen struck.
      """)
  void aDatelineIsSetApart(String text, String expected) {
    Document d = new DatelineStage().apply(Document.of(InputDocument.of("d", text)));
    assertEquals(expected.replace("¶", "\n\n"), d.text()); // ¶: the blank line
    assertEquals(text.length(), d.text().length());
    assertEquals(text, d.original());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The UN said - again - that aid was blocked.
      NATO leaders met in The Hague.
      Police in NAIROBI — the capital — fired on crowds.
      """)
  void textWithoutADatelineIsLeftAlone(String text) {
    Document in = Document.of(InputDocument.of("d", text));
    assertEquals(in, new DatelineStage().apply(in));
  }

  @Test
  void theLeadAfterADatelineKeepsItsClosingCue() {
    Claim quote = Shared.claims("NAIROBI (AP) — At least 22 people were killed on Tuesday, the rights commission said.", "2024-06-26")
        .stream().filter(c -> c.type().equals(ClaimType.QUOTE)).findFirst().orElseThrow();
    assertEquals("At least 22 people were killed on Tuesday <- rights commission", quote.text() + " <- " + quote.attribution().speaker());
  }
}
