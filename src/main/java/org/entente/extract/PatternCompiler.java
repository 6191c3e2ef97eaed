package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the readable patterns of the rule files into regular expressions over a sentence in
 * which every entity mention has been replaced by a placeholder naming its types:
 * <ul>
 *   <li>{@code {name:STATE|PLACE}}: one mention of one of the types, bound to {@code name};</li>
 *   <li>{@code {name:STATE+}}: an enumeration of such mentions ("A, B and C", "A, B, and C", "A and B"),
 *       later items perhaps with a demonym and title ("A and Chinese President B");</li>
 *   <li>{@code {name:COALITION>inner:STATE}}: a mention that contains mentions of the inner types
 *       ("US – Republic of Korea – Japan format"), the inner ones bound to {@code inner};</li>
 *   <li>{@code <lemma>}: a word of the sentence whose lemma this is, as OpenNLP's lemma model reads it;</li>
 *   <li>{@code ...}: a short stretch of words within the clause;</li>
 *   <li>a space: any white space; everything else is a case-insensitive regular expression.</li>
 * </ul>
 * A mention may be preceded by "the" and wrapped in quotation marks.
 */
final class PatternCompiler {

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    /**
     * What a placeholder binds: a mention or a list of them, and possibly mentions inside it;
     * {@code required} unless it stands in a part of the pattern that may be left out.
     */
    record Slot(String name, Set<String> types, boolean list, String inner, Set<String> innerTypes, boolean required) {}

    /**
     * A compiled pattern; {@code words} are words every match contains (lower case). Its
     * {@code <lemma>} parts stand for the forms each sentence has of the lemma, so the regular
     * expression is made per set of forms, and kept: sentences repeat the same few forms.
     */
    static final class Compiled {

        private final String source;
        private final String template;
        private final List<String> lemmas;
        private final List<Slot> slots;
        private final List<String> words;
        private final Map<List<List<String>>, Pattern> bySentenceForms = new ConcurrentHashMap<>();

        private Compiled(String source, String template, List<String> lemmas, List<Slot> slots, List<String> words) {
            this.source = source;
            this.template = template;
            this.lemmas = lemmas;
            this.slots = slots;
            this.words = words;
        }

        List<Slot> slots() {
            return slots;
        }

        /** Whether the pattern has {@code <lemma>} parts, so needs the lemmas of a sentence. */
        boolean namesLemmas() {
            return !lemmas.isEmpty();
        }

        /** The regular expression for a sentence whose words have these lemmas. */
        Pattern regex(Lemmas sentence) {
            List<List<String>> forms = lemmas.stream().map(sentence::forms).toList();
            return bySentenceForms.computeIfAbsent(forms, this::regex);
        }

        private Pattern regex(List<List<String>> forms) {
            Matcher lemma = LEMMA_MARK.matcher(template);
            StringBuilder regex = new StringBuilder();
            int k = 0;
            while (lemma.find()) {
                List<String> alternatives = forms.get(k++).stream().map(Pattern::quote).toList();
                lemma.appendReplacement(regex, Matcher.quoteReplacement(alternatives.isEmpty()
                        ? "(?!)" : "\\b(?:" + String.join("|", alternatives) + ")\\b"));
            }
            lemma.appendTail(regex);
            try {
                return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("pattern '" + source + "': " + e.getDescription());
            }
        }

        /**
         * Whether a sentence with mentions of these types and this (lower-case) text can match
         * at all: a cheap test that spares most sentences the regular expression.
         */
        boolean possible(Set<String> typesPresent, String lowerCaseText) {
            for (Slot slot : slots) {
                if (slot.required() && slot.types().stream().noneMatch(typesPresent::contains)) {
                    return false;
                }
            }
            return words.stream().allMatch(lowerCaseText::contains);
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\{(\\w+):([A-Z|]+)(\\+)?(?:>(\\w+):([A-Z|]+))?}|<([a-z-]+)>|\\.\\.\\.| ");
    private static final String GAP = "[^;.!?]{0,150}?";
    /** Where a lemma's forms go in a pattern's template: {@code \uE002lemma\uE003}. */
    private static final Pattern LEMMA_MARK = Pattern.compile("\uE002([^\uE003]+)\uE003");

    private final Map<String, List<String>> aliases;

    PatternCompiler(Map<String, List<String>> aliases) {
        this.aliases = aliases;
    }

    Compiled compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        List<Slot> slots = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        Matcher m = TOKEN.matcher(pattern);
        int last = 0;
        while (m.find()) {
            regex.append(pattern, last, m.start());
            last = m.end();
            if (m.group(1) != null) {
                Slot slot = new Slot(m.group(1), types(m.group(2)), m.group(3) != null,
                        m.group(4), m.group(5) == null ? Set.of() : types(m.group(5)), !optional(pattern, m.start()));
                slots.add(slot);
                String one = mention(slot.types());
                regex.append("(?<").append(slot.name()).append('>')
                        .append(slot.list() ? one + "(?:\\s*,\\s*" + titled(one) + ")*(?:\\s*,?\\s+and\\s+" + titled(one) + ")?" : one)
                        .append(')');
            } else if (m.group(6) != null) {
                lemmas.add(m.group(6));
                regex.append('\uE002').append(m.group(6)).append('\uE003');
            } else if (m.group().equals("...")) {
                regex.append(GAP);
            } else {
                regex.append("\\s+");
            }
        }
        regex.append(pattern.substring(last));
        Compiled compiled = new Compiled(pattern, regex.toString(), List.copyOf(lemmas), slots, requiredWords(pattern));
        compiled.regex(Lemmas.NONE); // a syntax error shows when the rules are loaded, not on some sentence
        return compiled;
    }

    /** What {@link #walk} shows of each character: where it stands and how deep in groups. */
    private interface Visitor {
        /** Returns false to stop the walk. */
        boolean visit(int at, char c, int depth, boolean inClass);
    }

    /**
     * Walks a regular expression from {@code from}, telling each character its group depth (a
     * closing parenthesis of a group opened before {@code from} is at depth 0) and whether it is
     * in a character class. An escape shows as its backslash alone.
     */
    private static void walk(String regex, int from, Visitor visitor) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (!visitor.visit(i, c, depth, inClass)) {
                return;
            }
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    /**
     * Words outside every group and character class, not under a quantifier: a match must
     * contain them. A pattern with a top-level alternative has none.
     */
    private static List<String> requiredWords(String pattern) {
        String plain = TOKEN.matcher(pattern).replaceAll(" ") + " ";
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean[] alternative = {false};
        walk(plain, 0, (at, c, depth, inClass) -> {
            if (Character.isLetter(c) && depth == 0 && !inClass) {
                word.append(c);
                return true;
            }
            if (word.length() >= 3 && "?*{".indexOf(c) < 0) {
                words.add(word.toString().toLowerCase());
            }
            word.setLength(0);
            alternative[0] = c == '|' && depth == 0 && !inClass;
            return !alternative[0];
        });
        return alternative[0] ? List.of() : words;
    }

    /** Whether the text at {@code at} lies inside a group that the pattern makes optional ("(...)?", "(...)*"). */
    private static boolean optional(String pattern, int at) {
        boolean[] optional = {false};
        walk(pattern, at, (i, c, depth, inClass) -> {
            if (c == ')' && depth == 0 && !inClass) {
                String after = pattern.substring(i + 1);
                // the group that encloses the slot may be left out
                optional[0] = after.startsWith("?") || after.startsWith("*") || after.startsWith("{0");
            }
            return !optional[0];
        });
        return optional[0];
    }

    /** The types a placeholder accepts, aliases expanded (ACTOR is a state, capital, organisation ...). */
    Set<String> types(String spec) {
        Set<String> types = new LinkedHashSet<>();
        for (String t : spec.split("\\|")) {
            types.addAll(aliases.getOrDefault(t, List.of(t)));
        }
        return types;
    }

    /**
     * A later item of an enumeration, which may carry a demonym and a title before it: "Narendra
     * Modi and Chinese President Xi Jinping", "Xi Jinping and Premier Li Qiang".
     */
    private static String titled(String item) {
        return "(?:" + mention(Set.of("DEMONYM")) + "\\s+)?(?:(?-i:\\p{Lu}[\\p{L}.’'-]*)\\s+){0,3}?" + item;
    }

    private static String mention(Set<String> types) {
        String placeholder = OPEN + "[A-Z ]*\\b(?:" + String.join("|", types) + ")\\b[A-Z ]*#\\d+" + CLOSE;
        return "(?:the\\s+)?(?:[“\"‘']" + placeholder + "[”\"’']|" + placeholder + ")";
    }

}
