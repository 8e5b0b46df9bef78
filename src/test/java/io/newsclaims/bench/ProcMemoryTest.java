package io.newsclaims.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading sizes from {@code /proc/self/status} lines. */
class ProcMemoryTest {
  private static final List<String> STATUS = List.of(
      "Name:\tjava",
      "VmPeak:\t 9051320 kB",
      "VmHWM:\t 1782012 kB",
      "VmRSS:\t 1650100 kB",
      "Threads:\t41");

  @Test
  void peakAndCurrentResidentSetInBytes() {
    assertEquals(1782012L * 1024, ProcMemory.statusBytes(STATUS, "VmHWM"));
    assertEquals(1650100L * 1024, ProcMemory.statusBytes(STATUS, "VmRSS"));
  }

  @Test
  void aFieldWithoutUnitIsACountAndAMissingFieldIsMinusOne() {
    assertEquals(41, ProcMemory.statusBytes(STATUS, "Threads"));
    assertEquals(-1, ProcMemory.statusBytes(STATUS, "VmSwap"));
    assertEquals(-1, ProcMemory.statusBytes(List.of(), "VmHWM"));
  }

  @Test
  void thisProcessHasAPeakAtLeastItsCurrentSize() {
    long rss = ProcMemory.rss();
    long peak = ProcMemory.peakRss();
    if (rss > 0) {
      assertEquals(true, peak >= rss, peak + " < " + rss);
    }
  }
}
