package io.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.io.ClaimJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page shell: data embedded so that nothing in it can end its script element, title escaped, script pinned by hash. */
class HtmlPageTest {
  static ObjectNode data(String title, String text) {
    ObjectNode o = ClaimJson.MAPPER.createObjectNode();
    o.put("mode", "report").put("title", title);
    o.putArray("docs").addObject().put("id", "a").put("text", text);
    o.putArray("claims");
    o.putObject("summary");
    return o;
  }

  @Test
  void jsonWritesMarkupCharactersAndLineSeparatorsAsEscapes() {
    String json = HtmlPage.json(data("t", "</script><!-- a & b \u2028 \u2029 é"));
    assertEquals("{\"mode\":\"report\",\"title\":\"t\",\"docs\":[{\"id\":\"a\",\"text\":"
        + "\"\\u003C/script\\u003E\\u003C!-- a \\u0026 b \\u2028 \\u2029 é\"}],\"claims\":[],\"summary\":{}}", json);
  }

  @Test
  void embeddedDataReadsBackUnchanged() throws Exception {
    ObjectNode d = data("t", "</script> <b>\"quoted\"</b> \uD83D\uDE00");
    String page = HtmlPage.render(d);
    Document dom = Jsoup.parse(page);
    assertEquals(d, ClaimJson.MAPPER.readTree(dom.getElementById("report-data").data()));
  }

  @Test
  void titleIsEscapedInTheHeadAndTheHeading() {
    String page = HtmlPage.render(data("<img src=x onerror=alert(1)> & \"q\"", ""));
    assertFalse(page.contains("<img"));
    Document dom = Jsoup.parse(page);
    assertEquals("<img src=x onerror=alert(1)> & \"q\"", dom.title());
    assertEquals("<img src=x onerror=alert(1)> & \"q\"", dom.getElementById("page-title").text());
  }

  @Test
  void policyAllowsNoNetworkAndOnlyThePagesOwnScript() throws Exception {
    Document dom = Jsoup.parse(HtmlPage.render(data("t", "")));
    String csp = dom.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    String script = dom.select("script:not([type])").first().data();
    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    assertEquals("default-src 'none'; script-src 'sha256-" + hash + "'; style-src 'unsafe-inline'; img-src data:; "
        + "base-uri 'none'; form-action 'none'", csp);
    assertTrue(dom.select("link, [src]").isEmpty(), "nothing loaded from elsewhere");
  }
}
