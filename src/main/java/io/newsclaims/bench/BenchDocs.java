package io.newsclaims.bench;

import io.newsclaims.io.InputItem;
import io.newsclaims.io.Inputs;
import io.newsclaims.io.TextDecoder;
import io.newsclaims.model.InputDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Chooses the benchmark's documents, the same ones on every run. A directory of sections (the
 * BBC corpus: {@code business/001.txt}, ...) gives an equal share of each section, evenly spaced
 * through it, listed round-robin so that any prefix (the coref baseline's smaller set) is
 * balanced too; any other input gives its first documents in reading order.
 */
public final class BenchDocs {
  private BenchDocs() {}

  /** Up to {@code n} documents of {@code input}; documents that cannot be read are skipped. */
  public static List<InputDocument> select(Path input, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("document count must be ≥ 1, not " + n);
    }
    List<Path> sections = sections(input);
    return sections.isEmpty() ? firstOf(input, n) : acrossSections(input, sections, n);
  }

  private static List<InputDocument> acrossSections(Path root, List<Path> sections, int n) {
    List<List<Path>> picks = new ArrayList<>();
    int s = sections.size();
    int longest = 0;
    for (int i = 0; i < s; i++) {
      List<Path> files = textFiles(sections.get(i));
      int quota = Math.min(files.size(), n / s + (i < n % s ? 1 : 0));
      List<Path> chosen = new ArrayList<>();
      for (int j = 0; j < quota; j++) {
        chosen.add(files.get((int) ((long) j * files.size() / quota)));
      }
      picks.add(chosen);
      longest = Math.max(longest, quota);
    }
    List<InputDocument> docs = new ArrayList<>();
    for (int j = 0; j < longest; j++) {
      for (List<Path> chosen : picks) {
        if (j < chosen.size()) {
          read(root, chosen.get(j), docs);
        }
      }
    }
    return docs;
  }

  private static void read(Path root, Path file, List<InputDocument> docs) {
    String rel = root.relativize(file).toString().replace('\\', '/');
    String id = rel.endsWith(".txt") ? rel.substring(0, rel.length() - 4) : rel;
    try {
      TextDecoder.Decoded d = TextDecoder.decode(Files.readAllBytes(file));
      docs.add(new InputDocument(id, d.text(), null, file.toString(), d.decoding()));
    } catch (IOException | TextDecoder.NotTextException e) {
      // an unreadable file is not a benchmark document
    }
  }

  private static List<InputDocument> firstOf(Path input, int n) {
    List<InputDocument> docs = new ArrayList<>();
    Inputs items = new Inputs(List.of(input.toString()), InputStream.nullInputStream());
    while (docs.size() < n && items.hasNext()) {
      InputItem item = items.next();
      if (item.isOk()) {
        docs.add(item.document());
      }
    }
    return docs;
  }

  /** The sub-directories of {@code input} that hold {@code .txt} files, sorted; empty if none. */
  private static List<Path> sections(Path input) {
    if (!Files.isDirectory(input)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(input)) {
      return list.filter(Files::isDirectory).filter(d -> !textFiles(d).isEmpty()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input, e);
    }
  }

  private static List<Path> textFiles(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
