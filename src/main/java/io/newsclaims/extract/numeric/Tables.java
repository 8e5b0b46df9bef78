package io.newsclaims.extract.numeric;

import io.newsclaims.text.Lexicon;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the tab-separated columns of a {@code models/} word list into a map. */
final class Tables {
  private Tables() {}

  /** Maps each line's first column (lower case) to its remaining columns; checks the column count. */
  static Map<String, String[]> columns(String file, int columns) {
    Lexicon lexicon = Lexicon.load(file);
    Map<String, String[]> map = new LinkedHashMap<>();
    for (String line : lexicon.lines()) {
      String[] cols = line.split("\t");
      if (cols.length < columns) {
        throw new IllegalStateException("models/" + file + ": line '" + line + "' has fewer than " + columns + " columns");
      }
      map.put(cols[0].strip().toLowerCase(Locale.ROOT), List.of(cols).subList(1, cols.length).stream().map(String::strip).toArray(String[]::new));
    }
    return map;
  }
}
