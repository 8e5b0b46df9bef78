package io.newsclaims.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.model.InputDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Reads documents lazily, one at a time, from the inputs a user names:
 * <ul>
 *   <li>a {@code .txt} (or any non-{@code .jsonl}) file: one document, id = file name without extension;
 *   <li>a directory: its {@code .txt} and {@code .jsonl} files, recursively, in path order; a
 *       text file's id is its path below the directory without extension ({@code sport/199});
 *   <li>a {@code .jsonl} file: one document per line, {@code {"id", "text", "date"?}};
 *   <li>{@code -}: standard input, JSON lines if it starts with {@code {}, else one text document with id {@code stdin}.
 * </ul>
 * A file or line that cannot be read becomes a failed {@link InputItem}; reading goes on.
 * A second document with an id already seen is refused as a duplicate. Not thread-safe.
 */
public final class Inputs implements Iterator<InputItem> {
  private final Deque<Source> sources = new ArrayDeque<>();
  private final Map<String, String> seen = new HashMap<>();
  private final InputStream stdin;
  private Iterator<InputItem> current = java.util.Collections.emptyIterator();
  private InputItem next;

  private record Source(Path path, String id, boolean stdin) {}

  public Inputs(List<String> names, InputStream stdin) {
    this.stdin = stdin;
    for (String name : names) {
      if (name.equals("-")) {
        sources.add(new Source(null, "stdin", true));
        continue;
      }
      Path p = Path.of(name);
      if (Files.isDirectory(p)) {
        for (Path f : listDir(p)) {
          String rel = p.relativize(f).toString().replace('\\', '/');
          sources.add(new Source(f, stripExtension(rel), false));
        }
      } else {
        sources.add(new Source(p, stripExtension(p.getFileName().toString()), false));
      }
    }
  }

  /** How many documents the inputs hold, when that is cheap to know (files and JSON lines); -1 for stdin. */
  public static long count(List<String> names) {
    long n = 0;
    for (String name : names) {
      if (name.equals("-")) {
        return -1;
      }
      Path p = Path.of(name);
      List<Path> files = Files.isDirectory(p) ? listDir(p) : List.of(p);
      for (Path f : files) {
        if (isJsonl(f)) {
          try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
            n += lines.filter(l -> !l.isBlank()).count();
          } catch (IOException | UncheckedIOException e) {
            n += 1;
          }
        } else {
          n++;
        }
      }
    }
    return n;
  }

  private static List<Path> listDir(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> isJsonl(f) || f.getFileName().toString().endsWith(".txt"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list directory " + dir, e);
    }
  }

  static boolean isJsonl(Path f) {
    String n = f.getFileName().toString();
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  static String stripExtension(String name) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    return dot > slash + 0 && dot > 0 ? name.substring(0, dot) : name;
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
    if (isJsonl(s.path())) {
      try {
        return new JsonLines(Files.newBufferedReader(s.path(), StandardCharsets.UTF_8), s.path().toString());
      } catch (IOException e) {
        return List.of(InputItem.failed(s.id(), s.path().toString(), "cannot read: " + reason(e))).iterator();
      }
    }
    return List.of(readText(s.path(), s.id())).iterator();
  }

  private Iterator<InputItem> openStdin() {
    try {
      byte[] bytes = stdin.readAllBytes();
      String text = TextDecoder.decode(bytes).text();
      if (text.stripLeading().startsWith("{")) {
        return new JsonLines(new BufferedReader(new java.io.StringReader(text)), "<stdin>");
      }
      var d = TextDecoder.decode(bytes);
      return List.of(InputItem.ok(new InputDocument("stdin", d.text(), null, "<stdin>", d.decoding()))).iterator();
    } catch (IOException | IllegalArgumentException e) {
      return List.of(InputItem.failed("stdin", "<stdin>", "cannot read: " + reason(e))).iterator();
    }
  }

  static InputItem readText(Path path, String id) {
    String where = path.toString();
    try {
      TextDecoder.Decoded d = TextDecoder.decode(Files.readAllBytes(path));
      return InputItem.ok(new InputDocument(id, d.text(), null, where, d.decoding()));
    } catch (IOException e) {
      return InputItem.failed(id, where, "cannot read: " + reason(e));
    } catch (IllegalArgumentException e) {
      return InputItem.failed(id, where, e.getMessage());
    }
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /** One document per non-blank JSON line; a malformed line is a failed item naming file:line. */
  private static final class JsonLines implements Iterator<InputItem> {
    private final BufferedReader reader;
    private final String file;
    private int lineNo;
    private InputItem next;
    private boolean done;

    JsonLines(BufferedReader reader, String file) {
      this.reader = reader;
      this.file = file;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        String line;
        try {
          line = reader.readLine();
        } catch (IOException e) {
          next = InputItem.failed(null, file + ":" + (lineNo + 1), "cannot read: " + reason(e));
          done = true;
          break;
        }
        if (line == null) {
          done = true;
          closeQuietly();
          break;
        }
        lineNo++;
        if (!line.isBlank()) {
          next = parse(line, file + ":" + lineNo);
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

    private void closeQuietly() {
      try {
        reader.close();
      } catch (IOException ignored) {
        // nothing left to read either way
      }
    }

    static InputItem parse(String line, String where) {
      JsonNode o;
      try {
        o = ClaimJson.MAPPER.readTree(line);
      } catch (IOException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
        return InputItem.failed(null, where, "malformed JSON line: " + msg);
      }
      if (o == null || !o.isObject()) {
        return InputItem.failed(null, where, "malformed JSON line: not an object");
      }
      JsonNode idNode = o.get("id");
      String id = idNode == null || idNode.isNull() ? null : idNode.asText();
      if (id == null || id.isBlank()) {
        return InputItem.failed(null, where, "record has no 'id'");
      }
      JsonNode text = o.get("text");
      if (text == null || !text.isTextual()) {
        return InputItem.failed(id, where, "record has no 'text' string");
      }
      JsonNode date = o.get("date");
      String d = date == null || date.isNull() ? null : date.asText();
      return InputItem.ok(new InputDocument(id, text.asText(), d, where, TextDecoder.UTF8));
    }
  }

  /** All items of the inputs as a list (for tests and small inputs). */
  public static List<InputItem> readAll(List<String> names) {
    List<InputItem> all = new ArrayList<>();
    new Inputs(names, InputStream.nullInputStream()).forEachRemaining(all::add);
    return all;
  }
}
