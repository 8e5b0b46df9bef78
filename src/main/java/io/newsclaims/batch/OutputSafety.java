package io.newsclaims.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks, before a run writes anything, that its outputs stay out of its inputs: no output is
 * an input file or lies inside an input directory (where it would overwrite a document, or be
 * read as one by the next run), and no two outputs are the same file. Paths are compared after
 * resolving links. newsclaims writes nothing else: never a file named after a document id or
 * an input path. Stateless.
 */
public final class OutputSafety {
  private OutputSafety() {}

  /** The one-line problem with writing {@code targets} while reading {@code inputs}, or null when there is none. */
  public static String check(List<Path> targets, List<String> inputs) throws IOException {
    Set<Path> seen = new HashSet<>();
    for (Path t : targets) {
      Path real = real(t);
      if (!seen.add(real)) {
        return "two outputs are the same file: " + t;
      }
      for (String in : inputs) {
        if (in.equals("-")) {
          continue;
        }
        Path input = Path.of(in).toRealPath();
        boolean inside = Files.isDirectory(input) ? real.startsWith(input) : real.equals(input);
        if (inside) {
          return "refusing to write " + t + ": it is " + (real.equals(input) ? "" : "inside ") + "the input " + in
              + " (outputs never go among the inputs)";
        }
      }
    }
    return null;
  }

  /** The path with links resolved as far as it exists (a file not yet written keeps its name). */
  static Path real(Path p) throws IOException {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing == null ? abs : existing.toRealPath().resolve(existing.relativize(abs));
  }
}
