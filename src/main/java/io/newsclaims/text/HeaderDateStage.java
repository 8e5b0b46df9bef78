package io.newsclaims.text;

import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import io.newsclaims.pipeline.StageException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the document date and blanks a leading {@code date YYYY-MM-DD} header. The date given
 * with the input (a JSON-lines {@code date} field) wins over the header, and the header over the
 * run's default ({@code --date}). The header is metadata: it is replaced by spaces in the
 * working text, so it yields no claim and every offset still counts from the original's start.
 * Thread-safe.
 */
public final class HeaderDateStage implements Stage {
  private static final Pattern HEADER =
      Pattern.compile("\\A\\s*date:?[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?=\\s|\\z)", Pattern.CASE_INSENSITIVE);

  private final LocalDate defaultDate;

  /** @param defaultDate the date of documents that give none; may be null */
  public HeaderDateStage(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  @Override
  public String name() {
    return "header";
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.DATE);
  }

  @Override
  public Document apply(Document doc) throws StageException {
    LocalDate date = parseGiven(doc.input().date());
    String text = doc.text();
    Matcher m = HEADER.matcher(text);
    if (m.find()) {
      LocalDate headerDate = parse(m.group(1), "header date");
      if (date == null) {
        date = headerDate;
      }
      text = " ".repeat(m.end()) + text.substring(m.end());
    }
    return doc.withText(text).withDate(date != null ? date : defaultDate);
  }

  private static LocalDate parseGiven(String raw) throws StageException {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    // accept a full timestamp and keep its calendar day
    if (s.length() > 10 && s.charAt(10) == 'T') {
      s = s.substring(0, 10);
    }
    return parse(s, "document date");
  }

  private static LocalDate parse(String s, String what) throws StageException {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new StageException(what + " '" + s + "' is not a date (expected YYYY-MM-DD)");
    }
  }
}
