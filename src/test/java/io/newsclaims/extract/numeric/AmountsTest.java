package io.newsclaims.extract.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The values of number words as the tokenizer splits them, with no CoreNLP pipeline. */
class AmountsTest {
  private static final Amounts AMOUNTS = Amounts.load();

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      34,535            | 34535
      1.2 million       | 1200000
      5.2bn             | 5200000000
      3m                | 3000000
      three             | 3
      a dozen           | 12
      a million         | 1000000
      twenty - eight    | 28
      two hundred       | 200
      0.5               | 0.5
      """)
  void numbers(String words, double expected) {
    assertEquals(expected, AMOUNTS.value(List.of(words.split(" "))), 1e-9);
  }

  @ParameterizedTest(name = "{0} is no number")
  @CsvSource(delimiter = '|', textBlock = """
      50p
      3rd
      4x4
      12 15
      state
      """)
  void notNumbers(String words) {
    assertNull(AMOUNTS.value(List.of(words.split(" "))));
  }
}
