package io.newsclaims.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading inputs: one item per file or JSON line, whatever is wrong with it, and nothing after it lost. */
class InputsTest {
  @TempDir Path dir;

  /** Each item as "id | location below dir | ok decoding" or "id | location | stage: error". */
  private List<String> read(long maxBytes, String... names) {
    List<String> out = new ArrayList<>();
    new Inputs(List.of(names), java.io.InputStream.nullInputStream(), maxBytes).forEachRemaining(i -> out.add(show(i)));
    return out;
  }

  private String show(InputItem i) {
    String where = i.location().replace(dir.toString() + "/", "");
    return i.id() + " | " + where + " | " + (i.isOk() ? "ok " + i.document().decoding() : i.stage() + ": " + i.error());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void directoryIsReadInPathOrderWithIdsBelowIt() throws IOException {
    write("b.txt", "B");
    write("a/x.txt", "X");
    write("notes.md", "not an input");
    assertEquals(List.of("a/x | a/x.txt | ok utf-8", "b | b.txt | ok utf-8"), read(Inputs.NO_LIMIT, dir.toString()));
  }

  @Test
  void danglingLinkAndLinkLoopAreFailedItemsNotSkipped() throws IOException {
    write("a.txt", "A");
    Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("missing.txt"));
    Files.createSymbolicLink(dir.resolve("c.txt"), dir.resolve("c.txt"));
    write("d.txt", "D");
    assertEquals(List.of(
        "a | a.txt | ok utf-8",
        "b | b.txt | read: cannot read: dangling symbolic link (its target does not exist)",
        "c | c.txt | read: cannot read: too many levels of symbolic links or unable to access attributes of symbolic link",
        "d | d.txt | ok utf-8"), read(Inputs.NO_LIMIT, dir.toString()));
  }

  @Test
  void invalidUtf8InOneJsonLineLosesNothingAfterIt() throws IOException {
    byte[] bad = "{\"id\":\"b\",\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = concat("{\"id\":\"a\",\"text\":\"A\"}\n".getBytes(StandardCharsets.UTF_8), bad,
        "\n{\"id\":\"c\",\"text\":\"C\"}\n".getBytes(StandardCharsets.UTF_8));
    write("d.jsonl", all);
    List<InputItem> items = Inputs.readAll(List.of(dir.resolve("d.jsonl").toString()));
    assertEquals(List.of("a | d.jsonl:1 | ok utf-8", "b | d.jsonl:2 | ok windows-1252", "c | d.jsonl:3 | ok utf-8"),
        items.stream().map(this::show).toList());
    assertEquals("caf\u00e9", items.get(1).document().text());
    assertEquals("JSON line not valid UTF-8 (byte 0xE9 at offset 21); decoded as windows-1252", items.get(1).note());
    assertNull(items.get(0).note());
  }

  @Test
  void everyBadJsonLineIsOneFailedItemNamingFileAndLine() throws IOException {
    write("d.jsonl", String.join("\n",
        "{\"id\":\"a\",\"text\":\"A\",\"date\":\"2024-01-02\"}",
        "",
        "not json at all",
        "[1, 2]",
        "{\"text\":\"no id\"}",
        "{\"id\":\"n\"}",
        "{\"id\":\"t\",\"text\":42}",
        "{\"id\":\"a\",\"text\":\"again\"}",
        "{\"id\":\"two\",\"text\":\"x\"} {\"id\":\"three\",\"text\":\"y\"}",
        "{\"id\":\"dup\",\"text\":\"x\",\"text\":\"y\"}",
        "{\"id\":7,\"text\":\"numeric id\"}\r",
        "{\"id\":\"cut\",\"text\":\"The minister sa"));
    assertEquals(List.of(
        "a | d.jsonl:1 | ok utf-8",
        "null | d.jsonl:3 | read: malformed JSON line: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (column 1)",
        "null | d.jsonl:4 | read: malformed JSON line: not an object",
        "null | d.jsonl:5 | read: record has no 'id' (a non-empty string or an integer)",
        "n | d.jsonl:6 | read: record has no 'text'",
        "t | d.jsonl:7 | read: record's 'text' is not a string",
        "a | d.jsonl:8 | read: duplicate id 'a' (first seen at " + dir.resolve("d.jsonl") + ":1)",
        "null | d.jsonl:9 | read: malformed JSON line: Trailing token (of type START_OBJECT) found after value (bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS` (column 25)",
        "null | d.jsonl:10 | read: malformed JSON line: Duplicate field 'text' (column 30)",
        "7 | d.jsonl:11 | ok utf-8",
        "null | d.jsonl:12 | read: malformed JSON line: Unexpected end-of-input: was expecting closing quote for a string value (column 36)"),
        read(Inputs.NO_LIMIT, dir.resolve("d.jsonl").toString()));
  }

  @Test
  void duplicateIdsAcrossFilesKeepTheFirst() throws IOException {
    write("a/x.txt", "first");
    write("b.jsonl", "{\"id\":\"a/x\",\"text\":\"second\"}\n");
    assertEquals(List.of("a/x | a/x.txt | ok utf-8",
        "a/x | b.jsonl:1 | read: duplicate id 'a/x' (first seen at " + dir.resolve("a/x.txt") + ")"),
        read(Inputs.NO_LIMIT, dir.toString()));
  }

  @Test
  void filesAndLinesOverTheReadLimitAreNotHeldButFailed() throws IOException {
    write("big.txt", "x".repeat(101));
    write("small.txt", "y".repeat(100));
    write("d.jsonl", "{\"id\":\"long\",\"text\":\"" + "z".repeat(200) + "\"}\n{\"id\":\"short\",\"text\":\"s\"}\n");
    assertEquals(List.of(
        "big | big.txt | limits: file too large: 101 bytes, over the read limit of 100 bytes (8 × --max-chars)",
        "null | d.jsonl:1 | limits: JSON line too large: 223 bytes, over the read limit of 100 bytes (8 × --max-chars)",
        "short | d.jsonl:2 | ok utf-8",
        "small | small.txt | ok utf-8"), read(100, dir.toString()));
  }

  @Test
  void unpairedSurrogateEscapeIsReplacedAndSaid() throws IOException {
    write("d.jsonl", "{\"id\":\"s\",\"text\":\"a\\ud800b\"}\n");
    InputItem i = Inputs.readAll(List.of(dir.resolve("d.jsonl").toString())).get(0);
    assertEquals("a\uFFFDb", i.document().text());
    assertEquals("utf-8-surrogates-replaced", i.document().decoding());
  }

  @Test
  void stdinTextOrJsonLines() {
    List<String> out = new ArrayList<>();
    new Inputs(List.of("-"), new ByteArrayInputStream("\uFEFF {\"id\":\"x\",\"text\":\"X\"}\n{\"id\":\"y\",\"text\":\"Y\"}"
        .getBytes(StandardCharsets.UTF_8))).forEachRemaining(i -> out.add(show(i)));
    assertEquals(List.of("x | <stdin>:1 | ok utf-8", "y | <stdin>:2 | ok utf-8"), out);
    InputItem t = new Inputs(List.of("-"), new ByteArrayInputStream("Plain text.".getBytes(StandardCharsets.UTF_8))).next();
    assertEquals("stdin | <stdin> | ok utf-8", show(t));
    assertEquals("Plain text.", t.document().text());
  }

  @Test
  void countAddsFilesAndNonBlankLines() throws IOException {
    write("a.txt", "A");
    write("d.jsonl", "{}\n\n  \n{}\r\n{}");
    assertEquals(4, Inputs.count(List.of(dir.toString())));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
