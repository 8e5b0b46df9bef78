package io.newsclaims.testing;

import io.newsclaims.NewsClaims;
import io.newsclaims.model.Claim;
import io.newsclaims.model.DocumentResult;
import io.newsclaims.model.InputDocument;
import io.newsclaims.pipeline.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one newsclaims core of the test JVM: CoreNLP loads once (surefire runs every test class
 * in one JVM) and every test shares it. Also the paths of the shared data folders.
 */
public final class Shared {
  private static volatile NewsClaims core;

  /** The folder that holds {@code corpus/}, {@code gold/} and {@code eval/}: ../shared beside the project. */
  public static final Path SHARED = locateShared();

  private Shared() {}

  public static NewsClaims core() {
    if (core == null) {
      synchronized (Shared.class) {
        if (core == null) {
          core = NewsClaims.create(Settings.defaults());
        }
      }
    }
    return core;
  }

  /** Claims of one text, run through the shared core; fails the test if the document failed. */
  public static List<Claim> claims(String text, String date) {
    DocumentResult r = core().process(InputDocument.of("t", text, date));
    if (r.failed()) {
      throw new AssertionError("document failed: " + r.error());
    }
    return r.claims();
  }

  public static List<Claim> claims(String text) {
    return claims(text, null);
  }

  private static Path locateShared() {
    Path p = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
      Path candidate = p.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("corpus"))) {
        return candidate;
      }
    }
    return Path.of("..", "shared");
  }
}
