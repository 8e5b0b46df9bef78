package io.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsclaims.cli.Main;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.Claim;
import io.newsclaims.model.QuoteInfo;
import io.newsclaims.model.Span;
import io.newsclaims.model.TextRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page in a real browser (headless Chromium): the seeds' report loads without a
 * console message or script error, shows the speakers and the 34,535 figure with the link to
 * its source, and an article full of markup shows that markup as text and runs none of it.
 * The seeds' claims are the hand-made fixture {@code report/seeds.claims.jsonl} (pipeline dates
 * and quotes plus attributions and figures as the gold gives them).
 */
class ReportBrowserTest {
  /** Sets an attribute on the page's root element when it runs: the page must never carry it. */
  static final String PWN = "document.documentElement.setAttribute('data-pwned',";
  static final String EVIL_TEXT = "date 2024-05-01\n\uD83D\uDE00 The ministry said <script>" + PWN + "'script')</script> and "
      + "\"><img src=x onerror=\"" + PWN + "'img')\"> and </script><script>" + PWN + "'json')</script>"
      + " that 12 people were killed.\n";
  static final String EVIL_ID = "evil-\"><img src=x onerror=\"" + PWN + "'id')\">";
  static final String EVIL_SPEAKER = "ministry <img src=x onerror=\"" + PWN + "'speaker')\">";

  @TempDir static Path tmp;
  static Path page;
  static Chromium chromium;

  @BeforeAll
  static void renderSeedsReport() throws IOException {
    chromium = Chromium.find(tmp);
    Path claims = tmp.resolve("claims.jsonl");
    try (InputStream in = ReportBrowserTest.class.getResourceAsStream("/report/seeds.claims.jsonl")) {
      Files.write(claims, in.readAllBytes());
    }
    Files.writeString(claims, String.join("\n", evilClaims()) + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Path evil = tmp.resolve("evil.jsonl");
    Files.writeString(evil, ClaimJson.MAPPER.createObjectNode().put("id", EVIL_ID).put("text", EVIL_TEXT) + "\n"
        + "{\"id\":\"de-article\",\"text\":\"Die Regierung hat am Montag neue Gespräche angekündigt.\"}\n");
    Files.writeString(tmp.resolve("run.json"), """
        {"tool":"newsclaims","version":"0.1.0",
         "configuration":{"inputs":["seeds","evil.jsonl"],"output":"claims.jsonl"},
         "documents":{"read":5,"succeeded":4,"failed":1,"failures":[
           {"doc_id":"de-article","location":"evil.jsonl:2","stage":"language","reason":"not English (deu)"}]},
         "wall_seconds":12.5}
        """);
    page = tmp.resolve("report.html");
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "report", claims.toString(),
        "--input", "seeds", evil.toString(), "-o", page.toString());
    assertEquals(0, code, err.toString());
  }

  /** A quote over the markup, a casualty figure inside it, and a date that crosses the quote's start. */
  static List<String> evilClaims() {
    TextRef cue = ref("said");
    TextRef mention = ref("The ministry");
    Attribution a = new Attribution(EVIL_SPEAKER, cue, mention, null);
    Span quote = span("<script>", "killed");
    return List.of(
        ClaimJson.toLine(EVIL_ID, claim("quote", quote).withAttribution(a).withQuote(new QuoteInfo(false, quote))),
        ClaimJson.toLine(EVIL_ID, claim("casualty", span("12 people", "12 people")).withValue(12L, "exact")
            .withCategory("killed").withAttribution(a)),
        ClaimJson.toLine(EVIL_ID, claim("date", span("said <script>", "said <script>"))));
  }

  /** The code-point span from the start of {@code first} to the end of {@code last} in the evil text. */
  static Span span(String first, String last) {
    int from = EVIL_TEXT.indexOf(first);
    int to = EVIL_TEXT.indexOf(last, from) + last.length();
    return new Span(EVIL_TEXT.codePointCount(0, from), EVIL_TEXT.codePointCount(0, to));
  }

  static TextRef ref(String s) {
    Span sp = span(s, s);
    return new TextRef(s, sp.start(), sp.end());
  }

  static Claim claim(String type, Span s) {
    int from = EVIL_TEXT.offsetByCodePoints(0, s.start());
    int to = EVIL_TEXT.offsetByCodePoints(0, s.end());
    return Claim.of(type, s, EVIL_TEXT.substring(from, to), 0);
  }

  static Document load(String fragment) throws Exception {
    Chromium.Loaded loaded = chromium.load(page, fragment);
    assertEquals(List.of(), loaded.console(), "console messages");
    Document dom = Jsoup.parse(loaded.dom());
    assertEquals("", dom.getElementById("errors").text(), "errors the page caught");
    assertEquals("ok", dom.body().attr("data-status"), "the page's status after rendering");
    assertFalse(dom.selectFirst("html").hasAttr("data-pwned"), "injected script ran: " + dom.selectFirst("html").attr("data-pwned"));
    assertTrue(dom.select("img").isEmpty(), "no input may become an element: " + dom.select("img"));
    assertEquals(2, dom.select("script").size(), "only the page's own scripts");
    return dom;
  }

  @Test
  void summaryShowsRunSpeakersAndFigures() throws Exception {
    Document dom = load("summary");
    assertFalse(dom.getElementById("summary-view").hasAttr("hidden"));
    assertTrue(dom.getElementById("articles-view").hasAttr("hidden"));
    assertEquals(List.of("5 documents read", "4 succeeded", "1 failed", "35 claims", "8 speakers", "9 casualty & count figures"),
        dom.select("#cards .card").eachText());
    assertEquals("de-article evil.jsonl:2 language not English (deu)", dom.select("#failures tbody tr").text());
    // by quotes, then by all claims attributed: the markup-laden speaker has a quote and a figure
    assertEquals(List.of("Lin Jian", "Palestinian groups", "Ministry of Foreign Affairs", EVIL_SPEAKER, "Nasser Kanaani",
        "Xi Jinping", "Israeli tallies", "Ministry of Health"), dom.select("#speakers tbody td:first-child").eachText());
    Element figure = dom.select("#figures tbody tr").stream().filter(r -> r.text().contains("34,535")).findFirst().orElseThrow();
    assertEquals(List.of("003_47b5167eeece3b24", "34,535", "at least", "killed", "casualty", "at least 34,535 people",
        "Ministry of Health"), figure.select("td").eachText());
    assertEquals(List.of("quote", "casualty", "count", "date", "duration"),
        dom.select("#type-chart svg text[text-anchor=end]").eachText());
  }

  @Test
  void figureIsMarkedInItsArticleWithALinkToItsSource() throws Exception {
    Document dom = load("doc=003_47b5167eeece3b24");
    assertFalse(dom.getElementById("articles-view").hasAttr("hidden"));
    assertEquals("003_47b5167eeece3b24", dom.getElementById("doc-title").text());
    Element figure = dom.select("#article-text mark[data-type=casualty]").stream()
        .filter(m -> m.text().contains("34,535")).findFirst().orElseThrow();
    assertEquals("at least 34,535 people", figure.text());
    assertEquals("Ministry of Health", figure.attr("data-src"));
    String k = figure.attr("data-k");
    assertEquals(1, dom.select("#links path[data-link=" + k + "]").size(), "the arrow from the figure to its source");
    assertEquals(List.of("The Ministry of Foreign Affairs in Beijing", "Lin Jian", "he", "Israeli tallies",
        "Ministry of Health", "Xi Jinping"), dom.select("#article-text .mention").eachText());
    // figures inside quotes nest in the quote's highlight
    Element sides = dom.select("#article-text mark[data-type=count]").stream()
        .filter(m -> m.text().equals("two sides")).findFirst().orElseThrow();
    assertEquals("quote", sides.parent().attr("data-type"));
    assertEquals(Files.readString(Path.of("seeds/003_47b5167eeece3b24.txt")), dom.getElementById("article-text").wholeText());
  }

  @Test
  void speakerFilterKeepsThatSpeakersClaimsAndTheDocumentsWithThem() throws Exception {
    Document dom = load("doc=003_47b5167eeece3b24&speaker=Lin%20Jian");
    assertEquals(List.of("The two groups visited China to partake in an in-depth and candid dialogue on the prospect",
        "The two groups", "The two sides fully expressed their political will to achieve reconciliation through dialogue "
            + "and consultation, discussed many specific issues and made positive progress,",
        "two sides", "China and Palestine share a traditional friendship. We support Palestinian factions in achieving "
            + "reconciliation and increasing solidarity through dialogue and consultation. We will continue to work "
            + "actively towards that end."),
        dom.select("#article-text mark.c").eachText());
    assertEquals(List.of("Lin Jian", "he"), dom.select("#article-text .mention").eachText());
    assertEquals(List.of("000_91396c0de7f92737", "002_58dc751ad04a849c", "003_47b5167eeece3b24"),
        dom.select("#doc-list li").eachAttr("data-doc"));
  }

  @Test
  void typeFilterKeepsThoseTypes() throws Exception {
    Document dom = load("doc=003_47b5167eeece3b24&types=casualty,count");
    assertEquals(List.of("The two groups", "two sides", "about 1,139 people", "about 250 captives", "dozens of people",
        "at least 34,535 people"), dom.select("#article-text mark.c").eachText());
    assertEquals("6 of 16 claims shown", dom.getElementById("doc-meta").text().split(" \u00b7 ")[1]);
  }

  @Test
  void articleMarkupIsShownAsTextAndNeverRuns() throws Exception {
    Document dom = load("doc=" + java.net.URLEncoder.encode(EVIL_ID, StandardCharsets.UTF_8).replace("+", "%20"));
    assertEquals(EVIL_ID, dom.getElementById("doc-title").text());
    Element text = dom.getElementById("article-text");
    assertEquals(EVIL_TEXT, text.wholeText(), "the article text, every character once, however the claims overlap");
    assertEquals("12 people", text.selectFirst("mark[data-type=casualty]").text());
    assertEquals(EVIL_SPEAKER, text.selectFirst("mark[data-type=casualty]").attr("data-src"));
    // the quote starts inside the date: it is split where they cross, and the figure sits inside it
    String quote = text.select("mark[data-type=quote]").stream().map(Element::wholeText).collect(Collectors.joining());
    assertEquals(EVIL_TEXT.substring(EVIL_TEXT.indexOf("<script>"), EVIL_TEXT.indexOf("killed") + 6), quote);
    assertEquals(2, text.select("mark[data-type=quote]").size());
    assertEquals("said <script>", text.select("mark[data-type=date]").stream().map(Element::wholeText)
        .collect(Collectors.joining()));
    assertEquals("quote", text.selectFirst("mark[data-type=casualty]").parent().attr("data-type"));
  }

  @Test
  void failedDocumentIsListedWithItsReason() throws Exception {
    Document dom = load("doc=de-article");
    assertEquals("de-article", dom.getElementById("doc-title").text());
    assertTrue(dom.getElementById("doc-meta").text().endsWith("failed: language: not English (deu)"),
        dom.getElementById("doc-meta").text());
    assertEquals(List.of("000_91396c0de7f92737", "002_58dc751ad04a849c", "003_47b5167eeece3b24", EVIL_ID, "de-article"),
        dom.select("#doc-list li").eachAttr("data-doc"));
  }
}
