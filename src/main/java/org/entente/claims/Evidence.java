package org.entente.claims;

/**
 * A quote from the article that supports a claim. {@code occurrence} (1-based) picks one of
 * several places where the quote stands; 0 means none was given, so the quote must be unique.
 */
public record Evidence(String quote, int occurrence) {}
