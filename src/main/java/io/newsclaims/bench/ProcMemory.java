package io.newsclaims.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The process's memory as the operating system and the JVM see it: resident set size and its
 * peak ({@code VmRSS}, {@code VmHWM} of {@code /proc/self/status}; -1 where there is no
 * {@code /proc}), and the JVM heap in use, sampled every few milliseconds on a daemon thread so
 * that a phase's peak can be read. Thread-safe.
 */
public final class ProcMemory implements AutoCloseable {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final long SAMPLE_MILLIS = 20;

  private final MemoryMXBean heap = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile long peakHeapUsed;
  private volatile boolean running = true;

  public ProcMemory() {
    sampler = new Thread(this::sample, "bench-memory-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    while (running) {
      long used = heap.getHeapMemoryUsage().getUsed();
      if (used > peakHeapUsed) {
        peakHeapUsed = used;
      }
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The highest heap use sampled since the last reset, and starts a new phase. */
  public synchronized long takePeakHeapUsed() {
    long peak = Math.max(peakHeapUsed, heap.getHeapMemoryUsage().getUsed());
    peakHeapUsed = 0;
    return peak;
  }

  /** Heap in use after a full collection: what the loaded models and live data hold. */
  public long liveHeapAfterGc() {
    System.gc();
    return heap.getHeapMemoryUsage().getUsed();
  }

  /** Peak resident set size of the process in bytes ({@code VmHWM}), or -1 without /proc. */
  public static long peakRss() {
    return statusBytes("VmHWM");
  }

  /** Current resident set size in bytes ({@code VmRSS}), or -1 without /proc. */
  public static long rss() {
    return statusBytes("VmRSS");
  }

  private static long statusBytes(String field) {
    try {
      return statusBytes(Files.readAllLines(STATUS), field);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The value of a {@code Field:   1234 kB} line in bytes, or -1 if absent. */
  static long statusBytes(List<String> lines, String field) {
    for (String line : lines) {
      if (line.startsWith(field + ":")) {
        String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
        long value = Long.parseLong(parts[0]);
        return parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value;
      }
    }
    return -1;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
