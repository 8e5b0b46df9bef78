package io.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsclaims.cli.Main;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Claim;
import io.newsclaims.model.Span;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff page in headless Chromium: the seeds fixture against a run that lost a quote, gave a
 * figure another source and found one more date shows exactly those three changes, in the
 * summary and in place in the articles.
 */
class ReportDiffBrowserTest {
  static final String D3 = "003_47b5167eeece3b24";

  @TempDir static Path tmp;
  static Path page;
  static Chromium chromium;

  @BeforeAll
  static void renderDiff() throws Exception {
    chromium = Chromium.find(tmp);
    Path old = tmp.resolve("old.jsonl");
    try (InputStream in = ReportDiffBrowserTest.class.getResourceAsStream("/report/seeds.claims.jsonl")) {
      Files.write(old, in.readAllBytes());
    }
    List<String> now = new ArrayList<>();
    for (String line : Files.readAllLines(old)) {
      ClaimJson.Record r = ClaimJson.fromNode(ClaimJson.MAPPER.readTree(line));
      Claim c = r.claim();
      if (c.text().equals("uniting national efforts")) {
        continue;
      }
      if (c.text().equals("about 1,139 people")) {
        c = c.withAttribution(new io.newsclaims.model.Attribution("Israel", c.attribution().cue(),
            c.attribution().mention(), null));
      }
      now.add(ClaimJson.toLine(r.docId(), c));
    }
    String text = Files.readString(Path.of("seeds", D3 + ".txt"), StandardCharsets.UTF_8);
    int at = text.indexOf("earlier this year"); // the seed texts have no surrogate pairs: index = code point
    now.add(ClaimJson.toLine(D3, Claim.of("date", new Span(at, at + 17), "earlier this year", 5).withValue("2024", null)));
    Path news = tmp.resolve("new.jsonl");
    Files.write(news, now);
    page = tmp.resolve("diff.html");
    StringWriter err = new StringWriter();
    assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "report", "--diff",
        old.toString(), news.toString(), "--input", "seeds", "-o", page.toString()), err.toString());
  }

  static Document load(String fragment) throws Exception {
    Chromium.Loaded loaded = chromium.load(page, fragment);
    assertEquals(List.of(), loaded.console());
    Document dom = Jsoup.parse(loaded.dom());
    assertEquals("ok", dom.body().attr("data-status"), dom.getElementById("errors").text());
    return dom;
  }

  @Test
  void summaryCountsTheChanges() throws Exception {
    Document dom = load("summary");
    assertEquals(List.of("3 documents read", "3 succeeded", "0 failed", "2 documents with changes", "1 added",
        "1 removed", "1 changed", "30 unchanged"), dom.select("#cards .card").eachText());
    assertEquals("attribution.speaker 1", dom.select("#diff-fields tbody tr").text());
    assertEquals("quote 13 12 0 1 0 12", dom.select("#diff-types tbody tr").first().text());
  }

  @Test
  void articleShowsAddedAndChangedClaimsInPlace() throws Exception {
    Document dom = load("doc=" + D3);
    assertEquals(List.of("earlier this year"), dom.select("#article-text mark.st-added").eachText());
    assertEquals(List.of("about 1,139 people"), dom.select("#article-text mark.st-changed").eachText());
    assertEquals("Israel", dom.selectFirst("#article-text mark.st-changed.last").attr("data-src"));
    assertEquals(List.of("000_91396c0de7f92737", D3), dom.select("#doc-list li").eachAttr("data-doc"),
        "the index lists the documents with changes");
  }

  @Test
  void articleShowsRemovedClaimsInPlace() throws Exception {
    Document dom = load("doc=000_91396c0de7f92737");
    assertEquals(List.of("uniting national efforts"), dom.select("#article-text mark.st-removed").eachText());
  }
}
