package io.newsclaims.testing;

import io.newsclaims.bench.BenchDocs;
import io.newsclaims.io.InputItem;
import io.newsclaims.io.Inputs;
import io.newsclaims.model.InputDocument;
import java.util.ArrayList;
import java.util.List;

/** Real documents for equivalence tests: the seed articles plus BBC articles spread over the sections. */
public final class Corpus {
  private Corpus() {}

  /**
   * The seeds and {@code bbc} BBC articles; the system property {@code newsclaims.test.bbc}
   * raises the BBC count for a longer run.
   */
  public static List<InputDocument> seedsAndBbc(int bbc) {
    List<InputDocument> docs = new ArrayList<>();
    for (InputItem item : Inputs.readAll(List.of(Shared.SHARED.resolve("seeds").toString()))) {
      docs.add(item.document());
    }
    int n = Integer.getInteger("newsclaims.test.bbc", bbc);
    docs.addAll(BenchDocs.select(Shared.SHARED.resolve("corpus").resolve("bbc"), n));
    return docs;
  }
}
