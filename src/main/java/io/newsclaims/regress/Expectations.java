package io.newsclaims.regress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Claim;
import io.newsclaims.model.DocumentResult;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list of facts that must hold in a claims dataset, read from an expectations file
 * (docs/regression.md) or built in code, and checked against claim records. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * CheckReport report = Expectations.load(Path.of("src/test/resources/facts.jsonl"))
 *     .verify(ClaimsFile.read(Path.of("out/claims.jsonl")).records());
 * report.assertAllHold();
 * }</pre>
 */
public final class Expectations {
  /** The keys an expectation line may have; any other key is an error. */
  public static final Set<String> KEYS = Set.of("name", "doc", "type", "value", "min", "max", "qualifier",
      "category", "speaker", "direct", "text", "absent");

  private final String source;
  private final List<Expectation> list;

  private Expectations(String source, List<Expectation> list) {
    this.source = source;
    this.list = List.copyOf(list);
  }

  /** Expectations built in code; {@code source} names them in reports. */
  public static Expectations of(String source, List<Expectation> expectations) {
    return new Expectations(source, expectations);
  }

  public static Expectations of(Expectation... expectations) {
    return new Expectations("expectations", List.of(expectations));
  }

  /**
   * Reads an expectations file: one JSON object per line; blank lines and lines starting with
   * {@code #} are skipped. Throws {@link InputFileException} naming the file and line of the
   * first bad line, or when the file holds no expectation.
   */
  public static Expectations load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputFileException(file, "file not found");
    } catch (CharacterCodingException e) {
      throw new InputFileException(file, "not UTF-8 text");
    } catch (IOException e) {
      throw new InputFileException(file, "cannot read: " + e.getMessage());
    }
    List<Expectation> list = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        list.add(parse(line).at(file.getFileName() + ":" + (i + 1)));
      } catch (IllegalArgumentException e) {
        throw new InputFileException(file, i + 1, e.getMessage());
      }
    }
    if (list.isEmpty()) {
      throw new InputFileException(file, "no expectations in the file");
    }
    return new Expectations(file.getFileName().toString(), list);
  }

  /** One expectation from its JSON form; IllegalArgumentException says what is wrong. */
  public static Expectation parse(String json) {
    JsonNode o;
    try {
      o = ClaimJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage().split("\n")[0]);
    }
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException("an expectation is a JSON object, not " + json);
    }
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYS.contains(k)) {
        throw new IllegalArgumentException("unknown key '" + k + "'; known: " + String.join(", ", KEYS.stream().sorted().toList()));
      }
    }
    Expectation e = Expectation.claim(string(o, "doc", true), string(o, "type", true));
    if (o.has("name")) {
      e = e.named(string(o, "name", true));
    }
    if (o.has("value")) {
      JsonNode v = o.get("value");
      if (v.isNull()) {
        e = e.noValue();
      } else if (v.isIntegralNumber() && v.canConvertToLong()) {
        e = e.value(v.asLong());
      } else if (v.isNumber()) {
        e = e.value(v.asDouble());
      } else if (v.isTextual()) {
        e = e.value(v.asText());
      } else {
        throw new IllegalArgumentException("'value' must be a number, a string or null, not " + v);
      }
    }
    if (o.has("min")) {
      e = e.min(number(o, "min"));
    }
    if (o.has("max")) {
      e = e.max(number(o, "max"));
    }
    if (o.has("qualifier")) {
      e = e.qualifier(string(o, "qualifier", true));
    }
    if (o.has("category")) {
      e = e.category(string(o, "category", true));
    }
    if (o.has("speaker")) {
      e = speaker(e, o.get("speaker"));
    }
    if (o.has("direct")) {
      e = e.direct(bool(o, "direct"));
    }
    if (o.has("text")) {
      e = e.text(string(o, "text", true));
    }
    if (o.has("absent") && bool(o, "absent")) {
      e = e.absent();
    }
    return e;
  }

  private static Expectation speaker(Expectation e, JsonNode v) {
    if (v.isNull()) {
      return e.unattributed();
    }
    if (v.isTextual() && !v.asText().isBlank()) {
      return e.speaker(v.asText());
    }
    if (v.isArray() && v.size() > 0) {
      List<String> names = new ArrayList<>();
      for (JsonNode n : v) {
        if (!n.isTextual() || n.asText().isBlank()) {
          throw new IllegalArgumentException("'speaker' names must be non-empty strings, not " + n);
        }
        names.add(n.asText());
      }
      return e.speaker(names.toArray(String[]::new));
    }
    throw new IllegalArgumentException("'speaker' must be a name, a list of accepted names, or null, not " + v);
  }

  private static String string(JsonNode o, String key, boolean required) {
    JsonNode v = o.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      if (!required && v == null) {
        return null;
      }
      throw new IllegalArgumentException("'" + key + "' must be a non-empty string" + (v == null ? " (missing)" : ", not " + v));
    }
    return v.asText();
  }

  private static double number(JsonNode o, String key) {
    JsonNode v = o.get(key);
    if (!v.isNumber()) {
      throw new IllegalArgumentException("'" + key + "' must be a number, not " + v);
    }
    return v.asDouble();
  }

  private static boolean bool(JsonNode o, String key) {
    JsonNode v = o.get(key);
    if (!v.isBoolean()) {
      throw new IllegalArgumentException("'" + key + "' must be true or false, not " + v);
    }
    return v.asBoolean();
  }

  public List<Expectation> list() {
    return list;
  }

  /** Where the expectations come from (the file name), for reports. */
  public String source() {
    return source;
  }

  /** Checks every expectation against claim records (from a claims file, or from {@link #records}). */
  public CheckReport verify(Collection<ClaimJson.Record> claims) {
    Map<String, List<ClaimJson.Record>> byDoc = new LinkedHashMap<>();
    for (ClaimJson.Record r : claims) {
      byDoc.computeIfAbsent(r.docId(), k -> new ArrayList<>()).add(r);
    }
    List<CheckReport.Outcome> outcomes = new ArrayList<>();
    for (Expectation e : list) {
      outcomes.add(check(e, byDoc.getOrDefault(e.doc(), List.of())));
    }
    return new CheckReport(source, outcomes);
  }

  /** Checks every expectation against the claims of documents processed in this JVM. */
  public CheckReport verify(DocumentResult... results) {
    return verify(records(results));
  }

  /** The claim records of processed documents (a failed document has none). */
  public static List<ClaimJson.Record> records(DocumentResult... results) {
    List<ClaimJson.Record> out = new ArrayList<>();
    for (DocumentResult r : results) {
      if (!r.failed()) {
        for (Claim c : r.claims()) {
          out.add(new ClaimJson.Record(ClaimJson.claimId(r.id(), c), r.id(), c));
        }
      }
    }
    return out;
  }

  private static CheckReport.Outcome check(Expectation e, List<ClaimJson.Record> docClaims) {
    List<ClaimJson.Record> sameType = docClaims.stream().filter(r -> r.claim().type().equals(e.type())).toList();
    ClaimJson.Record best = null;
    List<String> bestMisses = null;
    for (ClaimJson.Record r : sameType) {
      List<String> misses = e.mismatches(r.claim());
      if (bestMisses == null || misses.size() < bestMisses.size()) {
        best = r;
        bestMisses = misses;
      }
    }
    boolean found = bestMisses != null && bestMisses.isEmpty();
    if (e.isAbsent()) {
      return found
          ? new CheckReport.Outcome(e, false, "expected no such claim, found " + DiffReport.summary(best.claim()), best)
          : new CheckReport.Outcome(e, true, "no such claim", null);
    }
    if (found) {
      return new CheckReport.Outcome(e, true, "holds: " + DiffReport.summary(best.claim()), best);
    }
    if (docClaims.isEmpty()) {
      return new CheckReport.Outcome(e, false, "no claims at all for document '" + e.doc() + "' (is the id right?)", null);
    }
    if (sameType.isEmpty()) {
      Map<String, Long> types = new java.util.TreeMap<>();
      docClaims.forEach(r -> types.merge(r.claim().type(), 1L, Long::sum));
      return new CheckReport.Outcome(e, false, "document '" + e.doc() + "' has no " + e.type() + " claim (it has "
          + types.toString().replaceAll("[{}]", "") + ")", null);
    }
    return new CheckReport.Outcome(e, false, "no " + e.type() + " claim matches among " + sameType.size()
        + "; nearest: " + DiffReport.summary(best.claim()) + " — " + String.join("; ", bestMisses), best);
  }
}
