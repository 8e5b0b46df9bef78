package io.newsclaims.spark;

import io.newsclaims.io.InputItem;
import io.newsclaims.io.Inputs;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import scala.Tuple2;

/**
 * Reads one source file on an executor into its documents, keyed by their place in input order:
 * {@code file number × 2³² + record number}. A local file is read by the CLI's own reader
 * ({@link Inputs#openFile}); a Hadoop file by the same rules through Hadoop streams: the read
 * limit ({@code limits} failures), {@link Inputs#decoded} for text and {@link Inputs#jsonLines}
 * for JSON lines, so ids, texts, dates, decodings, notes and read errors are the CLI's.
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

  /** The items of {@code s}, lazily: a large JSON-lines file streams through the task. */
  static Iterator<Tuple2<Long, InputItem>> read(SourceFiles.Source s, Configuration conf, long maxBytes) {
    Iterator<InputItem> items = items(s, conf, maxBytes);
    return new Iterator<>() {
      private long n;

      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Tuple2<Long, InputItem> next() {
        return new Tuple2<>(order(s.seq(), n++), items.next());
      }
    };
  }

  private static Iterator<InputItem> items(SourceFiles.Source s, Configuration conf, long maxBytes) {
    if (s.error() != null) {
      return List.of(InputItem.failed(s.id(), s.location(), s.error())).iterator();
    }
    if (s.local()) {
      return Inputs.openFile(java.nio.file.Path.of(s.path()), s.id(), s.location(), maxBytes);
    }
    Path path = new Path(s.path());
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (s.jsonl()) {
        return Inputs.jsonLines(fs.open(path), s.location(), maxBytes);
      }
      long size = fs.getFileStatus(path).getLen();
      if (size > maxBytes) {
        return List.of(Inputs.tooLarge(s.id(), s.location(), "file", String.valueOf(size), maxBytes)).iterator();
      }
      byte[] bytes;
      try (InputStream in = fs.open(path)) {
        bytes = in.readAllBytes();
      }
      return List.of(Inputs.decoded(s.id(), s.location(), bytes)).iterator();
    } catch (IOException e) {
      return List.of(InputItem.failed(s.id(), s.location(), "cannot read: " + Inputs.describe(null, e))).iterator();
    } catch (OutOfMemoryError e) {
      return List.of(InputItem.failed(s.id(), s.location(), InputItem.LIMITS, "file too large to hold in memory"))
          .iterator();
    }
  }
}
