package org.entente.rdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.entente.claims.Evidence;

/**
 * Finds a quote in an article's cleaned text and gives its place in Unicode code points, the
 * unit NIF offsets count (a Java string counts UTF-16 units, which differ beyond the BMP).
 */
final class QuoteLocator {

    /** Where a quote stands: code-point offsets, end exclusive, and the exact words. */
    record Span(int begin, int end, String anchor) {}

    private final String text;

    QuoteLocator(String text) {
        this.text = text;
    }

    /** The span of the quote; IllegalArgumentException saying why when there is no single one. */
    Span locate(Evidence evidence) {
        String quote = Normalizer.normalize(evidence.quote(), Normalizer.Form.NFC);
        List<Integer> places = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            places.add(at);
        }
        if (places.isEmpty()) {
            throw new IllegalArgumentException("quote not found in the article's text: \"" + shorten(quote) + "\"");
        }
        if (evidence.occurrence() == 0 && places.size() > 1) {
            throw new IllegalArgumentException("quote occurs " + places.size() + " times in the text; add 'occurrence:'"
                    + " to choose one, or quote more words: \"" + shorten(quote) + "\"");
        }
        int chosen = Math.max(evidence.occurrence(), 1);
        if (chosen > places.size()) {
            throw new IllegalArgumentException("occurrence " + chosen + " asked, but the quote occurs only "
                    + places.size() + " time(s): \"" + shorten(quote) + "\"");
        }
        int at = places.get(chosen - 1);
        int begin = text.codePointCount(0, at);
        return new Span(begin, begin + quote.codePointCount(0, quote.length()), quote);
    }

    private static String shorten(String quote) {
        return quote.length() <= 80 ? quote : quote.substring(0, 77) + "...";
    }
}
