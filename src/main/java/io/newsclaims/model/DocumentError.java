package io.newsclaims.model;

/** Why a document yielded no claims: the stage that refused it and a one-line reason. */
public record DocumentError(String stage, String reason) {}
