package io.newsclaims.spark;

import io.newsclaims.io.Inputs;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files of a run on the driver, by the rule of {@link Inputs}: a directory gives its
 * {@code .txt} and JSON-lines files, recursively, in path order, a text file's id being its path
 * below the directory without extension; a file given by name is one source. Only names travel
 * to the executors, which read the files themselves. A local name (no scheme, on the local file
 * system) is listed by {@link Inputs#list} itself, so ids, locations, order and listing failures
 * (links, unreadable folders) are the CLI's; any other name is a Hadoop path, so a cluster reads
 * {@code hdfs://} or {@code s3a://} inputs.
 */
final class SourceFiles {
  /**
   * A file to read: its place in input order, its path (local, or qualified Hadoop), document id,
   * location, kind, whether the CLI's local reader reads it, and why it could not be listed (or null).
   */
  record Source(int seq, String path, String id, String location, boolean jsonl, boolean local, String error)
      implements Serializable {}

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:/");

  private SourceFiles() {}

  /** The sources of {@code names}, in input order; throws FileNotFoundException for a missing name. */
  static List<Source> list(List<String> names, Configuration conf) throws IOException {
    List<Source> sources = new ArrayList<>();
    for (String name : names) {
      if (isLocal(name, conf)) {
        if (!java.nio.file.Files.exists(java.nio.file.Path.of(name))) {
          throw new FileNotFoundException(name);
        }
        for (Inputs.Listed f : Inputs.list(name)) {
          java.nio.file.Path local = java.nio.file.Path.of(f.path());
          // absolute: an executor runs in a folder of its own
          sources.add(new Source(sources.size(), local.toAbsolutePath().toString(), f.id(), f.path(),
              Inputs.isJsonl(local.getFileName().toString()), true, f.error()));
        }
        continue;
      }
      Path path = new Path(name);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        throw new FileNotFoundException(name);
      }
      FileStatus status = fs.getFileStatus(path);
      if (!status.isDirectory()) {
        String fileName = status.getPath().getName();
        sources.add(new Source(sources.size(), status.getPath().toString(), Inputs.stripExtension(fileName),
            locationOf(name, null), Inputs.isJsonl(fileName), false, null));
        continue;
      }
      String prefix = status.getPath().toUri().getPath();
      prefix = prefix.endsWith("/") ? prefix : prefix + "/";
      List<String[]> found = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        if (f.isFile() && Inputs.isListed(f.getPath().getName())) {
          found.add(new String[] {f.getPath().toUri().getPath().substring(prefix.length()), f.getPath().toString()});
        }
      }
      found.sort(Comparator.comparing((String[] f) -> f[0], SourceFiles::byCodePoint));
      for (String[] f : found) {
        sources.add(new Source(sources.size(), f[1], Inputs.stripExtension(f[0]), locationOf(name, f[0]),
            Inputs.isJsonl(f[0]), false, null));
      }
    }
    return sources;
  }

  /** True for a name the CLI's reader can read on this machine: no scheme, on the local file system. */
  static boolean isLocal(String name, Configuration conf) throws IOException {
    if (SCHEME.matcher(name).find()) {
      return false;
    }
    try {
      return new Path(name).getFileSystem(conf) instanceof LocalFileSystem;
    } catch (IllegalArgumentException e) {
      return true; // not a Hadoop path at all (a colon in a relative name): only the local reader reads it
    }
  }

  /** Where a document came from, as the CLI says it: the name as given, joined with the path below it. */
  static String locationOf(String name, String relative) {
    if (SCHEME.matcher(name).find()) {
      String base = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
      return relative == null ? name : base + "/" + relative;
    }
    java.nio.file.Path p = java.nio.file.Path.of(name);
    return relative == null ? p.toString() : p.resolve(relative).toString();
  }

  /** Code-point order: the order of the UTF-8 bytes, which is how the CLI sorts the paths of a directory. */
  static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
