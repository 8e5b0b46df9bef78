package io.newsclaims.extract;

import io.newsclaims.model.Claim;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts claims in their output order (span start, span end, type) and drops exact duplicates
 * (same type and span), so that output is identical from run to run. Checks that every claim's
 * text is the original text at its span: a mismatch is a bug and fails the document loudly.
 * Thread-safe.
 */
public final class FinalizeStage implements Stage {
  public static final Comparator<Claim> ORDER = Comparator
      .comparing(Claim::span)
      .thenComparing(Claim::type);

  @Override
  public String name() {
    return "finalize";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.PARSE);
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.FINAL);
  }

  @Override
  public Document apply(Document doc) {
    Map<String, Claim> unique = new LinkedHashMap<>();
    for (Claim c : doc.claims().stream().sorted(ORDER).toList()) {
      unique.putIfAbsent(c.type() + c.span(), c);
      int begin = doc.codePoints().toIndex(c.span().start());
      int end = doc.codePoints().toIndex(c.span().end());
      if (!doc.original().substring(begin, end).equals(c.text())) {
        throw new IllegalStateException("claim text differs from the original at " + c.span() + ": " + c.text());
      }
    }
    return doc.withClaims(List.copyOf(unique.values()));
  }
}
