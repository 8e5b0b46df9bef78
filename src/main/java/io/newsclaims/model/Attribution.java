package io.newsclaims.model;

/**
 * Who a claim is attributed to. {@code speaker} is the canonical name (the fullest form the
 * document gives, pronouns and nominals resolved); {@code mention} is the words at the cue;
 * {@code role} is a title or description when the document gives one ("Foreign Ministry
 * spokesman"), else null; {@code cueKind} is {@link #ATTITUDE} when the cue reports a belief,
 * intention or attitude rather than a statement ("wants to", "voted for"; only with {@code
 * --scope attributions}), {@link #HEDGE} when the writer hedges or passes on a claim that names
 * no source ("is expected to", "appears to", "reportedly"; that scope only, and the one attribution
 * with no {@code speaker} nor {@code mention}), else null.
 */
public record Attribution(String speaker, TextRef cue, TextRef mention, String role, String cueKind) {
  /** The {@code cueKind} of a belief, intention or attitude. */
  public static final String ATTITUDE = "attitude";
  /** The {@code cueKind} of a claim that a cue marks as not the writer's own but names no source of. */
  public static final String HEDGE = "hedge";

  public Attribution {
    if ((speaker == null || speaker.isBlank()) && !HEDGE.equals(cueKind)) {
      throw new IllegalArgumentException("an attribution needs a speaker");
    }
  }

  /** The attribution of a hedge: its cue, no one's name. */
  public static Attribution hedge(TextRef cue) {
    return new Attribution(null, cue, null, null, HEDGE);
  }

  /** The attribution of a statement. */
  public Attribution(String speaker, TextRef cue, TextRef mention, String role) {
    this(speaker, cue, mention, role, null);
  }

  /** This attribution as a statement's: no {@code cueKind}. */
  public Attribution asStatement() {
    return cueKind == null ? this : new Attribution(speaker, cue, mention, role, null);
  }

  public Attribution withCue(TextRef newCue) {
    return new Attribution(speaker, newCue, mention, role, cueKind);
  }
}
