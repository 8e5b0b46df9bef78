package io.newsclaims.regress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.io.ClaimJson;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gold documents read from anchored gold files (docs/regression.md): each gold claim located
 * in its document's text as a code-point span, exactly as {@code score.py} locates it (the
 * {@code nth} occurrence of {@code anchor}, overlapping occurrences counted), or taken from
 * explicit {@code start}/{@code end}. Immutable once loaded.
 */
public final class Gold {
  /** One gold claim: its type, code-point span, the words shown for it, and every field the gold gives. */
  public record Claim(String type, int start, int end, String anchor, boolean optional, ObjectNode fields) {
    /** Whether the gold gives this attribute (even as null). */
    public boolean has(String attribute) {
      return fields.has(attribute);
    }

    public JsonNode get(String attribute) {
      return fields.get(attribute);
    }
  }

  /** One gold document: its id, text (as Python reads it: line ends become \n) and claims in file order. */
  public record Doc(String docId, String text, List<Claim> claims) {}

  private final Map<String, Doc> docs;

  private Gold(Map<String, Doc> docs) {
    this.docs = Collections.unmodifiableMap(docs);
  }

  /**
   * Loads gold files in order; a document id given again replaces the earlier document (keeping
   * its place). {@code root} is the folder that {@code path} fields are relative to; null means
   * the folder above each gold file's folder.
   */
  public static Gold load(List<Path> files, Path root) {
    Map<String, Doc> docs = new LinkedHashMap<>();
    for (Path file : files) {
      Path base = root != null ? root : parentOfParent(file);
      List<String> lines = readLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          Doc d = parseDoc(lines.get(i), base, file, i + 1);
          docs.put(d.docId(), d);
        }
      }
    }
    return new Gold(docs);
  }

  /** The documents by id, in the order first read. */
  public Map<String, Doc> docs() {
    return docs;
  }

  private static Path parentOfParent(Path file) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    Path up = dir == null ? null : dir.getParent();
    return up != null ? up : Path.of("/");
  }

  private static Doc parseDoc(String line, Path base, Path file, int lineNo) {
    JsonNode d;
    try {
      d = ClaimJson.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputFileException(file, lineNo, "malformed JSON: " + e.getOriginalMessage().split("\n")[0]);
    }
    if (d == null || !d.isObject()) {
      throw new InputFileException(file, lineNo, "not a JSON object");
    }
    String docId = requiredText(d, "doc_id", file, lineNo);
    String text;
    if (d.hasNonNull("text")) {
      text = d.get("text").asText();
    } else if (d.hasNonNull("path")) {
      Path p = base.resolve(d.get("path").asText());
      if (!Files.isRegularFile(p)) {
        throw new InputFileException(file, lineNo, "document " + docId + ": text file not found: " + p);
      }
      text = pythonText(p);
    } else {
      throw new InputFileException(file, lineNo, "document " + docId + " gives neither 'text' nor 'path'");
    }
    JsonNode cs = d.get("claims");
    if (cs == null || !cs.isArray()) {
      throw new InputFileException(file, lineNo, "document " + docId + " has no 'claims' list");
    }
    List<Claim> claims = new ArrayList<>();
    int k = 0;
    for (JsonNode c : cs) {
      k++;
      String where = "document " + docId + ", claim " + k + ": ";
      if (!c.isObject()) {
        throw new InputFileException(file, lineNo, where + "not a JSON object");
      }
      String type = requiredText(c, "type", file, lineNo);
      claims.add(locate((ObjectNode) c, type, text, docId, where, file, lineNo));
    }
    return new Doc(docId, text, List.copyOf(claims));
  }

  private static Claim locate(ObjectNode c, String type, String text, String docId, String where, Path file, int lineNo) {
    boolean optional = c.path("optional").asBoolean(false);
    if (c.hasNonNull("anchor")) {
      String anchor = c.get("anchor").asText();
      int nth = c.path("nth").asInt(1);
      if (nth < 1 || (c.has("nth") && !c.get("nth").isIntegralNumber())) {
        throw new InputFileException(file, lineNo, where + "'nth' must be a whole number from 1, not " + c.get("nth"));
      }
      int at = -1;
      for (int i = 0; i < nth; i++) {
        at = text.indexOf(anchor, at + 1);
        if (at < 0) {
          throw new InputFileException(file, lineNo,
              "gold anchor not found: " + docId + ": " + PythonText.reprString(anchor) + " #" + nth);
        }
      }
      int start = text.codePointCount(0, at);
      return new Claim(type, start, start + anchor.codePointCount(0, anchor.length()), anchor, optional, c);
    }
    if (c.has("start") && c.has("end") && c.get("start").canConvertToInt() && c.get("end").canConvertToInt()) {
      int start = c.get("start").asInt();
      int end = c.get("end").asInt();
      int length = text.codePointCount(0, text.length());
      if (start < 0 || end < start || end > length) {
        throw new InputFileException(file, lineNo, where + "span [" + start + "," + end + ") is outside the text (" + length + " code points)");
      }
      return new Claim(type, start, end, slice(text, start, end), optional, c);
    }
    throw new InputFileException(file, lineNo, where + "gives neither 'anchor' nor integer 'start' and 'end'");
  }

  private static String requiredText(JsonNode o, String field, Path file, int lineNo) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual()) {
      throw new InputFileException(file, lineNo, "missing or non-string '" + field + "'");
    }
    return v.asText();
  }

  /** Python's {@code text[start:end]} on code points, indices clamped to the text. */
  static String slice(String text, int start, int end) {
    int n = text.codePointCount(0, text.length());
    int s = Math.max(0, Math.min(start, n));
    int e = Math.max(s, Math.min(end, n));
    int from = text.offsetByCodePoints(0, s);
    return text.substring(from, text.offsetByCodePoints(from, e - s));
  }

  /** A text file read as Python's {@code open(p, encoding="utf-8").read()} reads it: strict UTF-8, universal newlines. */
  static String pythonText(Path p) {
    try {
      byte[] bytes = Files.readAllBytes(p);
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return s.replace("\r\n", "\n").replace('\r', '\n');
    } catch (NoSuchFileException e) {
      throw new InputFileException(p, "file not found");
    } catch (CharacterCodingException e) {
      throw new InputFileException(p, "not UTF-8 text");
    } catch (IOException e) {
      throw new InputFileException(p, "cannot read: " + e.getMessage());
    }
  }

  private static List<String> readLines(Path file) {
    String all = pythonText(file);
    List<String> lines = new ArrayList<>(List.of(all.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
