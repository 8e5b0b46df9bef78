package io.newsclaims.extract.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The lexicons read the same on every machine: in a Turkish locale "intrans".toUpperCase() is
 * "İNTRANS", which named no kind and stopped every run before its first document.
 */
class HarmWordsLocaleTest {
  @Test
  void loadsInATurkishLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      HarmWords words = HarmWords.load();
      assertEquals(new HarmWords.Harm("killed", HarmWords.Kind.INTRANS, false, false, false, false, false, false), words.get("die", "died"));
    } finally {
      Locale.setDefault(before);
    }
  }
}
