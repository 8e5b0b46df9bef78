package io.newsclaims.extract;

import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.model.QuoteInfo;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Emits a {@code quote} claim for each quotation in marks (direct speech). The claim's span is
 * the quoted words without the marks. Attribution is added by the attribution stage.
 * Thread-safe.
 */
public final class DirectQuoteExtractor implements Stage {

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.PARSE);
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.ATTRIBUTION);
  }

  @Override
  public Document apply(Document doc) {
    List<Claim> claims = new ArrayList<>();
    for (QuoteMarks.Found q : QuoteMarks.find(doc.text())) {
      if (q.contentEnd() <= q.contentBegin() || doc.text().substring(q.contentBegin(), q.contentEnd()).isBlank()) {
        continue;
      }
      int sentence = SentenceIndex.of(doc, q.contentBegin());
      Claim c = Spans.claim(doc, ClaimType.QUOTE, q.contentBegin(), q.contentEnd(), sentence);
      claims.add(c.withQuote(new QuoteInfo(true, c.span())));
    }
    return doc.plusClaims(claims);
  }
}
