package io.newsclaims.regress;

import java.util.List;

/**
 * The attribute rules that {@code eval} and {@code check} share: accepted speaker names matched
 * word by word, and numbers equal within a relative tolerance. Stateless and thread-safe.
 */
public final class Matching {
  private Matching() {}

  /**
   * Whether a predicted speaker is one of the accepted names: every word of some accepted name
   * (after {@link PythonText#norm}) is a word of the predicted speaker, so "Lin Jian" accepts
   * "Foreign Ministry spokesman Lin Jian" but "Lin" does not accept "Linda Jones".
   */
  public static boolean speakerAccepted(List<String> acceptedNames, String speaker) {
    if (speaker == null || speaker.isEmpty()) {
      return false;
    }
    List<String> pred = PythonText.words(speaker);
    for (String name : acceptedNames) {
      List<String> words = PythonText.words(name);
      if (!words.isEmpty() && pred.containsAll(words)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two numbers are equal within one millionth of the expected one (at least 1e-6 absolute). */
  public static boolean numbersEqual(double expected, double actual) {
    return Math.abs(expected - actual) <= 1e-6 * Math.max(1.0, Math.abs(expected));
  }
}
