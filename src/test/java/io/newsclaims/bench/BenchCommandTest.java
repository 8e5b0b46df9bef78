package io.newsclaims.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code --runs} list: commas inside a variant's brackets belong to it; newsclaims runs first. */
class BenchCommandTest {
  @Test
  void runsListKeepsBracketedPropertiesWhole() {
    assertEquals(List.of("newsclaims", "corenlp-parse", "corenlp-tag[annotators=tokenize,ssplit,pos]"),
        BenchCommand.systems("corenlp-parse, corenlp-tag[annotators=tokenize,ssplit,pos],newsclaims,corenlp-parse"));
  }

  @Test
  void chunksCoverTheDocumentsOnceInOrder() {
    List<Integer> docs = List.of(1, 2, 3, 4, 5, 6, 7);
    assertEquals(List.of(1, 2), Bench.chunk(docs, 0, 3));
    assertEquals(List.of(3, 4), Bench.chunk(docs, 1, 3));
    assertEquals(List.of(5, 6, 7), Bench.chunk(docs, 2, 3));
  }
}
