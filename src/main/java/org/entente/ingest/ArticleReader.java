package org.entente.ingest;

/** Reads an article's published text and cleans it: the first stage of the pipeline. */
public final class ArticleReader {

    private final TextCleaner cleaner;

    public ArticleReader(TextCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** The cleaned text of the article; an InputException when there is none. */
    public String cleanText(ArticleFiles files) {
        String published = TextFiles.readUtf8(files.text());
        if (files.text().getFileName().toString().endsWith(".html")) {
            published = HtmlText.of(published);
        }
        String text = cleaner.clean(published);
        if (text.isEmpty()) {
            throw InputException.in(files.text(), "the article is empty (no text after cleaning)");
        }
        return text;
    }
}
