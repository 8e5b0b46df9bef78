package io.newsclaims.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A word list from the project's {@code models/} folder (packaged under
 * {@code newsclaims/models/} on the class path): one entry per line, lower-cased, blank lines
 * and {@code #} comments ignored. Immutable and thread-safe.
 */
public final class Lexicon {
  public static final String ROOT = "/newsclaims/models/";

  private final String name;
  private final Set<String> entries;
  private final List<String> lines;

  private Lexicon(String name, List<String> lines) {
    this.name = name;
    this.lines = Collections.unmodifiableList(lines);
    Set<String> set = new LinkedHashSet<>();
    for (String line : lines) {
      set.add(line.split("\t")[0].toLowerCase(Locale.ROOT));
    }
    this.entries = Collections.unmodifiableSet(set);
  }

  /** Loads {@code models/<file>} from the class path; a missing file is a setup error. */
  public static Lexicon load(String file) {
    String path = ROOT + file;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("lexicon " + path + " not on the class path");
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          int hash = line.indexOf('#');
          String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
          if (!s.isEmpty()) {
            lines.add(s);
          }
        }
      }
      return new Lexicon(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + path, e);
    }
  }

  public boolean contains(String word) {
    return word != null && entries.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The first column of every entry, lower-cased, in file order. */
  public Set<String> entries() {
    return entries;
  }

  /**
   * The first column, lower-cased, of the entries whose tab-separated column {@code column}
   * (0-based) is {@code mark}: the nouns of {@code source-nouns.txt} marked "body".
   */
  public Set<String> marked(int column, String mark) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length > column && cols[column].equals(mark)) {
        out.add(cols[0].toLowerCase(Locale.ROOT));
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * The first column, lower-cased, of the entries that have a tab-separated column {@code column}
   * (0-based), mapped to that column: "tories → tory" of {@code affiliation-words.txt}.
   */
  public Map<String, String> column(int column) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length > column) {
        out.put(cols[0].toLowerCase(Locale.ROOT), cols[column].strip());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Every entry line as written (tab-separated columns kept). */
  public List<String> lines() {
    return lines;
  }

  public String name() {
    return name;
  }
}
