package io.newsclaims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.io.InputItem;
import io.newsclaims.io.Inputs;
import io.newsclaims.model.Claim;
import io.newsclaims.model.InputDocument;
import io.newsclaims.pipeline.Settings;
import io.newsclaims.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seeds' output validates against the published JSON Schema (docs/claims.schema.json). */
class SchemaTest {
  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try {
      JsonNode node = ClaimJson.MAPPER.readTree(Files.readString(Path.of("docs/claims.schema.json")));
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everySeedRecordValidates() throws Exception {
    int records = 0;
    for (InputItem item : Inputs.readAll(List.of("seeds"))) {
      for (Claim c : Shared.core().process(item.document()).claims()) {
        JsonNode record = ClaimJson.MAPPER.readTree(ClaimJson.toLine(item.id(), c));
        Set<ValidationMessage> errors = SCHEMA.validate(record);
        assertTrue(errors.isEmpty(), () -> record + " -> " + errors);
        records++;
      }
    }
    assertTrue(records >= 15, "the seeds give claims: " + records);
  }

  @Test
  void aHedgeValidatesAndReadsBack() throws Exception {
    NewsClaims attributions = NewsClaims.create(Shared.core().settings().withScope(Settings.ATTRIBUTIONS));
    String text = "The ferry service is expected to resume in spring.";
    List<Claim> quotes = attributions.process(InputDocument.of("h", text, null)).claims().stream()
        .filter(c -> c.type().equals("quote")).toList();
    assertEquals(1, quotes.size(), quotes::toString);
    JsonNode record = ClaimJson.MAPPER.readTree(ClaimJson.toLine("h", quotes.get(0)));
    assertTrue(SCHEMA.validate(record).isEmpty(), () -> record + " -> " + SCHEMA.validate(record));
    assertEquals("{\"speaker\":null,\"cue\":{\"text\":\"expected\",\"start\":21,\"end\":29},\"mention\":null,\"role\":null,"
        + "\"cue_kind\":\"hedge\"}", record.get("attribution").toString());
    assertEquals(quotes.get(0).attribution(), ClaimJson.fromNode(record).claim().attribution());
  }

  @Test
  void aRecordWithoutAContractFieldIsRejected() throws Exception {
    JsonNode bad = ClaimJson.MAPPER.readTree(
        "{\"schema\":\"newsclaims/1\",\"claim_id\":\"0123456789abcdef\",\"doc_id\":\"d\",\"type\":\"date\","
            + "\"span\":{\"start\":0,\"end\":6},\"text\":\"Monday\",\"value\":\"2024-07-22\",\"qualifier\":null,"
            + "\"category\":null,\"attribution\":null,\"sentence\":0}");
    Set<ValidationMessage> errors = SCHEMA.validate(bad);
    assertFalse(errors.isEmpty(), "'quote' is missing");
    assertEquals(1, errors.size(), errors::toString);
  }

  @Test
  void recordsReadBackToTheSameClaim() {
    for (InputItem item : Inputs.readAll(List.of("seeds"))) {
      for (Claim c : Shared.core().process(item.document()).claims()) {
        String line = ClaimJson.toLine(item.id(), c);
        ClaimJson.Record back = ClaimJson.fromNode(readTree(line));
        assertEquals(ClaimJson.toLine(back.docId(), back.claim()), line);
      }
    }
  }

  private static JsonNode readTree(String line) {
    try {
      return ClaimJson.MAPPER.readTree(line);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
