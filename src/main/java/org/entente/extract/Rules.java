package org.entente.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.entente.claims.EventRole;
import org.entente.claims.EventType;
import org.entente.claims.Modality;
import org.entente.claims.Relation;

/**
 * The declarative claim rules of {@code extract/rules.yaml}: each a pattern over entity types
 * and cue words, and the relation or event it produces from what the pattern binds.
 */
final class Rules {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A rule as written in the file. */
    record Spec(String id, String pattern, String relation, List<String> subject, String object, String event,
                Map<String, List<String>> roles, String each, Boolean partyTo, String modality,
                Map<String, String> antecedents, Map<String, String> gathers, Boolean ministry) {}

    private record File(Map<String, List<String>> aliases, List<Spec> rules) {}

    /**
     * A rule ready to match. {@code antecedents} are names the pattern does not bind: each is the
     * last mention of its types in the earlier sentences of the paragraph ("after being frozen"
     * speaks of the agreement named before). {@code gathers} are event roles that take every
     * mention of their types in the event's sentence and in the sentences that follow it in the
     * paragraph until the next event ("More than 60 aircraft took part, ..."). {@code ministry}:
     * the object is not the state bound but its ministry that the words between state and
     * subject name ("Japanese Foreign Minister Yoko Kamikawa").
     */
    record Rule(String id, PatternCompiler.Compiled pattern, Optional<Relation> relation, List<String> subject,
                String object, Optional<EventType> event, Map<EventRole, List<String>> roles,
                Optional<String> each, boolean partyTo, Optional<Modality> modality,
                Map<String, Set<String>> antecedents, Map<EventRole, Set<String>> gathers, boolean ministry) {}

    /** What one rule matched in one sentence: the text range and the mentions bound to each name. */
    record Match(Rule rule, Sentence sentence, int begin, int end, Map<String, List<Mention>> bindings,
                 Map<String, Set<String>> slotTypes) {}

    final List<Rule> rules;
    final PatternCompiler compiler;
    /** The types some rule takes from an earlier sentence: a sentence after one is worth reading. */
    final Set<String> antecedentTypes = new HashSet<>();

    private Rules(PatternCompiler compiler, List<Rule> rules) {
        this.compiler = compiler;
        this.rules = rules;
        rules.forEach(r -> r.antecedents().values().forEach(antecedentTypes::addAll));
    }

    static Rules load(String resource) {
        File file;
        try (InputStream in = Rules.class.getResourceAsStream(resource)) {
            file = YAML.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extraction rules " + resource, e);
        }
        PatternCompiler compiler = new PatternCompiler(file.aliases());
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Spec spec : file.rules()) {
            if (!ids.add(spec.id())) {
                throw new IllegalArgumentException("extraction rule '" + spec.id() + "' is defined twice");
            }
            rules.add(rule(compiler, spec));
        }
        return new Rules(compiler, rules);
    }

    private static Rule rule(PatternCompiler compiler, Spec spec) {
        String where = "extraction rule '" + spec.id() + "': ";
        try {
            PatternCompiler.Compiled pattern = compiler.compile(spec.pattern());
            Set<String> names = new HashSet<>();
            Map<String, Set<String>> antecedents = new LinkedHashMap<>();
            if (spec.antecedents() != null) {
                spec.antecedents().forEach((name, types) -> antecedents.put(name, compiler.types(types)));
                names.addAll(antecedents.keySet());
            }
            for (PatternCompiler.Slot slot : pattern.slots()) {
                names.add(slot.name());
                if (slot.inner() != null) {
                    names.add(slot.inner());
                }
            }
            Map<EventRole, List<String>> roles = new EnumMap<>(EventRole.class);
            if (spec.roles() != null) {
                spec.roles().forEach((field, bound) -> roles.put(role(field), bound));
            }
            Map<EventRole, Set<String>> gathers = new EnumMap<>(EventRole.class);
            if (spec.gathers() != null) {
                if (spec.event() == null) {
                    throw new IllegalArgumentException("only an event rule gathers mentions");
                }
                spec.gathers().forEach((field, types) -> gathers.put(role(field), compiler.types(types)));
            }
            List<String> used = new ArrayList<>();
            roles.values().forEach(used::addAll);
            Optional.ofNullable(spec.subject()).ifPresent(used::addAll);
            Optional.ofNullable(spec.object()).ifPresent(used::add);
            Optional.ofNullable(spec.each()).ifPresent(used::add);
            for (String name : used) {
                if (!names.contains(name)) {
                    throw new IllegalArgumentException("'" + name + "' is not bound by the pattern");
                }
            }
            if (Boolean.TRUE.equals(spec.partyTo()) && !roles.containsKey(EventRole.AGREEMENT)) {
                throw new IllegalArgumentException("'partyTo' needs an agreement role");
            }
            if ((spec.relation() == null) == (spec.event() == null)
                    || (spec.relation() != null && (spec.subject() == null || spec.object() == null))) {
                throw new IllegalArgumentException(
                        "a rule produces either a relation (with subject and object) or an event");
            }
            return new Rule(spec.id(), pattern, Optional.ofNullable(spec.relation()).map(Relation::valueOf),
                    Optional.ofNullable(spec.subject()).orElse(List.of()), spec.object(), Optional.ofNullable(spec.event()).map(EventType::valueOf), roles,
                    Optional.ofNullable(spec.each()), Boolean.TRUE.equals(spec.partyTo()),
                    Optional.ofNullable(spec.modality()).map(m -> Modality.valueOf(capitalised(m))), antecedents,
                    gathers, Boolean.TRUE.equals(spec.ministry()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    private static EventRole role(String field) {
        for (EventRole role : EventRole.values()) {
            if (role.field().equals(field) && !role.linksEvents()) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + field + "'");
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase() + s.substring(1).toLowerCase();
    }

    /**
     * Whether some rule that names a lemma could match a sentence with these mentions and text:
     * only then is the sentence worth the lemma model, the slowest stage of extraction.
     */
    boolean needLemmas(List<Mention> mentions, String text) {
        Set<String> types = typesOf(mentions);
        String lowerCase = text.toLowerCase(Locale.ROOT);
        return rules.stream().anyMatch(r -> r.pattern().namesLemmas() && r.pattern().possible(types, lowerCase));
    }

    private static Set<String> typesOf(List<Mention> mentions) {
        Set<String> types = new HashSet<>();
        mentions.forEach(m -> types.addAll(m.types()));
        return types;
    }

    /** Every match of every rule in the sentence. */
    List<Match> match(Sentence sentence) {
        List<Match> matches = new ArrayList<>();
        Set<String> types = typesOf(sentence.mentions);
        String lowerCase = sentence.shadow.toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (!rule.pattern().possible(types, lowerCase)) {
                continue;
            }
            Matcher m = rule.pattern().regex(sentence.lemmas).matcher(sentence.shadow);
            int from = 0;
            while (from < sentence.shadow.length() && m.find(from)) {
                bind(rule, sentence, m).ifPresent(matches::add);
                from = Math.max(m.end(), m.start() + 1);
            }
        }
        return matches;
    }

    private static Optional<Match> bind(Rule rule, Sentence sentence, Matcher m) {
        Map<String, List<Mention>> bindings = new LinkedHashMap<>();
        Map<String, Set<String>> types = new LinkedHashMap<>();
        for (PatternCompiler.Slot slot : rule.pattern().slots()) {
            if (m.start(slot.name()) < 0) {
                continue; // an optional part of the pattern that did not occur
            }
            List<Mention> bound = sentence.mentionsIn(m.start(slot.name()), m.end(slot.name()));
            bindings.put(slot.name(), bound);
            types.put(slot.name(), slot.types());
            if (slot.inner() != null) {
                List<Mention> inner = bound.stream().flatMap(b -> b.inner().stream())
                        .filter(i -> i.hasAny(slot.innerTypes())).toList();
                if (inner.isEmpty()) {
                    return Optional.empty();
                }
                bindings.put(slot.inner(), inner);
                types.put(slot.inner(), slot.innerTypes());
            }
        }
        return Optional.of(new Match(rule, sentence, sentence.textBegin(m.start()), sentence.textEnd(m.end()),
                bindings, types));
    }
}
