package io.newsclaims.regress;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The few Python behaviours that {@code score.py} relies on, done the same way in Java so that
 * {@code newsclaims eval} prints the same bytes: {@code norm()}, {@code str()} and {@code repr()}
 * of JSON values, {@code round(x, 3)}, {@code format(x, '.2f')} and {@code json.dumps}.
 * Stateless and thread-safe.
 */
public final class PythonText {
  private PythonText() {}

  /**
   * score.py's {@code norm}: lower case, every run of non-word characters becomes one space,
   * trimmed. A word character is what Python's {@code \w} matches: a letter, a digit or other
   * number, or the underscore.
   */
  public static String norm(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (isWordChar(cp)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        b.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  /** The words of {@code norm(s)}: Python's {@code norm(s).split()}. */
  public static List<String> words(String s) {
    String n = norm(s);
    return n.isEmpty() ? List.of() : List.of(n.split(" "));
  }

  static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  /** Python's {@code str(v)} of a value read from JSON (or a Java string, number, boolean, null). */
  public static String str(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof JsonNode n && n.isTextual()) {
      return n.asText();
    }
    return repr(v);
  }

  /** Python's {@code repr(v)} of a value read from JSON (or a Java string, number, boolean, null). */
  public static String repr(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof JsonNode n) {
      return reprNode(n);
    }
    if (v instanceof String s) {
      return reprString(s);
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof Double || v instanceof Float) {
      return floatRepr(((Number) v).doubleValue());
    }
    if (v instanceof Number n) {
      return Long.toString(n.longValue());
    }
    if (v instanceof List<?> list) {
      StringBuilder b = new StringBuilder("[");
      for (Object o : list) {
        b.append(b.length() > 1 ? ", " : "").append(repr(o));
      }
      return b.append(']').toString();
    }
    return reprString(v.toString());
  }

  private static String reprNode(JsonNode n) {
    if (n.isNull() || n.isMissingNode()) {
      return "None";
    }
    if (n.isTextual()) {
      return reprString(n.asText());
    }
    if (n.isBoolean()) {
      return n.asBoolean() ? "True" : "False";
    }
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue().toString();
    }
    if (n.isNumber()) {
      return floatRepr(n.asDouble());
    }
    StringBuilder b = new StringBuilder();
    if (n.isArray()) {
      b.append('[');
      for (JsonNode e : n) {
        b.append(b.length() > 1 ? ", " : "").append(reprNode(e));
      }
      return b.append(']').toString();
    }
    b.append('{');
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      b.append(b.length() > 1 ? ", " : "").append(reprString(e.getKey())).append(": ").append(reprNode(e.getValue()));
    }
    return b.append('}').toString();
  }

  /** Python's {@code repr(s)} of a string: single quotes unless it holds one and no double quote. */
  public static String reprString(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder(s.length() + 2).append(q);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == q || cp == '\\') {
        b.append('\\').appendCodePoint(cp);
      } else if (cp == '\t') {
        b.append("\\t");
      } else if (cp == '\n') {
        b.append("\\n");
      } else if (cp == '\r') {
        b.append("\\r");
      } else if (cp < ' ' || cp == 0x7f) {
        b.append(String.format(Locale.ROOT, "\\x%02x", cp));
      } else if (cp < 0x7f || isPrintable(cp)) {
        b.appendCodePoint(cp);
      } else if (cp <= 0xff) {
        b.append(String.format(Locale.ROOT, "\\x%02x", cp));
      } else if (cp <= 0xffff) {
        b.append(String.format(Locale.ROOT, "\\u%04x", cp));
      } else {
        b.append(String.format(Locale.ROOT, "\\U%08x", cp));
      }
    }
    return b.append(q).toString();
  }

  /** Python's {@code str.isprintable} for one code point: not a control, format, separator or unassigned character. */
  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  /** Python's {@code repr(x)} of a float: shortest digits, fixed notation from 1e-4 up to 1e16, else {@code 1e+16}. */
  public static String floatRepr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return 1 / x < 0 ? "-0.0" : "0.0";
    }
    BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
    String digits = d.unscaledValue().abs().toString();
    int exp = digits.length() - 1 - d.scale();
    String sign = x < 0 ? "-" : "";
    if (exp >= -4 && exp < 16) {
      String plain = d.abs().toPlainString();
      return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
  }

  /** Python's {@code round(x, 3)}: the exact binary value rounded half to even. */
  public static double round3(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** Python's {@code format(x, '.2f')}: the exact binary value rounded half to even, two decimals. */
  public static String fixed2(double x) {
    return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * Python's {@code json.dumps(v)} with default settings for maps (in their order), lists,
   * strings, numbers, booleans and null: {@code ", "} and {@code ": "} separators, non-ASCII
   * escaped.
   */
  public static String jsonDumps(Object v) {
    StringBuilder b = new StringBuilder();
    dump(v, b);
    return b.toString();
  }

  private static void dump(Object v, StringBuilder b) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof Map<?, ?> m) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        b.append(first ? "" : ", ");
        first = false;
        dumpString(e.getKey().toString(), b);
        b.append(": ");
        dump(e.getValue(), b);
      }
      b.append('}');
    } else if (v instanceof List<?> l) {
      b.append('[');
      for (int i = 0; i < l.size(); i++) {
        b.append(i > 0 ? ", " : "");
        dump(l.get(i), b);
      }
      b.append(']');
    } else if (v instanceof Boolean bool) {
      b.append(bool ? "true" : "false");
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      b.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : floatRepr(d));
    } else if (v instanceof Number n) {
      b.append(n.longValue());
    } else {
      dumpString(v.toString(), b);
    }
  }

  private static void dumpString(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
