package io.newsclaims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsclaims.io.ClaimJson;
import io.newsclaims.io.InputItem;
import io.newsclaims.io.Inputs;
import io.newsclaims.model.Claim;
import io.newsclaims.model.DocumentResult;
import io.newsclaims.model.InputDocument;
import io.newsclaims.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every record must satisfy, on real inputs: its text is the original text between its
 * code-point offsets; claims come in span order; the date header is never a claim.
 */
class PipelineContractTest {

  /** Checks the span contract of every claim of a result and returns the claims. */
  static List<Claim> checkSpans(DocumentResult r) {
    assertFalse(r.failed(), () -> r.id() + " failed: " + r.error());
    String text = r.input().text();
    int[] cps = text.codePoints().toArray();
    Claim previous = null;
    for (Claim c : r.claims()) {
      String slice = new String(cps, c.span().start(), c.span().length());
      assertEquals(slice, c.text(), () -> r.id() + ": text differs from the original at " + c.span());
      if (c.attribution() != null && c.attribution().cue() != null) {
        var cue = c.attribution().cue();
        assertEquals(new String(cps, cue.start(), cue.end() - cue.start()), cue.text(), "cue text at its span");
      }
      if (c.attribution() != null && c.attribution().mention() != null) {
        var m = c.attribution().mention();
        assertEquals(new String(cps, m.start(), m.end() - m.start()), m.text(), "mention text at its span");
      }
      if (previous != null) {
        assertTrue(previous.span().compareTo(c.span()) <= 0, "claims in span order");
      }
      previous = c;
    }
    return r.claims();
  }

  @Test
  void seedsKeepTheirOffsetsAndTheHeaderIsNoClaim() {
    List<InputItem> items = Inputs.readAll(List.of("seeds"));
    assertEquals(3, items.size());
    for (InputItem item : items) {
      DocumentResult r = Shared.core().process(item.document());
      checkSpans(r);
      if (item.id().startsWith("000_")) {
        assertEquals("2024-07-26", r.date(), "the header sets the document date");
        // the header " date 2024-07-26 " occupies code points 0..17: nothing may come from it
        assertTrue(r.claims().stream().allMatch(c -> c.span().start() >= 17), "no claim inside the header");
        assertTrue(r.claims().stream().anyMatch(c -> c.text().equals("Friday") && "2024-07-26".equals(c.value())));
      }
    }
  }

  @Test
  void astralCharactersCountAsOneCodePoint() {
    String text = "🚀🇵🇸 On Monday, “the ceasefire 🕊️ must hold,” the envoy said. 𝒳 In April 𝔸 talks resumed.";
    DocumentResult r = Shared.core().process(InputDocument.of("emoji", text, "2024-07-26"));
    List<Claim> claims = checkSpans(r);
    Claim monday = claims.stream().filter(c -> c.text().equals("Monday")).findFirst().orElseThrow();
    // 🚀, 🇵 and 🇸 are one code point each (two UTF-16 units): "Monday" starts at 3 + len(" On ") = 7
    assertEquals(7, monday.span().start());
    Claim april = claims.stream().filter(c -> c.text().equals("April")).findFirst().orElseThrow();
    assertEquals(66, april.span().start(), "after 🕊️ and 𝒳 too, offsets count code points");
  }

  @Test
  void fiftyBbcArticlesKeepTheirOffsets() throws Exception {
    Path bbc = Shared.SHARED.resolve("corpus/bbc");
    List<Path> files = new ArrayList<>();
    for (String section : List.of("business", "entertainment", "politics", "sport", "tech")) {
      try (Stream<Path> s = Files.list(bbc.resolve(section))) {
        s.sorted().limit(10).forEach(files::add);
      }
    }
    assertEquals(50, files.size());
    int claims = 0;
    for (Path f : files) {
      InputItem item = Inputs.readAll(List.of(f.toString())).get(0);
      claims += checkSpans(Shared.core().process(item.document())).size();
    }
    assertTrue(claims > 100, "50 articles yield claims: " + claims);
  }

  @Test
  void nonEnglishDocumentsAreRefusedAndTheOthersGoOn() {
    String german = "Die Bundesregierung hat am Montag in Berlin neue Maßnahmen gegen die steigenden Energiepreise "
        + "beschlossen. Der Sprecher sagte, man werde die Haushalte im Winter entlasten.";
    String french = "Le gouvernement a annoncé lundi à Paris de nouvelles mesures contre la hausse des prix de "
        + "l'énergie. Le porte-parole a déclaré que les ménages seraient aidés cet hiver.";
    String english = "The government announced new measures on Monday, the spokesman said.";
    List<DocumentResult> results = Stream.of(
            InputDocument.of("de", german), InputDocument.of("en", english), InputDocument.of("fr", french))
        .map(Shared.core()::process).toList();
    assertEquals("language", results.get(0).error().stage());
    assertTrue(results.get(0).error().reason().startsWith("not English: language detected as 'deu'"),
        results.get(0).error().reason());
    assertTrue(results.get(0).claims().isEmpty());
    assertNull(results.get(1).error());
    assertFalse(results.get(1).claims().isEmpty(), "the English document still yields its claims");
    assertTrue(results.get(2).error().reason().startsWith("not English: language detected as 'fra'"));
  }

  @Test
  void outputIsIdenticalAcrossRuns() {
    List<InputItem> items = Inputs.readAll(List.of("seeds"));
    assertEquals(render(items), render(items));
  }

  static String render(List<InputItem> items) {
    StringBuilder sb = new StringBuilder();
    for (InputItem item : items) {
      for (Claim c : Shared.core().process(item.document()).claims()) {
        sb.append(ClaimJson.toLine(item.id(), c)).append('\n');
      }
    }
    return sb.toString();
  }
}
