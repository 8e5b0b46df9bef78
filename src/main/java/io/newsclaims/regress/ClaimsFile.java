package io.newsclaims.regress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.io.ClaimJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A claims file (JSON lines, as {@code newsclaims extract} writes it) read into claim records
 * with {@link ClaimJson#fromNode}, remembering the line each record came from. Blank lines are
 * skipped. Immutable once read.
 */
public final class ClaimsFile {
  /** A record and the 1-based line it was read from. */
  public record Line(int line, ClaimJson.Record record) {}

  /** A line that is not a claim record, and why. */
  public record Bad(int line, String reason) {}

  private final Path path;
  private final List<Line> lines;
  private final List<Bad> bad;

  private ClaimsFile(Path path, List<Line> lines, List<Bad> bad) {
    this.path = path;
    this.lines = List.copyOf(lines);
    this.bad = List.copyOf(bad);
  }

  /** Reads every line; a line that is not a claim record is kept in {@link #bad()}. Throws only if the file cannot be read. */
  public static ClaimsFile readLenient(Path path) {
    List<Line> lines = new ArrayList<>();
    List<Bad> bad = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        if (s.isBlank()) {
          continue;
        }
        try {
          lines.add(new Line(n, parse(s)));
        } catch (IllegalArgumentException e) {
          bad.add(new Bad(n, e.getMessage()));
        }
      }
    } catch (NoSuchFileException e) {
      throw new InputFileException(path, "file not found");
    } catch (CharacterCodingException e) {
      throw new InputFileException(path, "not UTF-8 text");
    } catch (IOException e) {
      throw new InputFileException(path, "cannot read: " + e.getMessage());
    }
    return new ClaimsFile(path, lines, bad);
  }

  /** Reads every line; throws {@link InputFileException} naming the file and line of the first line that is not a claim record. */
  public static ClaimsFile read(Path path) {
    ClaimsFile f = readLenient(path);
    if (!f.bad.isEmpty()) {
      Bad b = f.bad.get(0);
      throw new InputFileException(path, b.line(), b.reason());
    }
    return f;
  }

  /** One claim record from one JSON line; IllegalArgumentException says what is wrong with it. */
  public static ClaimJson.Record parse(String json) {
    JsonNode node;
    try {
      node = ClaimJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage().split("\n")[0]);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    try {
      return ClaimJson.fromNode(node);
    } catch (IllegalArgumentException | NullPointerException e) {
      // fromNode names a missing required field; a nested object without its own fields (a
      // quote.content with no start) surfaces as a null pointer: both mean "not a claim record"
      throw new IllegalArgumentException("not a claim record: " + e.getMessage());
    }
  }

  public Path path() {
    return path;
  }

  public List<Line> lines() {
    return lines;
  }

  public List<ClaimJson.Record> records() {
    return lines.stream().map(Line::record).toList();
  }

  public List<Bad> bad() {
    return bad;
  }
}
