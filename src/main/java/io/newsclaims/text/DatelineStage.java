package io.newsclaims.text;

import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a wire dateline ("NAIROBI —", "KYIV, Aug 27 (Reuters) -", "GOMA, Democratic Republic of
 * Congo (AP) —") apart from the first sentence of the story. Run into the sentence, the place
 * and the agency become its subject for the parser, and the lead's "…, officials said" loses
 * its clause. The dash and the spaces before it become a blank line (a sentence break), one
 * character for one, so offsets stay valid; the dateline's words are kept. Thread-safe.
 */
public final class DatelineStage implements Stage {
  /**
   * At the start of the story: a place in capitals (words joined by spaces, hyphens or "/"),
   * parts after commas (a country, a date), an agency in brackets, then a dash between spaces.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "\\A\\s*[A-Z][A-Z'’.\\-]+(?:[ /][A-Z][A-Z'’.\\-]*)*"
          + "(?:,[ ]+[A-Z0-9][\\w.'’ ]{0,40}?)*"
          + "(?:[ ]+\\([A-Z][^()\\n]{0,30}\\))?"
          + "([ ]*(?:—|–|-{1,2})[ ]+)(?=\\S)");

  @Override
  public String name() {
    return "dateline";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.NORMALIZED);
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.DATELINE);
  }

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    Matcher m = DATELINE.matcher(text);
    if (!m.find() || m.end(1) - m.start(1) < 2) {
      return doc;
    }
    char[] out = text.toCharArray();
    for (int i = m.start(1); i < m.end(1); i++) {
      out[i] = i < m.start(1) + 2 ? '\n' : ' ';
    }
    return doc.withText(new String(out));
  }
}
