package io.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.DocumentResult;
import io.newsclaims.model.InputDocument;
import io.newsclaims.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline's own output on the seeds: every claim it writes is highlighted in place, in a page that loads cleanly. */
class ReportOfPipelineOutputTest {
  @TempDir Path tmp;

  @Test
  void everyClaimOfTheSeedsIsHighlightedInItsArticle() throws Exception {
    Map<String, InputDocument> seeds = ArticleSet.read(List.of("seeds")).documents();
    List<String> lines = new ArrayList<>();
    for (InputDocument d : seeds.values()) {
      DocumentResult r = Shared.core().process(d);
      assertFalse(r.failed(), d.id() + ": " + r.error());
      r.claims().forEach(c -> lines.add(ClaimJson.toLine(d.id(), c)));
    }
    Path claims = tmp.resolve("claims.jsonl");
    Files.write(claims, lines);
    Report.Page page = Report.ofClaims(claims, List.of("seeds"), null, null);
    assertEquals(List.of(), page.notes());
    Path html = tmp.resolve("report.html");
    Files.writeString(html, page.html());

    Chromium chromium = Chromium.find(tmp);
    for (String id : seeds.keySet()) {
      Chromium.Loaded loaded = chromium.load(html, "doc=" + id);
      assertEquals(List.of(), loaded.console(), id);
      Document dom = Jsoup.parse(loaded.dom());
      assertEquals("ok", dom.body().attr("data-status"), dom.getElementById("errors").text());
      long expected = lines.stream().filter(l -> l.contains("\"doc_id\":\"" + id + "\"")).count();
      assertEquals(expected, new HashSet<>(dom.select("#article-text mark.c").eachAttr("data-k")).size(), id);
      assertEquals(seeds.get(id).text(), dom.getElementById("article-text").wholeText(), id);
    }
  }
}
