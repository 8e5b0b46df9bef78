package io.newsclaims.cli;

import io.newsclaims.pipeline.Settings;
import java.time.Duration;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * How each document is read and processed, as options shared by {@code extract} and
 * {@code spark}: the default date, the size and time limits, and whether every sentence is
 * parsed. One place turns them into the core's {@link Settings}.
 */
public final class DocumentOptions {

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Date of documents that give none (no 'date' field, no 'date YYYY-MM-DD' header line).")
  LocalDate date;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + Settings.DEFAULT_MAX_CHARS,
      description = "Refuse documents longer than N characters (0: no limit). Default: ${DEFAULT-VALUE}.")
  int maxChars;

  @Option(names = "--doc-timeout", paramLabel = "TIME", defaultValue = "60s", converter = ExtractCommand.DurationConverter.class,
      description = "Give up on a document after this much CPU time, on whichever thread or executor runs it "
          + "(e.g. 60s, 500ms, 2m; 0: no limit). Default: ${DEFAULT-VALUE}.")
  Duration docTimeout;

  @Option(names = "--parse-all", description = "Run SUTime and the parser on every sentence, not only where a claim can be (slower; same output).")
  boolean parseAll;

  @Option(names = "--quote-unit", paramLabel = "UNIT", defaultValue = Settings.QUOTATION,
      description = "What one direct quote claim covers: 'quotation' (the words in one pair of marks, as CLAIMS.md "
          + "counts them) or 'passage' (one speaker's quotations in a paragraph with the cue between them, as "
          + "PolNeAR annotates them). Default: ${DEFAULT-VALUE}.")
  String quoteUnit;

  @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = Settings.STATEMENTS,
      description = "Which attributions are quote claims: 'statements' (what someone said or wrote, as CLAIMS.md "
          + "counts them) or 'attributions' (also beliefs, intentions and attitudes: 'wants to', 'is counting on', "
          + "'voted for', as PolNeAR annotates them; those claims carry \"cue_kind\": \"attitude\"). Default: ${DEFAULT-VALUE}.")
  String scope;

  /** The core's settings for these options. */
  public Settings settings() {
    return Settings.defaults().withDefaultDate(date).withParseAll(parseAll).withMaxChars(maxChars).withQuoteUnit(quoteUnit)
        .withScope(scope);
  }

  /** What is wrong with the options, or null. */
  public String problem() {
    if (maxChars < 0) {
      return "--max-chars must be 0 (no limit) or more, not " + maxChars;
    }
    if (!quoteUnit.equals(Settings.QUOTATION) && !quoteUnit.equals(Settings.PASSAGE)) {
      return "--quote-unit must be 'quotation' or 'passage', not '" + quoteUnit + "'";
    }
    boolean known = scope.equals(Settings.STATEMENTS) || scope.equals(Settings.ATTRIBUTIONS);
    return known ? null : "--scope must be 'statements' or 'attributions', not '" + scope + "'";
  }

  public int maxChars() {
    return maxChars;
  }

  public Duration docTimeout() {
    return docTimeout;
  }
}
