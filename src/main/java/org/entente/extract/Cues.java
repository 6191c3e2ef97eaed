package org.entente.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.claims.Modality;

/**
 * The cue words of {@code extract/cues.yaml} that decide how a claim is stated (its modality)
 * and whom the article cites for it (its attribution).
 */
final class Cues {

    private record File(Map<String, List<String>> clause, Map<String, List<String>> sentence,
                        List<String> clauseBoundaries, List<String> relativeClauses, List<String> attribution) {}

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");

    private final Map<Modality, Pattern> clause = new LinkedHashMap<>();
    private final Map<Modality, Pattern> sentence = new LinkedHashMap<>();
    private final Pattern boundary;
    /** What opens a relative clause: it ends the clause of a claim before it, not the one after. */
    private final Pattern relative;
    private final List<PatternCompiler.Compiled> attribution = new ArrayList<>();

    private Cues(File file, PatternCompiler compiler) {
        file.clause().forEach((m, cues) -> clause.put(modality(m), words(cues)));
        file.sentence().forEach((m, cues) -> sentence.put(modality(m),
                Pattern.compile("^\\W*(?:" + String.join("|", cues) + ")\\b", Pattern.CASE_INSENSITIVE)));
        boundary = Pattern.compile(String.join("|", file.clauseBoundaries()), Pattern.CASE_INSENSITIVE);
        relative = Pattern.compile(String.join("|", file.relativeClauses()), Pattern.CASE_INSENSITIVE);
        file.attribution().forEach(a -> attribution.add(compiler.compile(a)));
    }

    static Cues load(String resource, PatternCompiler compiler) {
        try (InputStream in = Cues.class.getResourceAsStream(resource)) {
            return new Cues(Rules.YAML.readValue(in, File.class), compiler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extraction cues " + resource, e);
        }
    }

    private static Modality modality(String name) {
        for (Modality m : Modality.values()) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("cues: '" + name + "' is not a modality");
    }

    private static Pattern words(List<String> cues) {
        return Pattern.compile("(?<![\\w-])(?:" + String.join("|", cues) + ")(?![\\w])", Pattern.CASE_INSENSITIVE);
    }

    /**
     * The modality of a claim whose words are {@code text[from, to)} in the sentence beginning
     * at {@code sentenceBegin}: a cue opening the sentence hedges all of it; otherwise the first
     * family (in file order) with a cue in the claim's clause, from the clause boundary before
     * the claim to its end, decides; no cue means factual.
     */
    Modality modality(String text, int sentenceBegin, int from, int to) {
        String opening = text.substring(sentenceBegin, to);
        for (Map.Entry<Modality, Pattern> e : sentence.entrySet()) {
            if (e.getValue().matcher(opening).find()) {
                return e.getKey();
            }
        }
        String window = text.substring(clauseBegin(text, sentenceBegin, from), clauseEnd(text, to));
        for (Map.Entry<Modality, Pattern> e : clause.entrySet()) {
            if (e.getValue().matcher(window).find()) {
                return e.getKey();
            }
        }
        return Modality.Factual;
    }

    /** Where the clause holding {@code from} begins: after the last clause boundary before it in its sentence. */
    int clauseBegin(String text, int sentenceBegin, int from) {
        int clauseBegin = sentenceBegin;
        Matcher b = boundary.matcher(text).region(sentenceBegin, from);
        while (b.find()) {
            clauseBegin = b.end();
        }
        return clauseBegin;
    }

    /**
     * Where the clause holding {@code from} ends: at the next clause boundary or relative clause
     * ("a treaty that obliges each side to help if ..."), or the end of its sentence.
     */
    private int clauseEnd(String text, int from) {
        int sentenceEnd = text.indexOf('\n', from);
        int end = sentenceEnd < 0 ? text.length() : sentenceEnd;
        Matcher stop = SENTENCE_END.matcher(text).region(from, end);
        if (stop.find()) {
            end = stop.start();
        }
        for (Pattern ends : List.of(boundary, relative)) {
            Matcher b = ends.matcher(text).region(from, end);
            if (b.find()) {
                end = b.start();
            }
        }
        return end;
    }

    /** The source a sentence cites ("according to Yonhap", "the Navy said"), if any. */
    Optional<Mention> attribution(Sentence s) {
        for (PatternCompiler.Compiled a : attribution) {
            Matcher m = a.regex(s.lemmas).matcher(s.shadow);
            if (m.find()) {
                List<Mention> source = s.mentionsIn(m.start("source"), m.end("source"));
                if (!source.isEmpty()) {
                    return Optional.of(source.get(0));
                }
            }
        }
        return Optional.empty();
    }
}
