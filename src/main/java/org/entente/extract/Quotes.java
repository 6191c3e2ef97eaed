package org.entente.extract;

import org.entente.claims.Evidence;

/** Quotes of the cleaned text: made from a range, and found again, as the converter counts them. */
final class Quotes {

    private Quotes() {}

    /** The evidence for {@code text[begin, end)}, with its occurrence when the words occur more than once. */
    static Evidence of(String text, int begin, int end) {
        String quote = text.substring(begin, end);
        int occurrence = 0;
        int count = 0;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            count++;
            if (at == begin) {
                occurrence = count;
            }
        }
        return new Evidence(quote, count > 1 ? occurrence : 0);
    }

    /** Where the evidence stands in the text (UTF-16 offsets), or -1 when it is not there. */
    static int begin(String text, Evidence evidence) {
        int wanted = Math.max(evidence.occurrence(), 1);
        int count = 0;
        for (int at = text.indexOf(evidence.quote()); at >= 0; at = text.indexOf(evidence.quote(), at + 1)) {
            if (++count == wanted) {
                return at;
            }
        }
        return -1;
    }
}
