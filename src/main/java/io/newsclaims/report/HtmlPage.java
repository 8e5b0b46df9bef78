package io.newsclaims.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles the self-contained report page: the HTML template with its style sheet and script
 * inlined, and the report data embedded as JSON in a {@code <script type="application/json">}
 * element. Nothing from the input reaches the page as markup: the data is JSON with every
 * {@code <}, {@code >} and {@code &} written as a {@code \}{@code u} escape (so no
 * {@code </script>} can end the element), the title is HTML-escaped, and the page's script
 * only ever sets text. A Content-Security-Policy allows no network and no script but the
 * page's own (by hash). Thread-safe.
 */
public final class HtmlPage {
  private static final String BASE = "/newsclaims/report/";
  private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");
  private static final ObjectMapper EMBED = new ObjectMapper();

  static {
    EMBED.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
  }

  private HtmlPage() {}

  /** The complete page for {@code data} (see {@link ReportData}). */
  public static String render(ObjectNode data) {
    String script = resource("report.js");
    if (script.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
      throw new IllegalStateException("report.js must not contain '</script'");
    }
    String title = data.path("title").asText("newsclaims report");
    String csp = "default-src 'none'; script-src '" + sha256(script) + "'; style-src 'unsafe-inline'; "
        + "img-src data:; base-uri 'none'; form-action 'none'";
    String template = resource("page.html");
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + script.length() + (1 << 16));
    while (m.find()) {
      String value = switch (m.group(1)) {
        case "title" -> escape(title);
        case "csp" -> escape(csp);
        case "css" -> resource("report.css");
        case "js" -> script;
        case "data" -> json(data);
        default -> throw new IllegalStateException("page.html has an unknown slot " + m.group());
      };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code data} as JSON that is safe inside a script element. */
  static String json(ObjectNode data) {
    try {
      return EMBED.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Text escaped for HTML element content and double-quoted attribute values. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String sha256(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BASE + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON escapes that also write {@code < > &} and the two JavaScript line separators as {@code \}{@code uXXXX}. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private final int[] ascii;

    ScriptSafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
      }
      return null;
    }
  }
}
