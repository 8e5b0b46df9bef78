package io.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void entriesAreTheFirstColumnLowerCased() {
    Lexicon parties = Lexicon.load("affiliation-words.txt");
    assertTrue(parties.contains("Tories"));
    assertTrue(parties.entries().contains("gop"));
    assertFalse(parties.contains("party"));
  }

  @Test
  void aColumnMapsOnlyTheEntriesThatHaveIt() {
    Map<String, String> synonyms = Lexicon.load("affiliation-words.txt").column(1);
    assertEquals("tory", synonyms.get("tories"));
    assertEquals("republican", synonyms.get("gop"));
    assertFalse(synonyms.containsKey("labour"));
  }

  @Test
  void markedEntriesCarryTheMarkInTheirColumn() {
    assertTrue(Lexicon.load("source-nouns.txt").marked(1, "body").contains("ministry"));
    assertFalse(Lexicon.load("source-nouns.txt").marked(1, "body").contains("spokesman"));
  }

  @Test
  void aMissingListIsASetupError() {
    assertThrows(IllegalStateException.class, () -> Lexicon.load("no-such-list.txt"));
  }
}
