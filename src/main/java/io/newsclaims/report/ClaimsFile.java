package io.newsclaims.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsclaims.io.ClaimJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a claims file (the JSON lines {@code extract} writes) back into records, in file order.
 * A line that is not a claim record is an error naming the file and line: a review page over a
 * half-read dataset would mislead.
 */
public final class ClaimsFile {
  private ClaimsFile() {}

  /** The records of {@code file}; blank lines are skipped. */
  public static List<ClaimJson.Record> read(Path file) throws IOException {
    List<ClaimJson.Record> records = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          records.add(ClaimJson.fromNode(ClaimJson.MAPPER.readTree(line)));
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": not JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage());
        }
      }
    }
    return records;
  }
}
