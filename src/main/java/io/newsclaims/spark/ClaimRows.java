package io.newsclaims.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.io.ClaimJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet form of the claims (docs/spark.md): one row per claim with the fields of the JSON
 * record under the same names and nesting, plus {@code input_order} and {@code claim_seq}, by
 * which the rows sort into the order of claims.jsonl. A JSON {@code value} that is a number goes
 * to {@code value_number}, one that is a string (a date's TIMEX value) to {@code value_text}.
 * Rows are made from the output lines themselves, so both outputs always say the same.
 */
final class ClaimRows {
  private static final StructType REF = struct(
      field("text", DataTypes.StringType), field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType));
  private static final StructType SPAN =
      struct(field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType));

  /** The schema of the Parquet claims. */
  static final StructType SCHEMA = struct(
      field("input_order", DataTypes.LongType),
      field("claim_seq", DataTypes.IntegerType),
      field("schema", DataTypes.StringType),
      field("claim_id", DataTypes.StringType),
      field("doc_id", DataTypes.StringType),
      field("type", DataTypes.StringType),
      field("span", SPAN),
      field("text", DataTypes.StringType),
      field("value_number", DataTypes.DoubleType),
      field("value_text", DataTypes.StringType),
      field("qualifier", DataTypes.StringType),
      field("category", DataTypes.StringType),
      field("attribution", struct(field("speaker", DataTypes.StringType), field("cue", REF), field("mention", REF),
          field("role", DataTypes.StringType))),
      field("quote", struct(field("direct", DataTypes.BooleanType), field("content", SPAN))),
      field("sentence", DataTypes.IntegerType),
      field("low", DataTypes.DoubleType),
      field("high", DataTypes.DoubleType),
      field("unit", DataTypes.StringType),
      field("context", struct(field("location", REF), field("time", REF), field("time_value", DataTypes.StringType))));

  private ClaimRows() {}

  /** The rows of one document's claims, from its output lines. */
  static List<Row> rows(DocOutcome o) {
    List<Row> rows = new ArrayList<>(o.lines().size());
    for (int i = 0; i < o.lines().size(); i++) {
      rows.add(row(o.order(), i, o.lines().get(i)));
    }
    return rows;
  }

  static Row row(long inputOrder, int claimSeq, String line) {
    JsonNode node;
    try {
      node = ClaimJson.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("not a claim line: " + line, e);
    }
    StructField[] fields = SCHEMA.fields();
    Object[] values = new Object[fields.length];
    values[0] = inputOrder;
    values[1] = claimSeq;
    for (int i = 2; i < fields.length; i++) {
      String name = fields[i].name();
      if (name.equals("value_number") || name.equals("value_text")) {
        JsonNode v = node.get("value");
        boolean number = v != null && v.isNumber();
        boolean text = v != null && v.isTextual();
        values[i] = name.equals("value_number") ? (number ? v.asDouble() : null) : (text ? v.asText() : null);
      } else {
        values[i] = value(node.get(name), fields[i].dataType());
      }
    }
    return RowFactory.create(values);
  }

  private static Object value(JsonNode v, DataType type) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (type instanceof StructType st) {
      Object[] values = new Object[st.fields().length];
      for (int i = 0; i < values.length; i++) {
        values[i] = value(v.get(st.fields()[i].name()), st.fields()[i].dataType());
      }
      return RowFactory.create(values);
    }
    if (type.equals(DataTypes.IntegerType)) {
      return v.asInt();
    }
    if (type.equals(DataTypes.LongType)) {
      return v.asLong();
    }
    if (type.equals(DataTypes.DoubleType)) {
      return v.isNumber() ? v.asDouble() : null;
    }
    if (type.equals(DataTypes.BooleanType)) {
      return v.asBoolean();
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }
}
