package io.newsclaims.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsclaims.io.InputItem;
import io.newsclaims.io.Inputs;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's file list: the CLI's ids, locations and order, through Hadoop's file system API. */
class SourceFilesTest {
  @TempDir Path dir;

  @Test
  void directoryGivesTheClisIdsLocationsAndOrder() throws IOException {
    for (String f : List.of("b.txt", "a/c.txt", "a.txt", "a-b.txt", "x.jsonl", "notes.md", "z/é.txt", "z/e.txt")) {
      Files.createDirectories(dir.resolve(f).getParent());
      Files.writeString(dir.resolve(f), f.endsWith(".jsonl") ? "{\"id\":\"j1\",\"text\":\"x\"}\n" : "text", StandardCharsets.UTF_8);
    }
    String in = dir.resolve("a/c.txt").toString();
    List<SourceFiles.Source> sources = SourceFiles.list(List.of(dir.toString(), in), new Configuration());

    assertEquals(List.of("a-b", "a", "a/c", "b", "x", "z/e", "z/é", "c"), sources.stream().map(SourceFiles.Source::id).toList());
    assertEquals(List.of(false, false, false, false, true, false, false, false),
        sources.stream().map(SourceFiles.Source::jsonl).toList());
    // the CLI reads the same files in the same order, and names them the same
    List<InputItem> cli = Inputs.readAll(List.of(dir.toString(), in));
    assertEquals(List.of(dir + "/a-b.txt", dir + "/a.txt", dir + "/a/c.txt", dir + "/b.txt", dir + "/x.jsonl:1",
        dir + "/z/e.txt", dir + "/z/é.txt", in), cli.stream().map(InputItem::location).toList());
    assertEquals(cli.stream().map(i -> i.location().replaceFirst(":1$", "")).toList(),
        sources.stream().map(SourceFiles.Source::location).toList());
  }

  @Test
  void locationsKeepTheNameAsGiven() {
    assertEquals("seeds/000.txt", SourceFiles.locationOf("seeds/", "000.txt"));
    assertEquals("./seeds/sport/199.txt", SourceFiles.locationOf("./seeds", "sport/199.txt"));
    assertEquals("article.txt", SourceFiles.locationOf("article.txt", null));
    assertEquals("hdfs://nn:8020/news/in/sport/199.txt", SourceFiles.locationOf("hdfs://nn:8020/news/in/", "sport/199.txt"));
    assertEquals("s3a://bucket/a.jsonl", SourceFiles.locationOf("s3a://bucket/a.jsonl", null));
  }

  @Test
  void codePointOrderPutsSupplementaryCharactersLast() {
    // UTF-16 order would put U+1F600 (surrogates D83D..) before U+FF01; the CLI's byte order does not
    assertEquals(-1, Integer.signum(SourceFiles.byCodePoint("\uFF01", "\uD83D\uDE00")));
    assertEquals(-1, Integer.signum(SourceFiles.byCodePoint("a", "a/b")));
    assertEquals(0, SourceFiles.byCodePoint("same", "same"));
  }

  @Test
  void aMissingInputIsNamedAsGiven() {
    FileNotFoundException e = assertThrows(FileNotFoundException.class,
        () -> SourceFiles.list(List.of(dir.resolve("nope").toString()), new Configuration()));
    assertEquals(dir.resolve("nope").toString(), e.getMessage());
  }
}
