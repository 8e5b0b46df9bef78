package io.newsclaims.testing;

import io.newsclaims.io.ClaimJson;
import io.newsclaims.io.InputItem;
import io.newsclaims.io.Inputs;
import io.newsclaims.model.Claim;
import io.newsclaims.model.DocumentResult;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The claims of the seed articles ({@code seeds/}) run through the shared core once per test
 * JVM, as {@code newsclaims extract seeds} writes them: one JSON line per claim, in input order.
 */
public final class SeedClaims {
  public static final Path SEEDS = Path.of("seeds");
  private static volatile List<String> lines;

  private SeedClaims() {}

  /** The output lines; throws AssertionError if a seed cannot be read or fails. */
  public static List<String> lines() {
    if (lines == null) {
      synchronized (SeedClaims.class) {
        if (lines == null) {
          lines = extract();
        }
      }
    }
    return lines;
  }

  public static List<ClaimJson.Record> records() {
    return lines().stream().map(l -> {
      try {
        return ClaimJson.fromNode(ClaimJson.MAPPER.readTree(l));
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }).toList();
  }

  private static List<String> extract() {
    List<String> out = new ArrayList<>();
    Inputs inputs = new Inputs(List.of(SEEDS.toString()), new ByteArrayInputStream(new byte[0]));
    while (inputs.hasNext()) {
      InputItem item = inputs.next();
      if (!item.isOk()) {
        throw new AssertionError("cannot read " + item.location() + ": " + item.error());
      }
      DocumentResult r = Shared.core().process(item.document());
      if (r.failed()) {
        throw new AssertionError(item.location() + " failed: " + r.error());
      }
      for (Claim c : r.claims()) {
        out.add(ClaimJson.toLine(r.id(), c));
      }
    }
    return List.copyOf(out);
  }
}
