package io.newsclaims.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsclaims.model.InputDocument;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads documents lazily, one at a time, from the inputs a user names:
 * <ul>
 *   <li>a {@code .txt} (or any non-{@code .jsonl}) file: one document, id = file name without extension;
 *   <li>a directory: its {@code .txt} and {@code .jsonl} files, recursively, in path order; a
 *       text file's id is its path below the directory without extension ({@code sport/199});
 *   <li>a {@code .jsonl} file: one document per line, {@code {"id", "text", "date"?}};
 *   <li>{@code -}: standard input, JSON lines if it starts with {@code {}, else one text document with id {@code stdin}.
 * </ul>
 * Every file and line the inputs hold yields exactly one item: a document, or a failed item
 * naming the id (as far as known), the location (file, or file:line) and the reason — a file
 * that cannot be read (dangling link, permission, not a regular file), binary data, a malformed
 * or truncated JSON line, a record without {@code id} or {@code text}, an id already seen, or
 * more bytes than the read limit. Reading goes on after each. Bytes are decoded by
 * {@link TextDecoder}, each JSON line on its own, so one bad byte never loses the rest of a file.
 * Nothing is ever written. Not thread-safe.
 */
public final class Inputs implements Iterator<InputItem> {
  /** No read limit. */
  public static final long NO_LIMIT = Long.MAX_VALUE;

  /** JSON lines: a line holds one value, each field once (a second {@code text} is an error, not a silent override). */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final Deque<Source> sources = new ArrayDeque<>();
  private final Map<String, String> seen = new HashMap<>();
  private final InputStream stdin;
  private final long maxBytes;
  private Iterator<InputItem> current = Collections.emptyIterator();
  private InputItem next;

  /** One file to read (or stdin), or a path that could not even be listed ({@code error}). */
  private record Source(Path path, String id, boolean stdin, String error) {}

  public Inputs(List<String> names, InputStream stdin) {
    this(names, stdin, NO_LIMIT);
  }

  /**
   * @param maxBytes a file or JSON line longer than this many bytes is not read into memory but
   *     failed at stage {@code limits}; {@link #NO_LIMIT} for none
   */
  public Inputs(List<String> names, InputStream stdin, long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be ≥ 1, not " + maxBytes);
    }
    this.stdin = stdin;
    this.maxBytes = maxBytes;
    for (String name : names) {
      if (name.equals("-")) {
        sources.add(new Source(null, "stdin", true, null));
        continue;
      }
      Path p = Path.of(name);
      if (Files.isDirectory(p)) {
        sources.addAll(listDir(p));
      } else {
        sources.add(new Source(p, stripExtension(p.getFileName().toString()), false, null));
      }
    }
  }

  /** How many documents the inputs hold, for a progress display: files plus non-blank JSON lines; -1 for stdin. */
  public static long count(List<String> names) {
    long n = 0;
    for (String name : names) {
      if (name.equals("-")) {
        return -1;
      }
      Path p = Path.of(name);
      List<Source> files = Files.isDirectory(p) ? listDir(p) : List.of(new Source(p, null, false, null));
      for (Source f : files) {
        n += f.error() == null && isJsonl(f.path()) && Files.isRegularFile(f.path()) ? countLines(f.path()) : 1;
      }
    }
    return n;
  }

  /** Lines with a non-blank byte, counted without decoding or holding them. */
  private static long countLines(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      byte[] buf = new byte[1 << 16];
      long n = 0;
      boolean content = false;
      for (int r = in.read(buf); r > 0; r = in.read(buf)) {
        for (int i = 0; i < r; i++) {
          byte b = buf[i];
          if (b == '\n') {
            n += content ? 1 : 0;
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            content = true;
          }
        }
      }
      return n + (content ? 1 : 0);
    } catch (IOException e) {
      return 1;
    }
  }

  /**
   * The {@code .txt} and {@code .jsonl} entries below {@code dir} in path order: regular files,
   * and also links and special files of those names (they fail when read, visibly, instead of
   * being skipped); a subdirectory that cannot be listed is a failed entry too.
   */
  private static List<Source> listDir(Path dir) {
    List<Source> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (!attrs.isDirectory() && isListed(f.getFileName().toString())) {
            found.add(new Source(f, idBelow(dir, f), false, null));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          found.add(new Source(f, idBelow(dir, f), false, "cannot list: " + describe(f, e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list directory " + dir, e);
    }
    found.sort(Comparator.comparing(Source::path));
    return found;
  }

  private static String idBelow(Path dir, Path f) {
    return stripExtension(dir.relativize(f).toString().replace('\\', '/'));
  }

  static boolean isJsonl(Path f) {
    return isJsonl(f.getFileName().toString());
  }

  /** True for a JSON-lines file name ({@code .jsonl}, {@code .ndjson}): one document per line. */
  public static boolean isJsonl(String fileName) {
    return fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson");
  }

  /** True for the file names a directory input yields: {@code .txt} and JSON-lines files. */
  public static boolean isListed(String fileName) {
    return isJsonl(fileName) || fileName.endsWith(".txt");
  }

  /** A document id from a file name or a path below a directory input: the extension goes. */
  public static String stripExtension(String name) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (current.hasNext()) {
        next = dedupe(current.next());
      } else if (!sources.isEmpty()) {
        current = open(sources.poll());
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public InputItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputItem item = next;
    next = null;
    return item;
  }

  private InputItem dedupe(InputItem item) {
    if (item.id() == null) {
      return item;
    }
    String first = seen.putIfAbsent(item.id(), item.location());
    if (first != null) {
      return InputItem.failed(item.id(), item.location(), "duplicate id '" + item.id() + "' (first seen at " + first + ")");
    }
    return item;
  }

  private Iterator<InputItem> open(Source s) {
    if (s.stdin()) {
      return openStdin();
    }
    if (s.error() != null) {
      return List.of(InputItem.failed(s.id(), s.path().toString(), s.error())).iterator();
    }
    return openFile(s.path(), s.id(), s.path().toString(), maxBytes);
  }

  /**
   * The items of one local file as this class reads it: a JSON-lines file's records, lazily,
   * or a text file's one document with id {@code id}; failures are items. Ids are not checked
   * for duplicates here; {@code where} names the file in locations (as {@link #list} gives it).
   * For runners that split the reading of the inputs (the Spark runner reads {@code path} made
   * absolute, since its executors run in folders of their own).
   */
  public static Iterator<InputItem> openFile(Path path, String id, String where, long maxBytes) {
    Source s = new Source(path, id, false, null);
    if (!Files.isRegularFile(s.path())) {
      return List.of(InputItem.failed(s.id(), where, "cannot read: " + notRegular(s.path()))).iterator();
    }
    if (isJsonl(s.path())) {
      try {
        return new JsonLines(Files.newInputStream(s.path()), where, maxBytes);
      } catch (IOException e) {
        return List.of(InputItem.failed(s.id(), where, "cannot read: " + describe(s.path(), e))).iterator();
      }
    }
    return List.of(readText(s.path(), s.id(), where, maxBytes)).iterator();
  }

  private Iterator<InputItem> openStdin() {
    String where = "<stdin>";
    try {
      BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
      if (startsWithBrace(in)) {
        return new JsonLines(in, where, maxBytes);
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes == NO_LIMIT ? Integer.MAX_VALUE - 8 : maxBytes + 1));
      if (bytes.length > maxBytes) {
        return List.of(tooLarge("stdin", where, "input", bytes.length + "+", maxBytes)).iterator();
      }
      return List.of(decoded("stdin", where, bytes)).iterator();
    } catch (IOException e) {
      return List.of(InputItem.failed("stdin", where, "cannot read: " + describe(null, e))).iterator();
    }
  }

  /** Peeks (without consuming) whether the first non-blank byte, after a UTF-8 byte-order mark, is '{'. */
  private static boolean startsWithBrace(BufferedInputStream in) throws IOException {
    in.mark(1 << 16);
    try {
      for (int i = 0; i < (1 << 16) - 1; i++) {
        int b = in.read();
        if (b == '{') {
          return true;
        }
        boolean bomByte = i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF);
        if (b < 0 || !(bomByte || b == ' ' || b == '\t' || b == '\n' || b == '\r')) {
          return false;
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }

  static InputItem readText(Path path, String id, String where, long maxBytes) {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        return tooLarge(id, where, "file", String.valueOf(size), maxBytes);
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return InputItem.failed(id, where, "cannot read: " + describe(path, e));
    } catch (OutOfMemoryError e) {
      return InputItem.failed(id, where, InputItem.LIMITS, "file too large to hold in memory");
    }
    return decoded(id, where, bytes);
  }

  /**
   * The items a local input name yields, in order, before duplicate ids are checked: a
   * directory's files, or the file itself. Each is {@code (path, id, error)} where {@code error}
   * is the reason a directory entry could not be listed (then the item is that failure), else
   * null; read each with {@link #openFile}.
   */
  public static List<Listed> list(String name) {
    Path p = Path.of(name);
    List<Source> files = Files.isDirectory(p) ? listDir(p)
        : List.of(new Source(p, stripExtension(p.getFileName().toString()), false, null));
    return files.stream().map(f -> new Listed(f.path().toString(), f.id(), f.error())).toList();
  }

  /** A file of a local input, as {@link #list} gives it: where it is, its document id, a listing error or null. */
  public record Listed(String path, String id, String error) implements java.io.Serializable {}

  /** A text file's bytes as its document, decoded by {@link TextDecoder}; binary data is a failed item. */
  public static InputItem decoded(String id, String where, byte[] bytes) {
    try {
      TextDecoder.Decoded d = TextDecoder.decode(bytes);
      return InputItem.ok(new InputDocument(id, d.text(), null, where, d.decoding()), d.note());
    } catch (TextDecoder.NotTextException e) {
      return InputItem.failed(id, where, e.getMessage());
    }
  }

  /** The failed item (stage {@code limits}) of a file or line over the read limit. */
  public static InputItem tooLarge(String id, String where, String what, String size, long maxBytes) {
    return InputItem.failed(id, where, InputItem.LIMITS,
        what + " too large: " + size + " bytes, over the read limit of " + maxBytes + " bytes (8 × --max-chars)");
  }

  private static String notRegular(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      return a.isDirectory() ? "a directory reached through a link, not followed" : "not a regular file";
    } catch (IOException e) {
      return describe(p, e);
    }
  }

  /** A one-line, human reason for an I/O failure ({@code p} may be null). */
  public static String describe(Path p, IOException e) {
    if (e instanceof NoSuchFileException) {
      return p != null && Files.isSymbolicLink(p) ? "dangling symbolic link (its target does not exist)" : "file not found";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase(Locale.ROOT);
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /**
   * The documents of one JSON-lines stream, read lazily and closed at its end; {@code file}
   * names it in locations ({@code file:line}). Ids are not checked for duplicates here.
   */
  public static Iterator<InputItem> jsonLines(InputStream in, String file, long maxBytes) {
    return new JsonLines(in, file, maxBytes);
  }

  /** One document per non-blank line; a line that is not a good record is a failed item naming file:line. */
  private static final class JsonLines implements Iterator<InputItem> {
    private final InputStream in;
    private final ByteLines lines;
    private final String file;
    private final long maxBytes;
    private int lineNo;
    private InputItem next;
    private boolean done;

    JsonLines(InputStream in, String file, long maxBytes) {
      this.in = in;
      this.lines = new ByteLines(in, maxBytes);
      this.file = file;
      this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        ByteLines.Line line;
        try {
          line = lines.next();
        } catch (IOException e) {
          next = InputItem.failed(null, file + ":" + (lineNo + 1), "cannot read the rest of the file: " + describe(null, e));
          finish();
          break;
        }
        if (line == null) {
          finish();
          break;
        }
        lineNo++;
        String where = file + ":" + lineNo;
        if (line.tooLong()) {
          next = tooLarge(null, where, "JSON line", String.valueOf(line.length()), maxBytes);
        } else if (!line.blank()) {
          next = parse(line.bytes(), where, lineNo == 1);
        }
      }
      return next != null;
    }

    @Override
    public InputItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      InputItem item = next;
      next = null;
      return item;
    }

    private void finish() {
      done = true;
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing left to read either way
      }
    }

    static InputItem parse(byte[] bytes, String where, boolean first) {
      TextDecoder.Decoded line;
      try {
        line = TextDecoder.decode(bytes);
      } catch (TextDecoder.NotTextException e) {
        return InputItem.failed(null, where, "malformed JSON line: " + e.getMessage());
      }
      String s = first && line.text().startsWith("\uFEFF") ? line.text().substring(1) : line.text();
      JsonNode o;
      try {
        o = JSON.readTree(s);
      } catch (JsonProcessingException e) {
        return InputItem.failed(null, where, "malformed JSON line: " + jsonReason(e));
      }
      if (o == null || !o.isObject()) {
        return InputItem.failed(null, where, "malformed JSON line: not an object");
      }
      JsonNode idNode = o.get("id");
      String id = idNode != null && (idNode.isTextual() || idNode.isIntegralNumber()) ? idNode.asText() : null;
      if (id == null || id.isBlank()) {
        return InputItem.failed(null, where, "record has no 'id' (a non-empty string or an integer)");
      }
      JsonNode text = o.get("text");
      if (text == null || text.isNull()) {
        return InputItem.failed(id, where, "record has no 'text'");
      }
      if (!text.isTextual()) {
        return InputItem.failed(id, where, "record's 'text' is not a string");
      }
      JsonNode date = o.get("date");
      String d = date == null || date.isNull() ? null : date.asText();
      String body = TextDecoder.replaceUnpairedSurrogates(text.asText());
      if (body != text.asText()) {
        return InputItem.ok(new InputDocument(id, body, d, where, TextDecoder.SURROGATES_REPLACED),
            "unpaired surrogate escapes in 'text' replaced by U+FFFD");
      }
      return InputItem.ok(new InputDocument(id, body, d, where, line.decoding()),
          line.note() == null ? null : "JSON line " + line.note());
    }

    private static String jsonReason(JsonProcessingException e) {
      String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
      m = m.split("\n")[0];
      int cut = m.indexOf(" (start marker at");
      if (cut > 0) {
        m = m.substring(0, cut);
      }
      return e.getLocation() == null ? m : m + " (column " + e.getLocation().getColumnNr() + ")";
    }
  }

  /** All items of the inputs as a list (for tests and small inputs). */
  public static List<InputItem> readAll(List<String> names) {
    List<InputItem> all = new ArrayList<>();
    new Inputs(names, InputStream.nullInputStream()).forEachRemaining(all::add);
    return all;
  }

  /** Splits a byte stream at '\n' (dropping a '\r' before it) without decoding; lines over a limit are skipped, not held. */
  static final class ByteLines {
    /** A line's bytes, or just its length when it was over the limit. */
    record Line(byte[] bytes, long length, boolean tooLong) {
      boolean blank() {
        if (tooLong) {
          return false;
        }
        for (byte b : bytes) {
          if (b != ' ' && b != '\t' && b != '\r') {
            return false;
          }
        }
        return true;
      }
    }

    private final InputStream in;
    private final long max;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;

    /** @param max longest line kept, in bytes */
    ByteLines(InputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    Line next() throws IOException {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      long length = 0;
      boolean any = false;
      while (true) {
        if (pos == end) {
          end = in.read(buf, 0, buf.length);
          pos = 0;
          if (end <= 0) {
            end = 0;
            return any ? done(line, length) : null;
          }
        }
        any = true;
        int nl = pos;
        while (nl < end && buf[nl] != '\n') {
          nl++;
        }
        int n = nl - pos;
        length += n;
        if (length <= max) {
          line.write(buf, pos, n);
        } else if (line.size() > 0) {
          line = new java.io.ByteArrayOutputStream();
        }
        pos = nl;
        if (nl < end) {
          pos++;
          return done(line, length);
        }
      }
    }

    private Line done(java.io.ByteArrayOutputStream line, long length) {
      if (length > max) {
        return new Line(null, length, true);
      }
      byte[] b = line.toByteArray();
      if (b.length > 0 && b[b.length - 1] == '\r') {
        b = java.util.Arrays.copyOf(b, b.length - 1);
      }
      return new Line(b, b.length, false);
    }
  }
}
