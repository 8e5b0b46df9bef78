package io.newsclaims.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.io.ClaimJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The Python behaviours score.py relies on; expected values are what Python 3 prints. */
class PythonTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Ministry of Health        | ministry of health",
      "Gaza's Ministry of Health | gaza s ministry of health",
      "  --Lin  Jian!!           | lin jian",
      "``                        | ``",          // empty text
      "¿¿??                      | ``",          // nothing but punctuation
      "snake_case-word           | snake_case word",
      "Ünïcödé ÉTÉ               | ünïcödé été",
      "٣ apples                  | ٣ apples",    // an Arabic-Indic digit is a word character
      "2024-07-22                | 2024 07 22",
      "the groups’ representatives | the groups representatives",
  })
  void normIsPythonNorm(String in, String expected) {
    assertEquals(expected, PythonText.norm(in));
  }

  @Test
  void wordsSplitTheNormalizedText() {
    assertEquals(List.of("gaza", "s", "ministry"), PythonText.words("Gaza's ministry"));
    assertEquals(List.of(), PythonText.words("!!"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "0.5      | 0.5",
      "1.0      | 1.0",
      "1139.0   | 1139.0",
      "0.667    | 0.667",
      "1.0E16   | 1e+16",
      "1.5E-5   | 1.5e-05",
      "1.0E-4   | 0.0001",
      "1.2345E7 | 12345000.0",
      "-2.5     | -2.5",
      "12.0000001 | 12.0000001",
  })
  void floatReprIsPythonRepr(double x, String expected) {
    assertEquals(expected, PythonText.floatRepr(x));
  }

  @Test
  void roundAndFormatUseTheExactBinaryValueHalfToEven() {
    assertEquals(0.667, PythonText.round3(2.0 / 3));
    assertEquals(0.062, PythonText.round3(0.0625)); // an exact tie goes to even
    assertEquals(0.615, PythonText.round3(0.615));
    assertEquals("0.61", PythonText.fixed2(0.615)); // 0.615 is 0.61499999... in binary; Java's %.2f says 0.62
    assertEquals("0.12", PythonText.fixed2(0.125)); // an exact tie goes to even
    assertEquals("1.00", PythonText.fixed2(1.0));
    assertEquals("0.00", PythonText.fixed2(0.0));
  }

  @Test
  void reprOfStringsPicksQuotesAndEscapesAsPython() throws Exception {
    assertEquals("'Lin Jian'", PythonText.reprString("Lin Jian"));
    assertEquals("\"reiterated China's\"", PythonText.reprString("reiterated China's"));
    assertEquals("'\"a\" and \\'b\\''", PythonText.reprString("\"a\" and 'b'"));
    assertEquals("'line\\nbreak\\ttab \\\\'", PythonText.reprString("line\nbreak\ttab \\"));
    assertEquals("'groups’ é \\xa0 \\u200b 😀'", PythonText.reprString("groups’ é \u00a0 \u200b 😀"));
  }

  @Test
  void reprOfJsonValuesIsPythonReprOfTheLoadedValue() throws Exception {
    JsonNode n = ClaimJson.MAPPER.readTree("[\"XXXX-10\", 14, 14.0, true, null, {\"a\": [1]}]");
    assertEquals("['XXXX-10', 14, 14.0, True, None, {'a': [1]}]", PythonText.repr(n));
    assertEquals("14", PythonText.str(n.get(1)));
    assertEquals("XXXX-10", PythonText.str(n.get(0)));
    assertEquals("None", PythonText.str(n.get(4)));
    assertEquals("None", PythonText.repr(null));
    assertEquals("1139.0", PythonText.repr(1139.0));
    assertEquals("1139", PythonText.repr(1139L));
  }

  @Test
  void jsonDumpsUsesPythonSeparatorsAndEscapes() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("docs", 3);
    m.put("f1", 0.667);
    m.put("speaker_accuracy", null);
    m.put("name", "é\"x\"");
    m.put("list", List.of(1.0, 2L));
    assertEquals("{\"docs\": 3, \"f1\": 0.667, \"speaker_accuracy\": null, \"name\": \"\\u00e9\\\"x\\\"\", \"list\": [1.0, 2]}",
        PythonText.jsonDumps(m));
  }
}
