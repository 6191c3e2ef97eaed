package org.entente.serve.pages;

/**
 * An RDF term as a page shows it: its text (a label, a short form, a literal's lexical form),
 * where it links to (null: no link), whether that link leaves the site, a note (a literal's
 * language or datatype) and the IRI itself (null for a literal), for the link's title.
 */
record Value(String text, String href, boolean external, String note, String iri) {}
