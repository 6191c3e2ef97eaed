package org.entente.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.entente.claims.Entity;
import org.entente.claims.EntityKind;
import org.entente.claims.ReferenceData;
import org.entente.extract.Timings.Stage;

/**
 * One article read into sentences, before any rule turns them into claims: its paragraphs cut
 * into sentences, each with its mentions (known entities, entities minted for unknown names,
 * short names and anaphors) and, where the rules need them, its lemmas; the names it could give
 * no kind; its dateline; and the enumerations of states that "the three states" counts back to.
 * The reading is done when the instance is made; one instance serves one article.
 */
final class ArticleReading {

    /** "the three states": the last enumeration of that many states before it. */
    private static final Pattern COUNTED_STATES = Pattern.compile(
            "\\bthe (two|three|four|five|six) (?:states|countries|allies|parties|nations|governments)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What follows a dateline's place: a region or date, then the agency or a dash. */
    private static final Pattern DATELINE_END = Pattern.compile("[^()\\n]{0,40}?(?:\\(|\\s[-–—]\\s)");
    private static final Pattern PARAGRAPH_END = Pattern.compile("[.!][\"”’')]*\\s*$");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}");

    /**
     * What reading takes that does not change from article to article: the entities known, the
     * OpenNLP models, the rules (which sentences need lemmas), the cues of unknown names, and the
     * pattern of an enumeration of states. One instance serves many articles and threads.
     */
    record Tools(ReferenceData reference, Nlp nlp, Gazetteer gazetteer, Rules rules, ProperNames names,
                 PatternCompiler.Compiled enumeration) {

        Tools(ReferenceData reference, Rules rules) {
            this(reference, new Nlp(), new Gazetteer(reference.entities()), rules,
                    ProperNames.load("/extract/names.yaml"), rules.compiler.compile("{members:STATE+}"));
        }
    }

    /** A sentence's tokens, where each lies in it, and their part-of-speech tags. */
    private record Tagged(Span[] spans, String[] tokens, String[] tags) {}

    private final String text;
    private final Timings timings;
    private final Tools tools;
    private final Map<String, Entity> newByLabel = new LinkedHashMap<>();
    /** Unknown names that nothing in their words gives a kind: listed for a person to place. */
    private final Set<String> namesWithoutKind = new LinkedHashSet<>();
    private final Set<String> usedKeys = new LinkedHashSet<>();
    /** Enumerations of states met so far: where each begins and the states it names. */
    private final List<Map.Entry<Integer, List<String>>> enumerations = new ArrayList<>();
    private final ShortNames shortNames = new ShortNames(Set.of("PERSON"));
    private final Anaphors anaphors = new Anaphors(Mention.ACTOR_TYPES);
    /** The mentions of the article so far, in order: what anaphors may refer to. */
    private final List<Mention> mentioned = new ArrayList<>();
    /** The article's sentences, in order. */
    private final List<Sentence> sentences;
    private final Optional<Mention> dateline;

    /** Reads the article's cleaned text, adding the time spent in each stage to {@code timings}. */
    ArticleReading(String text, Timings timings, Tools tools) {
        this.text = text;
        this.timings = timings;
        this.tools = tools;
        this.sentences = List.copyOf(read());
        this.dateline = findDateline();
        namesWithoutKind.removeAll(newByLabel.keySet());
    }

    /** The article's sentences, in order. */
    List<Sentence> sentences() {
        return sentences;
    }

    /** The entities minted for the article's unknown names, in the order they were met. */
    List<Entity> minted() {
        return List.copyOf(newByLabel.values());
    }

    /** The entity minted with this key, if any. */
    Optional<Entity> minted(String key) {
        return newByLabel.values().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** Unknown names that nothing in their words, at any of their mentions, gives a kind. */
    List<String> namesWithoutKind() {
        return List.copyOf(namesWithoutKind);
    }

    /**
     * The place of the article's dateline ("WASHINGTON, July 9 (Reuters) - ..."): a known
     * place in capitals opening the first sentence, before the agency or the dash.
     */
    Optional<Mention> dateline() {
        return dateline;
    }

    private Optional<Mention> findDateline() {
        if (sentences.isEmpty() || sentences.get(0).mentions.isEmpty()) {
            return Optional.empty();
        }
        Sentence first = sentences.get(0);
        Mention place = first.mentions.get(0);
        String name = text.substring(place.begin(), place.end());
        boolean opens = text.substring(first.begin, place.begin()).isBlank();
        return opens && name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 2
                && place.hasAny(Set.of("PLACE", "CAPITAL", "STATE"))
                && DATELINE_END.matcher(text).region(place.end(), Math.min(first.end, place.end() + 60)).lookingAt()
                ? Optional.of(place) : Optional.empty();
    }

    /**
     * The states that each "the three states" of the sentence counts back to: those of the last
     * enumeration of that many states before it.
     */
    List<String> countedStates(Sentence sentence) {
        List<String> states = new ArrayList<>();
        Matcher counted = COUNTED_STATES.matcher(text).region(sentence.begin, sentence.end);
        while (counted.find()) {
            int n = NumberWords.value(counted.group(1)).orElseThrow();
            int at = counted.start();
            enumerations.stream().filter(e -> e.getKey() < at && e.getValue().size() == n)
                    .reduce((a, b) -> b).ifPresent(e -> states.addAll(e.getValue()));
        }
        return states;
    }

    /**
     * Sentences of each paragraph (a line), with their mentions, known and new. A line
     * without a final full stop is a title or heading: it repeats what the body says, so it
     * is not read for claims.
     */
    private List<Sentence> read() {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (PARAGRAPH_END.matcher(text).region(lineStart, lineEnd).find()) {
                paragraph(lineStart, lineEnd, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private void paragraph(int from, int to, List<Sentence> sentences) {
        int previousParagraphBegin = sentences.isEmpty() ? from
                : text.lastIndexOf('\n', sentences.get(sentences.size() - 1).begin) + 1;
        long t = System.nanoTime();
        Span[] spans = tools.nlp().sentences(text.substring(from, to));
        timings.add(Stage.SENTENCE, t);
        t = System.nanoTime();
        List<Mention> mentions = new ArrayList<>(tools.gazetteer().find(text, from, to));
        shortNames.learn(text, mentions);
        mentions.addAll(shortNames.find(text, from, to, mentions));
        mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        timings.add(Stage.GAZETTEER, t);
        int firstOfParagraph = sentences.size();
        for (Span span : spans) {
            int begin = from + span.getStart();
            int end = from + span.getEnd();
            List<Mention> inside = new ArrayList<>(mentions.stream()
                    .filter(m -> m.begin() >= begin && m.end() <= end).toList());
            String sentence = text.substring(begin, end);
            List<Sentence> earlier = List.copyOf(sentences.subList(firstOfParagraph, sentences.size()));
            // what an anaphor refers to stands near it: the last few hundred mentions will do
            List<Mention> before = new ArrayList<>(mentioned.subList(Math.max(0, mentioned.size() - 300), mentioned.size()));
            before.addAll(inside);
            inside.addAll(anaphors.find(text, begin, end, before, inside,
                    earlier.isEmpty() ? begin : earlier.get(earlier.size() - 1).begin, previousParagraphBegin));
            inside.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            Lemmas lemmas = Lemmas.NONE;
            boolean afterAntecedent = earlier.stream()
                    .anyMatch(x -> x.mentions.stream().anyMatch(m -> m.hasAny(tools.rules().antecedentTypes)));
            if (!inside.isEmpty() || afterAntecedent || tools.names().cue.matcher(sentence).find()) {
                Tagged tagged = tagged(sentence);
                if (unknownCapital(sentence, begin, inside)) {
                    List<Mention> named = newNames(begin, tagged, inside);
                    shortNames.learn(text, named);
                    inside.addAll(named);
                    inside.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
                }
                if ((!inside.isEmpty() || afterAntecedent) && tools.rules().needLemmas(inside, sentence)) {
                    long l = System.nanoTime();
                    lemmas = new Lemmas(tagged.tokens(), tools.nlp().lemmas(tagged.tokens(), tagged.tags()));
                    timings.add(Stage.LEMMA, l);
                }
            }
            Sentence s = new Sentence(text, begin, end, inside, lemmas);
            sentences.add(s);
            mentioned.addAll(inside);
            Matcher list = tools.enumeration().regex(s.lemmas).matcher(s.shadow);
            while (list.find()) {
                List<Mention> states = s.mentionsIn(list.start(), list.end());
                if (states.size() >= 2) {
                    enumerations.add(Map.entry(s.textBegin(list.start()), states.stream()
                            .flatMap(m -> m.resolve(tools.reference(), Set.of("STATE"), null).stream())
                            .distinct().toList()));
                }
            }
        }
    }

    /** The tokens of a sentence worth reading for names or claims, and their tags. */
    private Tagged tagged(String sentence) {
        long t = System.nanoTime();
        Span[] spans = tools.nlp().tokens(sentence);
        timings.add(Stage.TOKEN, t);
        t = System.nanoTime();
        String[] tokens = new String[spans.length];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = tools.nlp().tags(tokens);
        timings.add(Stage.POS, t);
        return new Tagged(spans, tokens, tags);
    }

    private List<Mention> newNames(int begin, Tagged tagged, List<Mention> known) {
        List<Mention> found = new ArrayList<>();
        for (ProperNames.Name name : tools.names().find(text, begin, tagged.spans(), tagged.tags(), known)) {
            if (name.kind().isEmpty()) {
                namesWithoutKind.add(name.label());
                continue;
            }
            EntityKind kind = name.kind().get();
            Entity e = newByLabel.computeIfAbsent(name.label(), label -> newEntity(label, kind));
            if (e.kind() == kind) {
                found.add(new Mention(name.begin(), name.end(), e.key(), Gazetteer.typesOf(e), List.of()));
            }
        }
        return found;
    }

    private Entity newEntity(String label, EntityKind kind) {
        String key = slug(label);
        if (key.isEmpty() || tools.reference().find(key).isPresent()) {
            key = (key + "-" + kind.segment()).replaceFirst("^-", "");
        }
        String unique = key;
        for (int n = 2; tools.reference().find(unique).isPresent() || usedKeys.contains(unique); n++) {
            unique = key + "-" + n;
        }
        usedKeys.add(unique);
        return new Entity(unique, kind, List.of(kind.defaultClass()), label, List.of(), List.of(),
                Optional.empty(), List.of(), Optional.empty());
    }

    /**
     * Whether a capitalised word other than the sentence's first stands outside the known
     * mentions: only then can the sentence hold an unknown name, so only then is it tagged.
     */
    private static boolean unknownCapital(String sentence, int begin, List<Mention> known) {
        Matcher word = CAPITALISED.matcher(sentence);
        boolean first = true;
        while (word.find()) {
            int at = begin + word.start();
            boolean firstWord = first && sentence.substring(0, word.start()).isBlank();
            first = false;
            if (!firstWord && known.stream().noneMatch(m -> m.begin() <= at && at < m.end())) {
                return true;
            }
        }
        return false;
    }

    /** A key or id made of a label: lower case, no accents, runs of other characters one hyphen. */
    static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
