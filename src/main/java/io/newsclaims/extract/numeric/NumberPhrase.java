package io.newsclaims.extract.numeric;

/**
 * An amount found in a sentence's tokens (0-based token indices, end exclusive): the whole
 * phrase [{@code start}, {@code end}) with its qualifier words, and the number words
 * [{@code numStart}, {@code numEnd}) inside it. {@code value} is null for ranges and vague
 * amounts, which carry {@code low}/{@code high} instead.
 */
record NumberPhrase(int start, int numStart, int numEnd, int end, Double value, Double low, Double high, String qualifier) {
  NumberPhrase {
    if (start > numStart || numStart >= numEnd || numEnd > end) {
      throw new IllegalArgumentException("bad number phrase tokens " + start + " " + numStart + " " + numEnd + " " + end);
    }
  }
}
