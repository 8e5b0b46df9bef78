package io.newsclaims.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsclaims.model.InputDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which documents the benchmark takes, and in what order. */
class BenchDocsTest {
  @TempDir Path dir;

  private void write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static List<String> ids(List<InputDocument> docs) {
    return docs.stream().map(InputDocument::id).toList();
  }

  @Test
  void sectionsShareTheDocumentsEvenlySpacedAndRoundRobin() throws IOException {
    for (int i = 1; i <= 6; i++) {
      write("arts/0" + i + ".txt", "a" + i);
    }
    for (int i = 1; i <= 3; i++) {
      write("news/0" + i + ".txt", "n" + i);
    }
    write("news/notes.md", "not a document");
    // 5 documents: 3 from arts (every second file), 2 from news; alternating
    assertEquals(List.of("arts/01", "news/01", "arts/03", "news/02", "arts/05"), ids(BenchDocs.select(dir, 5)));
    assertEquals("n2", BenchDocs.select(dir, 5).get(3).text());
  }

  @Test
  void aSectionWithFewerFilesGivesWhatItHas() throws IOException {
    write("a/1.txt", "x");
    write("b/1.txt", "y");
    write("b/2.txt", "z");
    assertEquals(List.of("a/1", "b/1", "b/2"), ids(BenchDocs.select(dir, 4)));
  }

  @Test
  void aJsonLinesFileGivesItsFirstDocuments() throws IOException {
    write("in.jsonl", "{\"id\":\"x\",\"text\":\"one\"}\nnot json\n{\"id\":\"y\",\"text\":\"two\"}\n{\"id\":\"z\",\"text\":\"three\"}\n");
    assertEquals(List.of("x", "y"), ids(BenchDocs.select(dir.resolve("in.jsonl"), 2)));
  }

  @Test
  void zeroDocumentsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> BenchDocs.select(dir, 0));
  }
}
