package io.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsclaims.cli.Main;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.Claim;
import io.newsclaims.model.QuoteInfo;
import io.newsclaims.model.Span;
import io.newsclaims.model.TextRef;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report over a batch of 2,000 articles stays a small page in the browser: the data is
 * embedded once, and the page shows one article, one page of the document index and one page
 * of the figures table at a time.
 */
class ReportBatchBrowserTest {
  static final int DOCS = 2000;
  /** Elements the page may hold at once, whatever the batch size. */
  static final int MAX_ELEMENTS = 2500;
  static final String[] SPEAKERS = {"Lin Jian", "Ministry of Health", "Nasser Kanaani", "UN Secretary-General", "Red Cross"};

  @TempDir static Path tmp;
  static Path page;
  static Chromium chromium;

  /** Article {@code i}: a quote with a figure in it, a figure attributed by "according to", a date, a count. */
  static String text(int i) {
    return "date 2024-05-01\nOfficials met on Monday in city " + i + ". " + SPEAKERS[i % SPEAKERS.length]
        + " said \"at least " + (i + 10) + " people were killed in the strikes\". Another " + (i % 50 + 2)
        + " were injured, according to " + SPEAKERS[(i + 1) % SPEAKERS.length] + ". Delegations from " + (i % 7 + 2)
        + " countries attended.\n" + "The talks went on. ".repeat(40) + "\n";
  }

  static List<Claim> claims(String t, int i) {
    String speaker = SPEAKERS[i % SPEAKERS.length];
    String other = SPEAKERS[(i + 1) % SPEAKERS.length];
    Attribution a = new Attribution(speaker, ref(t, "said"), ref(t, speaker), null);
    Attribution b = new Attribution(other, ref(t, "according to"), ref(t, other), null);
    String quoted = "at least " + (i + 10) + " people were killed in the strikes";
    Span q = span(t, quoted);
    return List.of(
        claim(t, "date", "Monday").withValue("2024-04-29", null),
        claim(t, "quote", quoted).withAttribution(a).withQuote(new QuoteInfo(true, q)),
        claim(t, "casualty", "at least " + (i + 10) + " people").withValue((long) (i + 10), "at_least")
            .withCategory("killed").withAttribution(a),
        claim(t, "casualty", (i % 50 + 2) + " were injured").withValue((long) (i % 50 + 2), "exact")
            .withCategory("injured").withAttribution(b),
        claim(t, "count", (i % 7 + 2) + " countries").withValue((long) (i % 7 + 2), "exact").withCategory("country"));
  }

  static Span span(String t, String s) {
    int at = t.indexOf(s);
    return new Span(at, at + s.length());
  }

  static TextRef ref(String t, String s) {
    Span sp = span(t, s);
    return new TextRef(s, sp.start(), sp.end());
  }

  static Claim claim(String t, String type, String s) {
    return Claim.of(type, span(t, s), s, 0);
  }

  @BeforeAll
  static void renderBatch() throws Exception {
    chromium = Chromium.find(tmp);
    Path articles = tmp.resolve("articles.jsonl");
    Path claims = tmp.resolve("claims.jsonl");
    try (BufferedWriter a = Files.newBufferedWriter(articles); BufferedWriter c = Files.newBufferedWriter(claims)) {
      for (int i = 0; i < DOCS; i++) {
        String id = "doc-" + i;
        String t = text(i);
        a.write(ClaimJson.MAPPER.createObjectNode().put("id", id).put("text", t).toString());
        a.write('\n');
        for (Claim claim : claims(t, i)) {
          c.write(ClaimJson.toLine(id, claim));
          c.write('\n');
        }
      }
    }
    page = tmp.resolve("report.html");
    StringWriter err = new StringWriter();
    assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "report", claims.toString(),
        "--input", articles.toString(), "-o", page.toString()), err.toString());
    System.out.println("[batch report] " + err.toString().strip());
  }

  static Document load(String fragment) throws Exception {
    long t0 = System.nanoTime();
    Chromium.Loaded loaded = chromium.load(page, fragment);
    System.out.printf(Locale.ROOT, "[batch report] #%s loaded and rendered in %.1f s%n", fragment, (System.nanoTime() - t0) / 1e9);
    assertEquals(List.of(), loaded.console());
    Document dom = Jsoup.parse(loaded.dom());
    assertEquals("ok", dom.body().attr("data-status"), dom.getElementById("errors").text());
    System.out.printf(Locale.ROOT, "[batch report] #%s: page ready %s ms after navigation start, %d elements%n", fragment,
        dom.body().attr("data-ready-ms"), dom.getAllElements().size());
    int elements = dom.getAllElements().size();
    assertTrue(elements < MAX_ELEMENTS, elements + " elements");
    return dom;
  }

  @Test
  void summaryShowsTheWholeBatchOnePageOfFiguresAtATime() throws Exception {
    Document dom = load("summary");
    assertEquals(List.of("2,000 documents read", "2,000 succeeded", "0 failed", "10,000 claims", "5 speakers",
        "6,000 casualty & count figures"), dom.select("#cards .card").eachText());
    assertEquals(50, dom.select("#figures tbody tr").size());
    assertEquals("1\u201350 of 6,000", dom.select("#figures-pager span").text());
  }

  @Test
  void articleViewShowsOneArticleAndOnePageOfTheIndex() throws Exception {
    Document dom = load("doc=doc-1999");
    assertEquals("doc-1999", dom.getElementById("doc-title").text());
    assertEquals(5, dom.select("#article-text mark.c.last").size());
    assertEquals(100, dom.select("#doc-list li").size());
    assertEquals("doc-1999", dom.selectFirst("#doc-list li.current").attr("data-doc"));
    assertEquals("1,901\u20132,000 of 2,000", dom.select("#doc-pager span").text());
  }
}
