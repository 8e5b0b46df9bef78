package io.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsclaims.testing.Shared;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed part-way (a separate JVM, SIGKILL) and resumed with {@code --resume} gives
 * output byte for byte identical to an uninterrupted run; without {@code --resume}, or with
 * other settings, the checkpoint is refused rather than silently discarded.
 */
class ResumeTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final int DOCS = 8;

  @TempDir Path tmp;

  private Path inputs() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path bbc = Shared.SHARED.resolve("corpus/bbc/business");
    for (int i = 1; i <= DOCS; i++) {
      String name = String.format(Locale.ROOT, "%03d.txt", i);
      // the headline and first paragraphs: short documents keep the test fast
      String text = Files.readString(bbc.resolve(name));
      Files.writeString(in.resolve("b" + name), text.substring(0, text.indexOf('\n', Math.min(600, text.length() - 1)) + 1));
    }
    Files.writeString(in.resolve("b005x.txt"), ""); // a failure to carry across the interruption
    Files.copy(Shared.SHARED.resolve("corpus/bbc/sport/199.txt"), in.resolve("b007x.txt")); // a warning too
    return in;
  }

  private static String[] args(Path in, Path out, String... extra) {
    List<String> a = new java.util.ArrayList<>(List.of("extract", in.toString(), "-o", out.resolve("claims.jsonl").toString(),
        "--threads", "1", "--commit-interval", "0"));
    a.addAll(List.of(extra));
    return a.toArray(String[]::new);
  }

  private static int run(StringWriter err, String... args) {
    return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
  }

  private static long committed(Path checkpoint) {
    try {
      return JSON.readTree(checkpoint.toFile()).get("documents").asLong();
    } catch (IOException | RuntimeException e) {
      return 0; // not written yet
    }
  }

  @Test
  void killedRunResumesToByteIdenticalOutput() throws Exception {
    Path in = inputs();
    Path out = tmp.resolve("killed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
        "io.newsclaims.cli.Main"));
    cmd.addAll(List.of(args(in, out, "-q")));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    Path checkpoint = out.resolve(".claims.jsonl.checkpoint");
    long done = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (child.isAlive() && System.nanoTime() < deadline && (done = committed(checkpoint)) < 3) {
      Thread.sleep(10);
    }
    child.destroyForcibly().waitFor();
    assertTrue(done >= 3 && done < DOCS + 2,
        "the child was killed part-way (committed " + done + "): " + Files.readString(tmp.resolve("child.log")));
    long atKill = committed(checkpoint);
    assertTrue(atKill < DOCS + 2, "killed before the end: " + atKill);
    assertTrue(!Files.exists(out.resolve("claims.jsonl")), "no final output from a killed run");
    // a half-written record past the last commit, as a kill in the middle of a write leaves it
    Files.writeString(out.resolve(".claims.jsonl.partial"), "{\"schema\":\"newsclaims/1\",\"claim_id\":\"de",
        StandardOpenOption.APPEND);

    StringWriter err = new StringWriter();
    assertEquals(2, run(err, args(in, out)));
    assertEquals("newsclaims: an interrupted run left its checkpoint " + checkpoint
        + ": add --resume to continue it, or delete the checkpoint to start over\n", err.toString());

    err = new StringWriter();
    assertEquals(2, run(err, args(in, out, "--resume", "--max-chars", "5000")));
    assertTrue(err.toString().startsWith("newsclaims: cannot resume: the interrupted run had settings {"), err.toString());

    err = new StringWriter();
    assertEquals(1, run(err, args(in, out, "--resume")), err.toString());
    assertTrue(err.toString().startsWith("newsclaims: resuming after " + atKill + " documents\n"), err.toString());

    Path whole = tmp.resolve("whole");
    assertEquals(1, run(new StringWriter(), args(in, whole)));
    for (String f : List.of("claims.jsonl", "errors.jsonl", "warnings.jsonl")) {
      assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
    JsonNode resumedDocs = JSON.readTree(out.resolve("run.json").toFile()).get("documents");
    JsonNode wholeDocs = JSON.readTree(whole.resolve("run.json").toFile()).get("documents");
    assertEquals(wholeDocs, resumedDocs);
    assertEquals(DOCS + 2, resumedDocs.get("read").asInt());
    assertEquals(1, resumedDocs.get("failed").asInt());
    assertEquals(1, resumedDocs.get("warnings").asInt());
    assertTrue(Files.size(out.resolve("claims.jsonl")) > 1000);
    try (var files = Files.list(out)) {
      assertEquals(List.of("claims.jsonl", "errors.jsonl", "run.json", "warnings.jsonl"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "no work files left behind");
    }
  }

  @Test
  void resumeWithoutACheckpointIsAFreshRun() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("one"));
    Files.writeString(in.resolve("a.txt"), "The ministry said 12 people were killed on Monday.");
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, args(in, tmp.resolve("fresh"), "--resume")), err.toString());
    assertTrue(Files.size(tmp.resolve("fresh/claims.jsonl")) > 0);
  }
}
