package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of the cleaned text with its entity mentions, and the same sentence with each
 * mention replaced by a placeholder ({@code \uE000STATE #3\uE001}) for the rules to match, plus
 * the way back from placeholder-text offsets to offsets in the cleaned text, and the lemmas of its
 * words.
 */
final class Sentence {

    final int begin;
    final int end;
    final List<Mention> mentions;
    final String shadow;
    final Lemmas lemmas;
    private final int[] startOf;
    private final int[] endOf;

    Sentence(String text, int begin, int end, List<Mention> mentions, Lemmas lemmas) {
        this.begin = begin;
        this.end = end;
        this.mentions = mentions;
        this.lemmas = lemmas;
        StringBuilder s = new StringBuilder(end - begin + 16 * mentions.size());
        List<int[]> starts = new ArrayList<>();
        int at = begin;
        for (int i = 0; i <= mentions.size(); i++) {
            int upTo = i < mentions.size() ? mentions.get(i).begin() : end;
            for (; at < upTo; at++) {
                s.append(text.charAt(at));
                starts.add(new int[] {at, at + 1});
            }
            if (i < mentions.size()) {
                Mention m = mentions.get(i);
                String placeholder = PatternCompiler.OPEN + String.join(" ", m.types()) + " #" + i + PatternCompiler.CLOSE;
                s.append(placeholder);
                for (int k = 0; k < placeholder.length(); k++) {
                    starts.add(new int[] {m.begin(), m.end()});
                }
                at = m.end();
            }
        }
        shadow = s.toString();
        startOf = new int[starts.size()];
        endOf = new int[starts.size()];
        for (int i = 0; i < starts.size(); i++) {
            startOf[i] = starts.get(i)[0];
            endOf[i] = starts.get(i)[1];
        }
    }

    /** The offset in the cleaned text where the placeholder-text position {@code i} begins. */
    int textBegin(int i) {
        return i < startOf.length ? startOf[i] : end;
    }

    /** The offset in the cleaned text just after the placeholder-text range ending at {@code i} (exclusive). */
    int textEnd(int i) {
        return i == 0 ? begin : endOf[i - 1];
    }

    /** The mentions whose placeholders lie inside the placeholder-text range. */
    List<Mention> mentionsIn(int from, int to) {
        List<Mention> found = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = shadow.charAt(i);
            if (c == PatternCompiler.OPEN) {
                open = i;
            } else if (c == PatternCompiler.CLOSE && open >= 0) {
                String inside = shadow.substring(open, i);
                found.add(mentions.get(Integer.parseInt(inside.substring(inside.lastIndexOf('#') + 1))));
                open = -1;
            }
        }
        return found;
    }
}
