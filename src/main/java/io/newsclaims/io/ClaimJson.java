package io.newsclaims.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.NewsClaims;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.Claim;
import io.newsclaims.model.Context;
import io.newsclaims.model.QuoteInfo;
import io.newsclaims.model.Span;
import io.newsclaims.model.TextRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The output record of one claim (docs/format.md), written and read back. Field order is
 * fixed, every field CLAIMS.md names is always present (null when it does not apply), so that
 * the same claims always give the same bytes. Thread-safe.
 */
public final class ClaimJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ClaimJson() {}

  /** A claim's stable id: a hash of document id, type and span (same input and config, same id). */
  public static String claimId(String docId, Claim c) {
    String key = docId + "\u0000" + c.type() + "\u0000" + c.span().start() + "\u0000" + c.span().end();
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode toNode(String docId, Claim c) {
    ObjectNode o = F.objectNode();
    o.put("schema", NewsClaims.SCHEMA);
    o.put("claim_id", claimId(docId, c));
    o.put("doc_id", docId);
    o.put("type", c.type());
    o.set("span", span(c.span()));
    o.put("text", c.text());
    putNumberOrString(o, "value", c.value());
    o.put("qualifier", c.qualifier());
    o.put("category", c.category());
    o.set("attribution", attribution(c.attribution()));
    o.set("quote", quote(c.quote()));
    o.put("sentence", c.sentence());
    putNumberOrString(o, "low", c.low());
    putNumberOrString(o, "high", c.high());
    o.put("unit", c.unit());
    o.set("context", context(c.context()));
    return o;
  }

  /** One JSON line (no newline) for a claim. */
  public static String toLine(String docId, Claim c) {
    try {
      return MAPPER.writeValueAsString(toNode(docId, c));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line (no newline) of the errors file: a document that yielded no claims, and why. */
  public static String errorLine(String docId, String location, String stage, String reason) {
    ObjectNode e = F.objectNode();
    e.put("doc_id", docId);
    e.put("location", location);
    e.put("stage", stage);
    e.put("reason", reason);
    try {
      return MAPPER.writeValueAsString(e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** One line (no newline) of the warnings file: a document decoded by a fallback rule, which and why. */
  public static String decodingWarningLine(String docId, String location, String decoding, String message) {
    ObjectNode w = F.objectNode();
    w.put("doc_id", docId);
    w.put("location", location);
    w.put("kind", "decoding");
    w.put("decoding", decoding);
    w.put("message", message);
    try {
      return MAPPER.writeValueAsString(w);
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static void putNumberOrString(ObjectNode o, String field, Object v) {
    if (v == null) {
      o.putNull(field);
    } else if (v instanceof Long || v instanceof Integer) {
      o.put(field, ((Number) v).longValue());
    } else if (v instanceof Number n) {
      double d = n.doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        o.put(field, (long) d);
      } else {
        o.put(field, d);
      }
    } else {
      o.put(field, v.toString());
    }
  }

  private static ObjectNode span(Span s) {
    ObjectNode o = F.objectNode();
    o.put("start", s.start());
    o.put("end", s.end());
    return o;
  }

  private static JsonNode ref(TextRef r) {
    if (r == null) {
      return F.nullNode();
    }
    ObjectNode o = F.objectNode();
    o.put("text", r.text());
    o.put("start", r.start());
    o.put("end", r.end());
    return o;
  }

  private static JsonNode attribution(Attribution a) {
    if (a == null) {
      return F.nullNode();
    }
    ObjectNode o = F.objectNode();
    o.put("speaker", a.speaker());
    o.set("cue", ref(a.cue()));
    o.set("mention", ref(a.mention()));
    o.put("role", a.role());
    if (a.cueKind() != null) {
      o.put("cue_kind", a.cueKind()); // only where the scope counts attitudes: statements' records stay as they were
    }
    return o;
  }

  private static JsonNode quote(QuoteInfo q) {
    if (q == null) {
      return F.nullNode();
    }
    ObjectNode o = F.objectNode();
    o.put("direct", q.direct());
    o.set("content", q.content() == null ? F.nullNode() : span(q.content()));
    return o;
  }

  private static JsonNode context(Context c) {
    if (c == null || c.isEmpty()) {
      return F.nullNode();
    }
    ObjectNode o = F.objectNode();
    o.set("location", ref(c.location()));
    o.set("time", ref(c.time()));
    o.put("time_value", c.timeValue());
    return o;
  }

  // ---- reading back -------------------------------------------------------------------------

  /** A claim record read from a claims file: its ids and the claim. */
  public record Record(String claimId, String docId, Claim claim) {}

  /** Reads one output record; throws IllegalArgumentException naming the missing field. */
  public static Record fromNode(JsonNode o) {
    String docId = text(o, "doc_id", true);
    String type = text(o, "type", true);
    JsonNode span = o.get("span");
    if (span == null || !span.has("start") || !span.has("end")) {
      throw new IllegalArgumentException("record has no span.start/span.end");
    }
    Span s = new Span(span.get("start").asInt(), span.get("end").asInt());
    Claim c = new Claim(type, s, text(o, "text", true), value(o.get("value")), text(o, "qualifier", false),
        text(o, "category", false), dbl(o.get("low")), dbl(o.get("high")), text(o, "unit", false),
        readAttribution(o.get("attribution")), readQuote(o.get("quote")),
        o.has("sentence") ? o.get("sentence").asInt() : -1, readContext(o.get("context")));
    return new Record(text(o, "claim_id", false), docId, c);
  }

  private static String text(JsonNode o, String f, boolean required) {
    JsonNode v = o.get(f);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException("record has no '" + f + "'");
      }
      return null;
    }
    return v.asText();
  }

  private static Object value(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    return v.asText();
  }

  private static Double dbl(JsonNode v) {
    return v == null || v.isNull() ? null : v.asDouble();
  }

  private static TextRef readRef(JsonNode r) {
    if (r == null || r.isNull()) {
      return null;
    }
    return new TextRef(r.path("text").asText(), r.path("start").asInt(), r.path("end").asInt());
  }

  private static Attribution readAttribution(JsonNode a) {
    boolean hedge = a != null && Attribution.HEDGE.equals(a.path("cue_kind").asText(null));
    if (a == null || a.isNull() || (!a.hasNonNull("speaker") && !hedge)) {
      return null;
    }
    return new Attribution(a.hasNonNull("speaker") ? a.get("speaker").asText() : null, readRef(a.get("cue")), readRef(a.get("mention")),
        a.hasNonNull("role") ? a.get("role").asText() : null, a.hasNonNull("cue_kind") ? a.get("cue_kind").asText() : null);
  }

  private static QuoteInfo readQuote(JsonNode q) {
    if (q == null || q.isNull()) {
      return null;
    }
    JsonNode c = q.get("content");
    Span content = c == null || c.isNull() ? null : new Span(c.get("start").asInt(), c.get("end").asInt());
    return new QuoteInfo(q.path("direct").asBoolean(), content);
  }

  private static Context readContext(JsonNode c) {
    if (c == null || c.isNull()) {
      return null;
    }
    return new Context(readRef(c.get("location")), readRef(c.get("time")),
        c.hasNonNull("time_value") ? c.get("time_value").asText() : null);
  }
}
