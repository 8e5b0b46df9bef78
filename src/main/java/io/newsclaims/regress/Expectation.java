package io.newsclaims.regress;

import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One fact that must hold in a claims dataset: a claim of this type in this document with
 * these attributes (any attribute left unset is not checked), or, with {@link #absent()}, no
 * such claim. Immutable: every {@code with}-style method returns a copy. Thread-safe.
 *
 * <pre>{@code
 * Expectation.claim("003_47b5167eeece3b24", "casualty")
 *     .value(34535).qualifier("at_least").category("killed").speaker("Ministry of Health");
 * }</pre>
 */
public final class Expectation {
  private final String name;
  private final String location;
  private final String doc;
  private final String type;
  private final boolean valueGiven;
  private final Object value;
  private final Double min;
  private final Double max;
  private final String qualifier;
  private final String category;
  private final List<String> speakers;
  private final Boolean direct;
  private final String text;
  private final boolean absent;

  private Expectation(String name, String location, String doc, String type, boolean valueGiven, Object value,
      Double min, Double max, String qualifier, String category, List<String> speakers, Boolean direct, String text,
      boolean absent) {
    this.name = name;
    this.location = location;
    this.doc = Objects.requireNonNull(doc, "doc");
    this.type = Objects.requireNonNull(type, "type");
    this.valueGiven = valueGiven;
    this.value = value;
    this.min = min;
    this.max = max;
    this.qualifier = qualifier;
    this.category = category;
    this.speakers = speakers == null ? null : List.copyOf(speakers);
    this.direct = direct;
    this.text = text;
    this.absent = absent;
    if (value != null && !(value instanceof String || value instanceof Long || value instanceof Double)) {
      throw new IllegalArgumentException("a value is a whole number, a decimal number or a string, not " + value);
    }
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("min " + min + " is above max " + max);
    }
  }

  /** A claim of this type must exist in this document. */
  public static Expectation claim(String doc, String type) {
    if (doc == null || doc.isBlank() || type == null || type.isBlank()) {
      throw new IllegalArgumentException("an expectation needs a document id and a claim type");
    }
    return new Expectation(null, null, doc, type, false, null, null, null, null, null, null, null, null, false);
  }

  private Expectation copy(String newName, String newLocation, boolean newValueGiven, Object newValue, Double newMin,
      Double newMax, String newQualifier, String newCategory, List<String> newSpeakers, Boolean newDirect,
      String newText, boolean newAbsent) {
    return new Expectation(newName, newLocation, doc, type, newValueGiven, newValue, newMin, newMax, newQualifier,
        newCategory, newSpeakers, newDirect, newText, newAbsent);
  }

  /** The name shown in reports (default: a summary of the expectation). */
  public Expectation named(String newName) {
    return copy(newName, location, valueGiven, value, min, max, qualifier, category, speakers, direct, text, absent);
  }

  /** Where the expectation was written ({@code facts.jsonl:3}), shown in reports. */
  public Expectation at(String newLocation) {
    return copy(name, newLocation, valueGiven, value, min, max, qualifier, category, speakers, direct, text, absent);
  }

  /** The value must equal this number (within one millionth). */
  public Expectation value(long v) {
    return copy(name, location, true, v, min, max, qualifier, category, speakers, direct, text, absent);
  }

  /** The value must equal this number (within one millionth). */
  public Expectation value(double v) {
    return copy(name, location, true, v, min, max, qualifier, category, speakers, direct, text, absent);
  }

  /** The value must be this string (a date such as {@code 2024-07-22}), compared after {@link PythonText#norm}. */
  public Expectation value(String v) {
    return copy(name, location, true, Objects.requireNonNull(v, "value"), min, max, qualifier, category, speakers,
        direct, text, absent);
  }

  /** The claim must have no value (a vague amount such as "dozens"). */
  public Expectation noValue() {
    return copy(name, location, true, null, min, max, qualifier, category, speakers, direct, text, absent);
  }

  /** The value must be a number at least this. */
  public Expectation min(double v) {
    return copy(name, location, valueGiven, value, v, max, qualifier, category, speakers, direct, text, absent);
  }

  /** The value must be a number at most this. */
  public Expectation max(double v) {
    return copy(name, location, valueGiven, value, min, v, qualifier, category, speakers, direct, text, absent);
  }

  public Expectation qualifier(String q) {
    return copy(name, location, valueGiven, value, min, max, q, category, speakers, direct, text, absent);
  }

  public Expectation category(String c) {
    return copy(name, location, valueGiven, value, min, max, qualifier, c, speakers, direct, text, absent);
  }

  /** The claim's speaker must be one of these names: every word of one of them is a word of the speaker. */
  public Expectation speaker(String... acceptedNames) {
    if (acceptedNames.length == 0) {
      throw new IllegalArgumentException("give at least one accepted speaker name (or use unattributed())");
    }
    return copy(name, location, valueGiven, value, min, max, qualifier, category, List.of(acceptedNames), direct, text,
        absent);
  }

  /** The claim must have no attribution: the article says it in its own voice. */
  public Expectation unattributed() {
    return copy(name, location, valueGiven, value, min, max, qualifier, category, List.of(), direct, text, absent);
  }

  /** A quote must be direct (inside quotation marks) or reported speech. */
  public Expectation direct(boolean d) {
    return copy(name, location, valueGiven, value, min, max, qualifier, category, speakers, d, text, absent);
  }

  /** The claim's text must contain these words (after {@link PythonText#norm}, whole words). */
  public Expectation text(String words) {
    return copy(name, location, valueGiven, value, min, max, qualifier, category, speakers, direct, words, absent);
  }

  /** Turns the expectation around: no claim may match it. */
  public Expectation absent() {
    return copy(name, location, valueGiven, value, min, max, qualifier, category, speakers, direct, text, true);
  }

  public String doc() {
    return doc;
  }

  public String type() {
    return type;
  }

  public String location() {
    return location;
  }

  public boolean isAbsent() {
    return absent;
  }

  /** The name given, or a summary such as {@code 003 casualty value=34535 category=killed}. */
  public String name() {
    return name != null ? name : describe();
  }

  /** The expectation in one line: document, type and each constraint given. */
  public String describe() {
    StringBuilder b = new StringBuilder(absent ? "no " : "").append(doc).append(' ').append(type);
    if (valueGiven) {
      b.append(" value=").append(show(value));
    }
    if (min != null) {
      b.append(" min=").append(show(min));
    }
    if (max != null) {
      b.append(" max=").append(show(max));
    }
    if (qualifier != null) {
      b.append(" qualifier=").append(qualifier);
    }
    if (category != null) {
      b.append(" category=").append(category);
    }
    if (speakers != null) {
      b.append(" speaker=").append(speakers.isEmpty() ? "null" : String.join("|", speakers.stream().map(Expectation::show).toList()));
    }
    if (direct != null) {
      b.append(" direct=").append(direct);
    }
    if (text != null) {
      b.append(" text=").append(show(text));
    }
    return b.toString();
  }

  /** A value as a person reads it: strings in JSON quotes, whole numbers without a decimal point. */
  static String show(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return ClaimJson.MAPPER.getNodeFactory().textNode(s).toString();
    }
    if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return v instanceof Double d ? PythonText.floatRepr(d) : v.toString();
  }

  /**
   * What keeps a claim from meeting this expectation: one line per attribute that differs
   * ({@code value 34000 (expected 34535)}); empty when the claim meets it. The document and
   * type are not checked here.
   */
  public List<String> mismatches(Claim c) {
    List<String> out = new ArrayList<>();
    if (valueGiven && !valueMatches(c.value())) {
      out.add("value " + show(c.value()) + " (expected " + show(value) + ")");
    }
    if (min != null || max != null) {
      boolean ok = c.value() instanceof Number n
          && (min == null || n.doubleValue() >= min) && (max == null || n.doubleValue() <= max);
      if (!ok) {
        out.add("value " + show(c.value()) + " (expected " + (min != null ? "≥ " + show(min) : "")
            + (min != null && max != null ? " and " : "") + (max != null ? "≤ " + show(max) : "") + ")");
      }
    }
    if (qualifier != null && !normEquals(qualifier, c.qualifier())) {
      out.add("qualifier " + show(c.qualifier()) + " (expected " + show(qualifier) + ")");
    }
    if (category != null && !normEquals(category, c.category())) {
      out.add("category " + show(c.category()) + " (expected " + show(category) + ")");
    }
    String speaker = c.attribution() == null ? null : c.attribution().speaker();
    if (speakers != null) {
      boolean ok = speakers.isEmpty() ? speaker == null : Matching.speakerAccepted(speakers, speaker);
      if (!ok) {
        out.add("speaker " + show(speaker) + " (expected "
            + (speakers.isEmpty() ? "none" : String.join(" or ", speakers.stream().map(Expectation::show).toList())) + ")");
      }
    }
    if (direct != null) {
      Boolean d = c.quote() == null ? null : c.quote().direct();
      if (!direct.equals(d)) {
        out.add("direct " + show(d) + " (expected " + direct + ")");
      }
    }
    if (text != null) {
      String have = " " + PythonText.norm(c.text()) + " ";
      if (PythonText.norm(text).isEmpty() || !have.contains(" " + PythonText.norm(text) + " ")) {
        out.add("text " + show(c.text()) + " (expected it to contain " + show(text) + ")");
      }
    }
    return out;
  }

  private boolean valueMatches(Object actual) {
    if (value == null) {
      return actual == null;
    }
    if (value instanceof Number e && actual instanceof Number a) {
      return Matching.numbersEqual(e.doubleValue(), a.doubleValue());
    }
    return actual != null && PythonText.norm(PythonText.str(value)).equals(PythonText.norm(PythonText.str(actual)));
  }

  private static boolean normEquals(String expected, String actual) {
    return actual != null && PythonText.norm(expected).equals(PythonText.norm(actual));
  }

  @Override
  public String toString() {
    return (location != null ? location + ": " : "") + (name != null ? name + " (" + describe() + ")" : describe());
  }
}
