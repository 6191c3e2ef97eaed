package org.entente.serve.pages;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * An evidence quote inside the sentence (or sentences) it was taken from, so a reader sees the
 * words in context. Offsets are NIF offsets: Unicode code points of the article's text, end
 * exclusive; they are turned into Java string indices here, once.
 */
record Evidence(String before, String quote, String after) {

    /** The quote at {@code [begin, end)} (code points) of {@code text}, with the rest of its sentences. */
    static Evidence in(String text, int begin, int end) {
        int from = text.offsetByCodePoints(0, begin);
        int to = text.offsetByCodePoints(from, end - begin);
        // A sentence never runs across a line break: paragraphs and headings are lines of the text.
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        int lineEnd = text.indexOf('\n', to);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(line);
        int start = boundaryAtOrBefore(sentences, from - lineStart);
        int stop = boundaryAtOrAfter(sentences, to - lineStart);
        return new Evidence(line.substring(start, from - lineStart), text.substring(from, to),
                line.substring(to - lineStart, stop).stripTrailing());
    }

    /** The character index of a code-point offset, for callers that cut the text themselves. */
    static int index(String text, int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }

    private static int boundaryAtOrBefore(BreakIterator sentences, int at) {
        return sentences.isBoundary(at) ? at : sentences.preceding(at);
    }

    private static int boundaryAtOrAfter(BreakIterator sentences, int at) {
        return sentences.isBoundary(at) ? at : sentences.following(at);
    }
}
