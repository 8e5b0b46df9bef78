package io.newsclaims.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chunked commits: what a checkpoint keeps, what a resume drops, and what it refuses. */
class RunFilesTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private ObjectNode fingerprint(int maxChars) {
    ObjectNode f = JSON.createObjectNode();
    f.put("version", "test");
    f.putObject("settings").put("max_chars", maxChars);
    return f;
  }

  private RunFiles open(int maxChars, boolean resume) throws Exception {
    return RunFiles.open(dir.resolve("claims.jsonl"), dir.resolve("errors.jsonl"), dir.resolve("warnings.jsonl"),
        fingerprint(maxChars), resume);
  }

  private static ObjectNode stats(int read, int failed) {
    ObjectNode s = JSON.createObjectNode();
    s.put("read", read);
    s.put("succeeded", read - failed);
    s.put("failed", failed);
    return s;
  }

  @Test
  void resumeDropsWhatCameAfterTheLastCommitAndAppendsFromThere() throws Exception {
    try (RunFiles run = open(10, false)) {
      run.claims().write("{\"doc_id\":\"a\"}\n");
      run.errors().write("{\"doc_id\":\"b\",\"location\":\"b.txt\",\"stage\":\"read\",\"reason\":\"binary\"}\n");
      run.commit(2, "b", "b.txt", stats(2, 1));
      run.claims().write("{\"doc_id\":\"c\"}\n{\"doc_id\":\"c\",\"te"); // not committed: the kill comes here
      run.claims().flush();
    }
    try (RunFiles run = open(10, true)) {
      RunFiles.Committed c = run.resumed();
      assertEquals(2, c.documents());
      assertEquals("b", c.lastId());
      assertEquals("b.txt", c.lastLocation());
      assertFalse(c.complete());
      assertEquals(List.of(new RunStats.Failure("b", "b.txt", "read", "binary")), run.committedFailures());
      run.claims().write("{\"doc_id\":\"c\"}\n");
      run.finish(3, "c", "c.txt", stats(3, 1));
      run.completed();
    }
    assertEquals("{\"doc_id\":\"a\"}\n{\"doc_id\":\"c\"}\n", Files.readString(dir.resolve("claims.jsonl")));
    assertEquals(1, Files.readAllLines(dir.resolve("errors.jsonl")).size());
    assertEquals("", Files.readString(dir.resolve("warnings.jsonl")));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("claims.jsonl", "errors.jsonl", "warnings.jsonl"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aCheckpointIsNeverDiscardedSilently() throws Exception {
    try (RunFiles run = open(10, false)) {
      run.commit(0, null, null, stats(0, 0));
    }
    var noResume = assertThrows(RunFiles.Refused.class, () -> open(10, false));
    assertEquals("an interrupted run left its checkpoint " + dir.resolve(".claims.jsonl.checkpoint")
        + ": add --resume to continue it, or delete the checkpoint to start over", noResume.getMessage());
    var otherSettings = assertThrows(RunFiles.Refused.class, () -> open(20, true));
    assertEquals("cannot resume: the interrupted run had settings {\"max_chars\":10}, not {\"max_chars\":20}; "
        + "run it with the same inputs and settings", otherSettings.getMessage());
  }

  @Test
  void aWorkFileShorterThanItsCheckpointIsRefused() throws Exception {
    try (RunFiles run = open(10, false)) {
      run.claims().write("0123456789\n");
      run.commit(1, "a", "a.txt", stats(1, 0));
    }
    Files.write(dir.resolve(".claims.jsonl.partial"), new byte[3], StandardOpenOption.TRUNCATE_EXISTING);
    var e = assertThrows(RunFiles.Refused.class, () -> open(10, true));
    assertEquals("cannot resume: " + dir.resolve(".claims.jsonl.partial") + " holds 3 bytes, fewer than the 11 its "
        + "checkpoint committed", e.getMessage());
  }

  @Test
  void twoRunsCannotWriteTheSameOutput() throws Exception {
    try (RunFiles first = open(10, false)) {
      var e = assertThrows(RunFiles.Refused.class, () -> open(10, false));
      assertEquals("another newsclaims run is writing " + dir.resolve("claims.jsonl") + " (lock "
          + dir.resolve(".claims.jsonl.lock") + ")", e.getMessage());
    }
  }

  @Test
  void aRunKilledAfterItsFinalCommitIsCompletedByResume() throws Exception {
    try (RunFiles run = open(10, false)) {
      run.claims().write("{\"doc_id\":\"a\"}\n");
      run.finish(1, "a", "a.txt", stats(1, 0)); // moved into place, then killed before completed()
    }
    try (RunFiles run = open(10, true)) {
      assertEquals(true, run.resumed().complete());
      assertNull(run.claims());
      run.finish(1, "a", "a.txt", stats(1, 0));
      run.completed();
    }
    assertEquals("{\"doc_id\":\"a\"}\n", Files.readString(dir.resolve("claims.jsonl")));
    assertFalse(Files.exists(dir.resolve(".claims.jsonl.checkpoint")));
  }

  @Test
  void freshRunAfterAKillBeforeAnyCommitStartsFromNothing() throws IOException, Exception {
    Files.writeString(dir.resolve(".claims.jsonl.partial"), "half a line from a run killed before its first commit");
    try (RunFiles run = open(10, true)) {
      assertNull(run.resumed());
      run.finish(0, null, null, stats(0, 0));
      run.completed();
    }
    assertEquals("", Files.readString(dir.resolve("claims.jsonl")));
  }
}
