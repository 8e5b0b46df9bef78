package io.newsclaims.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.model.TextRef;
import io.newsclaims.testing.Shared;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The quote claims of a text as the attribution tests write them:
 * {@code D|R "content" <- speaker / cue / mention}, several joined by " ; ". Every cue and
 * mention is checked to be the original text at its offsets.
 */
final class QuoteRows {
  private QuoteRows() {}

  static String of(String text) {
    return of(Shared.claims(text), text);
  }

  static String of(List<Claim> claims, String text) {
    return claims.stream().filter(c -> c.type().equals(ClaimType.QUOTE)).map(c -> {
      checkRef(text, c.attribution().cue());
      TextRef mention = c.attribution().mention();
      if (mention != null) {
        checkRef(text, mention);
      }
      return (c.quote().direct() ? "D" : "R") + " \"" + c.text() + "\" <- " + c.attribution().speaker() + " / "
          + c.attribution().cue().text() + " / " + (mention == null ? "-" : mention.text()); // a hedge names no one
    }).collect(Collectors.joining(" ; "));
  }

  private static void checkRef(String text, TextRef ref) {
    int begin = text.offsetByCodePoints(0, ref.start());
    int end = text.offsetByCodePoints(0, ref.end());
    assertEquals(ref.text(), text.substring(begin, end), "reference text must be the original at its offsets");
  }
}
