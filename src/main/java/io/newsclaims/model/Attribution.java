package io.newsclaims.model;

/**
 * Who a claim is attributed to. {@code speaker} is the canonical name (the fullest form the
 * document gives, pronouns and nominals resolved); {@code mention} is the words at the cue;
 * {@code role} is a title or description when the document gives one ("Foreign Ministry
 * spokesman"), else null.
 */
public record Attribution(String speaker, TextRef cue, TextRef mention, String role) {
  public Attribution {
    if (speaker == null || speaker.isBlank()) {
      throw new IllegalArgumentException("an attribution needs a speaker");
    }
  }

  public Attribution withCue(TextRef newCue) {
    return new Attribution(speaker, newCue, mention, role);
  }
}
