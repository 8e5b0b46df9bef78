package io.newsclaims.spark;

import io.newsclaims.io.InputItem;
import io.newsclaims.io.Inputs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import scala.Tuple2;

/**
 * Reads one source file on an executor into its documents, keyed by their place in input order:
 * {@code file number × 2³² + record number}. Text files are decoded by the CLI's rule
 * ({@link Inputs#textItem}); JSON-lines files are parsed line by line by the CLI's parser, so
 * ids, texts, dates, decodings and every read error are the CLI's.
 */
final class SourceReader {
  private SourceReader() {}

  /** The place in input order of record {@code ordinal} (0-based) of source {@code seq}. */
  static long order(int seq, long ordinal) {
    if (ordinal >= 1L << 32) {
      throw new IllegalArgumentException("more than 2^32 records in one file");
    }
    return ((long) seq << 32) | ordinal;
  }

  static Iterator<Tuple2<Long, InputItem>> read(SourceFiles.Source s, Configuration conf) {
    List<Tuple2<Long, InputItem>> items = new ArrayList<>();
    Path path = new Path(s.path());
    if (!s.jsonl()) {
      InputItem item;
      try (InputStream in = path.getFileSystem(conf).open(path)) {
        item = Inputs.textItem(in.readAllBytes(), s.id(), s.location());
      } catch (IOException e) {
        item = Inputs.unreadable(s.id(), s.location(), e);
      }
      items.add(new Tuple2<>(order(s.seq(), 0), item));
      return items.iterator();
    }
    BufferedReader reader;
    try {
      FileSystem fs = path.getFileSystem(conf);
      // a decoder that reports malformed UTF-8, like Files.newBufferedReader in the CLI
      reader = new BufferedReader(new InputStreamReader(fs.open(path), StandardCharsets.UTF_8.newDecoder()));
    } catch (IOException e) {
      items.add(new Tuple2<>(order(s.seq(), 0), Inputs.unreadable(s.id(), s.location(), e)));
      return items.iterator();
    }
    // lazily: a large JSON-lines file streams through the task instead of sitting in memory
    Iterator<InputItem> lines = Inputs.jsonLines(reader, s.location());
    return new Iterator<>() {
      private long n;

      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public Tuple2<Long, InputItem> next() {
        return new Tuple2<>(order(s.seq(), n++), lines.next());
      }
    };
  }
}
