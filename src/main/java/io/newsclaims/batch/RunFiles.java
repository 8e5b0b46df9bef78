package io.newsclaims.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The files a run writes, committed in chunks so that a killed run leaves no half-written
 * output and can be resumed. While the run goes on, records are appended to hidden
 * {@code .NAME.partial} files beside each output; a {@link #commit} flushes them to disk and then
 * atomically replaces the checkpoint {@code .CLAIMS.checkpoint} (how many input documents are
 * done, the last one's id and location, the committed length of each partial file, the run's
 * stats so far). {@link #finish} moves each partial file into place (an atomic rename). A
 * resumed run truncates each partial file to its committed length (dropping whatever a kill
 * left half-written) and appends from there, so its output is byte for byte that of an
 * uninterrupted run. A lock file keeps two runs off the same output. Not thread-safe.
 */
public final class RunFiles implements Closeable {
  public static final String FORMAT = "newsclaims-checkpoint/1";

  /** A run that must not start: the reason is one line a user can act on. */
  public static final class Refused extends Exception {
    public Refused(String reason) {
      super(reason);
    }
  }

  /** What an earlier, interrupted run had committed. */
  public record Committed(long documents, String lastId, String lastLocation, JsonNode stats, boolean complete) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] NAMES = {"claims", "errors", "warnings"};

  private final Path[] targets;
  private final Path[] partials;
  private final FileChannel[] channels;
  private final Writer[] writers;
  private final Path checkpoint;
  private final Path lockPath;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final ObjectNode fingerprint;
  private final Committed resumed;

  private RunFiles(Path claims, Path errors, Path warnings, ObjectNode fingerprint, boolean resume) throws IOException, Refused {
    this.targets = new Path[] {claims, errors, warnings};
    this.fingerprint = fingerprint;
    this.partials = new Path[3];
    this.channels = new FileChannel[3];
    this.writers = new Writer[3];
    for (int i = 0; i < 3; i++) {
      partials[i] = hidden(targets[i], ".partial");
    }
    this.checkpoint = hidden(claims, ".checkpoint");
    this.lockPath = hidden(claims, ".lock");
    Files.createDirectories(lockPath.getParent());
    this.lockChannel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock l;
    try {
      l = lockChannel.tryLock();
    } catch (OverlappingFileLockException e) {
      l = null;
    }
    if (l == null) {
      lockChannel.close();
      throw new Refused("another newsclaims run is writing " + claims + " (lock " + lockPath + ")");
    }
    this.lock = l;
    try {
      this.resumed = Files.exists(checkpoint) ? readCheckpoint(resume) : null;
      for (int i = 0; i < 3 && (resumed == null || !resumed.complete()); i++) {
        Files.createDirectories(partials[i].getParent());
        channels[i] = open(i);
        writers[i] = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channels[i]), StandardCharsets.UTF_8), 1 << 16);
      }
    } catch (IOException | Refused | RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * Opens the run's files. With {@code resume}, an interrupted run's checkpoint is continued
   * (refused when it was made with another fingerprint: version, settings, inputs); without,
   * an existing checkpoint is refused, so that a run that took hours is never discarded by
   * mistake. Without a checkpoint the run starts afresh either way.
   *
   * @param fingerprint what must be the same for a run to be resumed
   */
  public static RunFiles open(Path claims, Path errors, Path warnings, ObjectNode fingerprint, boolean resume)
      throws IOException, Refused {
    return new RunFiles(claims, errors, warnings, fingerprint, resume);
  }

  /** The hidden work file {@code .NAME<suffix>} beside {@code target}. */
  public static Path hidden(Path target, String suffix) {
    Path abs = target.toAbsolutePath();
    return abs.resolveSibling("." + abs.getFileName() + suffix);
  }

  private Committed readCheckpoint(boolean resume) throws IOException, Refused {
    if (!resume) {
      throw new Refused("an interrupted run left its checkpoint " + checkpoint
          + ": add --resume to continue it, or delete the checkpoint to start over");
    }
    JsonNode c;
    try {
      c = JSON.readTree(checkpoint.toFile());
    } catch (IOException e) {
      throw new Refused("cannot read checkpoint " + checkpoint + ": " + e.getMessage().split("\n")[0]);
    }
    if (!FORMAT.equals(c.path("format").asText())) {
      throw new Refused("checkpoint " + checkpoint + " is not a " + FORMAT + " file");
    }
    String diff = difference(c.path("fingerprint"), fingerprint);
    if (diff != null) {
      throw new Refused("cannot resume: the interrupted run had " + diff + "; run it with the same inputs and settings");
    }
    boolean complete = c.path("complete").asBoolean();
    for (int i = 0; i < 3; i++) {
      long want = c.path("lengths").path(NAMES[i]).asLong();
      long have = Files.exists(partials[i]) ? Files.size(partials[i]) : -1;
      if (have < want && !(complete && Files.exists(targets[i]))) {
        throw new Refused("cannot resume: " + partials[i] + " holds " + Math.max(have, 0)
            + " bytes, fewer than the " + want + " its checkpoint committed");
      }
    }
    return new Committed(c.path("documents").asLong(), c.path("last").path("id").asText(null),
        c.path("last").path("location").asText(null), c.path("stats"), complete);
  }

  /** The first difference between two fingerprints, as "X a, not b", or null when equal. */
  static String difference(JsonNode was, JsonNode now) {
    if (was.equals(now)) {
      return null;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = now.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!e.getValue().equals(was.get(e.getKey()))) {
        return e.getKey() + " " + was.get(e.getKey()) + ", not " + e.getValue();
      }
    }
    return "another configuration";
  }

  private FileChannel open(int i) throws IOException {
    FileChannel ch = FileChannel.open(partials[i], StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long keep = resumed == null ? 0 : committedLength(i);
    ch.truncate(keep);
    ch.position(keep);
    return ch;
  }

  private long committedLength(int i) throws IOException {
    return JSON.readTree(checkpoint.toFile()).path("lengths").path(NAMES[i]).asLong();
  }

  /** What the interrupted run had committed, or null for a fresh run. */
  public Committed resumed() {
    return resumed;
  }

  /** The failures listed in the committed part of the errors file (read back on resume). */
  public List<RunStats.Failure> committedFailures() throws IOException {
    List<RunStats.Failure> all = new ArrayList<>();
    Path p = Files.exists(partials[1]) ? partials[1] : targets[1];
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode e = JSON.readTree(line);
        all.add(new RunStats.Failure(e.path("doc_id").asText(null), e.path("location").asText(null),
            e.path("stage").asText(null), e.path("reason").asText(null)));
      }
    }
    return all;
  }

  /** The claims file's writer; null when the resumed run was already complete (nothing left to write). */
  public Writer claims() {
    return writers[0];
  }

  public Writer errors() {
    return writers[1];
  }

  public Writer warnings() {
    return writers[2];
  }

  /**
   * Makes everything written so far durable and records it: {@code documents} input items are
   * done, the last of them {@code lastId} at {@code lastLocation}.
   */
  public void commit(long documents, String lastId, String lastLocation, ObjectNode stats) throws IOException {
    writeCheckpoint(documents, lastId, lastLocation, stats, false);
  }

  /** Commits the whole run, then moves each output into place. The checkpoint stays until {@link #close()}. */
  public void finish(long documents, String lastId, String lastLocation, ObjectNode stats) throws IOException {
    if (resumed == null || !resumed.complete()) {
      writeCheckpoint(documents, lastId, lastLocation, stats, true);
    }
    closeWriters();
    for (int i = 0; i < 3; i++) {
      if (Files.exists(partials[i])) {
        Files.move(partials[i], targets[i], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }

  private void writeCheckpoint(long documents, String lastId, String lastLocation, ObjectNode stats, boolean complete)
      throws IOException {
    ObjectNode c = JSON.createObjectNode();
    c.put("format", FORMAT);
    c.set("fingerprint", fingerprint);
    c.put("complete", complete);
    c.put("documents", documents);
    ObjectNode last = c.putObject("last");
    last.put("id", lastId);
    last.put("location", lastLocation);
    ObjectNode lengths = c.putObject("lengths");
    for (int i = 0; i < 3; i++) {
      writers[i].flush();
      channels[i].force(false);
      lengths.put(NAMES[i], channels[i].position());
    }
    c.set("stats", stats);
    Path tmp = hidden(checkpoint, ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(java.nio.ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(c)));
      ch.force(true);
    }
    Files.move(tmp, checkpoint, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private void closeWriters() throws IOException {
    for (int i = 0; i < 3; i++) {
      if (writers[i] != null) {
        writers[i].close();
        writers[i] = null;
      } else if (channels[i] != null) {
        channels[i].close();
      }
    }
  }

  /** After {@link #finish}: the run is over, its checkpoint and lock go. */
  public void completed() throws IOException {
    Files.deleteIfExists(checkpoint);
    close();
  }

  /** Releases the lock and closes the files; the checkpoint stays (a run that ends here can be resumed). */
  @Override
  public void close() throws IOException {
    try {
      closeWriters();
    } finally {
      if (lock != null && lock.isValid()) {
        lock.release();
      }
      lockChannel.close();
      if (!Files.exists(checkpoint)) {
        Files.deleteIfExists(lockPath);
      }
    }
  }
}
