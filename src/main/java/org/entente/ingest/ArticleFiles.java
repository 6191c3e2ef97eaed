package org.entente.ingest;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The files of one article in a data directory: its text as published, its metadata and,
 * when a person has curated them, its claims.
 */
public record ArticleFiles(String slug, Path text, Path metadata, Optional<Path> claims) {}
