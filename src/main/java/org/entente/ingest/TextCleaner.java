package org.entente.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns text as published into the text that is quoted and counted: Unicode NFC, {@code \n} line
 * ends, no trailing blanks, and no page furniture. The furniture rules live in
 * {@code ingest/furniture.yaml} so that a user can read and extend them.
 */
public final class TextCleaner {

    /** A paragraph this long means the article body has begun (trailers come after it). */
    private static final int BODY_PARAGRAPH_CHARS = 200;

    private final List<Pattern> end;
    private final List<Pattern> teaser;
    private final List<Pattern> drop;

    private record Rules(List<String> end, List<String> teaser, List<String> drop) {}

    private TextCleaner(Rules rules) {
        this.end = compile(rules.end());
        this.teaser = compile(rules.teaser());
        this.drop = compile(rules.drop());
    }

    /** The cleaner with the rules shipped in the jar. */
    public static TextCleaner standard() {
        try (InputStream in = TextCleaner.class.getResourceAsStream("/ingest/furniture.yaml")) {
            return new TextCleaner(new ObjectMapper(new YAMLFactory()).readValue(in, Rules.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the furniture rules", e);
        }
    }

    public String clean(String published) {
        String text = Normalizer.normalize(published.replace("\r\n", "\n").replace('\r', '\n'),
                Normalizer.Form.NFC);
        List<String> kept = new ArrayList<>();
        boolean bodyBegun = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            String bare = line.strip();
            if (matches(end, bare)) {
                if (bodyBegun) {
                    break;
                }
                continue; // a trailer label above the body (a sidebar's "Latest") goes alone
            }
            if (matches(teaser, bare)) {
                i = nextNonBlank(lines, i + 1); // the headline the label introduces goes too
                continue;
            }
            if (matches(drop, bare)) {
                continue;
            }
            bodyBegun |= bare.length() >= BODY_PARAGRAPH_CHARS;
            kept.add(line);
        }
        return String.join("\n", kept)
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    private static int nextNonBlank(String[] lines, int from) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static boolean matches(List<Pattern> patterns, String line) {
        if (line.isEmpty()) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> compile(List<String> regexes) {
        return regexes.stream()
                .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }
}
