package org.entente.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.claims.Claim;
import org.entente.claims.Entity;
import org.entente.claims.EntityKind;
import org.entente.claims.EventRole;
import org.entente.claims.EventSpec;
import org.entente.claims.Evidence;
import org.entente.claims.Modality;
import org.entente.claims.PartialDate;
import org.entente.claims.ReferenceData;
import org.entente.claims.Relation;
import org.entente.extract.Timings.Stage;

/**
 * Extracts claims from an article's cleaned text: sentences, tokens, parts of speech and lemmas
 * with OpenNLP; entity mentions from the reference data's labels (and new entities for unknown names),
 * all read by {@link ArticleReading}; time expressions; then the declarative rules of
 * {@code extract/rules.yaml}, whose matches become claims here, with modality and attribution from
 * the cues of {@code extract/cues.yaml}. One instance serves many articles and threads.
 */
public final class Extractor {

    /** "according to" and the words up to a mention, within one clause. */
    private static final Pattern CITED_BY =
            Pattern.compile("(?i)\\baccording to [^,.;:]*$");

    public static final String VERSION = "entente-extract/0.1.0";

    /** Roles only an actor (a state, person, organisation or coalition) can fill. */
    private static final Set<EventRole> ACTOR_ROLES =
            Set.of(EventRole.AGENT, EventRole.PARTICIPANTS, EventRole.INTERMEDIARY);
    private static final List<Relation> OFFICES =
            List.of(Relation.headOfStateOf, Relation.headOfGovernmentOf, Relation.leaderOf);
    /** An antecedent type: the place of the article's dateline. */
    private static final String DATELINE = "DATELINE";

    private final ReferenceData reference;
    private final Rules rules = Rules.load("/extract/rules.yaml");
    private final Cues cues = Cues.load("/extract/cues.yaml", rules.compiler);
    private final Ministries ministries;
    private final ArticleReading.Tools readingTools;

    public Extractor(ReferenceData reference) {
        this.reference = reference;
        this.ministries = new Ministries(reference);
        this.readingTools = new ArticleReading.Tools(reference, rules);
    }

    public Extraction extract(String cleanedText, PartialDate issued) {
        return extract(cleanedText, issued, new Timings());
    }

    /** The same, adding the time spent in each stage to {@code timings}. */
    public Extraction extract(String cleanedText, PartialDate issued, Timings timings) {
        return new Run(cleanedText, issued, timings).extract();
    }

    /** The extraction of one article: the state that lives as long as it. */
    private final class Run {

        private final String text;
        private final PartialDate issued;
        private final Timings timings;
        private final ArticleReading reading;
        /** The article's sentences, in order. */
        private final List<Sentence> sentences;
        private final List<Claim> claims = new ArrayList<>();
        private final Map<String, String> ruleOf = new LinkedHashMap<>();
        private final Map<String, Integer> relationIndex = new HashMap<>();
        private final Map<String, String> officeOf = new HashMap<>();
        private final Map<Sentence, Optional<Mention>> attributions = new HashMap<>();
        /** Where the words of each event claim stand in the text, by claim id. */
        private final Map<String, int[]> wordsOf = new HashMap<>();
        /** Where the words of each event rule's match begin, in order. */
        private final TreeSet<Integer> eventBegins = new TreeSet<>();

        Run(String text, PartialDate issued, Timings timings) {
            this.text = text;
            this.issued = issued;
            this.timings = timings;
            this.reading = new ArticleReading(text, timings, readingTools);
            this.sentences = reading.sentences();
        }

        Extraction extract() {
            List<Rules.Match> matches = new ArrayList<>();
            long t = System.nanoTime();
            for (Sentence s : sentences) {
                for (Rules.Match found : rules.match(s)) {
                    Optional<Rules.Match> resolved = withAntecedents(found);
                    if (resolved.isEmpty()) {
                        continue;
                    }
                    Rules.Match m = resolved.get();
                    matches.add(m);
                    if (m.rule().event().isPresent()) {
                        eventBegins.add(m.begin());
                    }
                    m.rule().relation().filter(OFFICES::contains).ifPresent(r -> {
                        for (String person : keys(m, m.rule().subject())) {
                            keys(m, m.rule().object(), null).forEach(o -> officeOf.putIfAbsent(r + " " + person, o));
                        }
                    });
                }
            }
            timings.add(Stage.RULES, t);
            Map<Sentence, List<TimeExpressions.Found>> times = new HashMap<>();
            for (Rules.Match m : matches) {
                long t0 = System.nanoTime();
                List<TimeExpressions.Found> found = times.computeIfAbsent(m.sentence(),
                        s -> TimeExpressions.find(text, s.begin, s.end, issued));
                timings.add(Stage.TIME, t0);
                long t1 = System.nanoTime();
                claim(m, found);
                timings.add(Stage.RULES, t1);
            }
            return new Extraction(reading.minted(), reading.namesWithoutKind(), List.copyOf(claims),
                    Map.copyOf(ruleOf));
        }

        /**
         * The match with each antecedent the rule names bound to the last mention of its types
         * in the earlier sentences of the paragraph; none when there is no such mention, or when
         * the match's own sentence names one before it (then a rule that binds it in the
         * sentence reads the claim).
         */
        private Optional<Rules.Match> withAntecedents(Rules.Match m) {
            if (m.rule().antecedents().isEmpty()) {
                return Optional.of(m);
            }
            Map<String, List<Mention>> bindings = new LinkedHashMap<>(m.bindings());
            Map<String, Set<String>> types = new LinkedHashMap<>(m.slotTypes());
            for (Map.Entry<String, Set<String>> antecedent : m.rule().antecedents().entrySet()) {
                if (bindings.containsKey(antecedent.getKey())) {
                    continue;
                }
                Set<String> wanted = antecedent.getValue();
                if (wanted.contains(DATELINE)) {
                    Optional<Mention> place = reading.dateline();
                    if (place.isEmpty()) {
                        return Optional.empty();
                    }
                    bindings.put(antecedent.getKey(), List.of(place.get()));
                    types.put(antecedent.getKey(), Set.of("STATE", "CAPITAL", "PLACE"));
                    continue;
                }
                if (m.sentence().mentions.stream().anyMatch(x -> x.begin() < m.begin() && x.hasAny(wanted))) {
                    return Optional.empty();
                }
                int paragraphBegin = text.lastIndexOf('\n', m.sentence().begin) + 1;
                Optional<Mention> last = Optional.empty();
                for (int i = indexOf(m.sentence()) - 1; i >= 0 && sentences.get(i).begin >= paragraphBegin
                        && last.isEmpty(); i--) {
                    last = sentences.get(i).mentions.stream().filter(x -> x.hasAny(wanted)).reduce((a, b) -> b);
                }
                if (last.isEmpty()) {
                    return Optional.empty();
                }
                bindings.put(antecedent.getKey(), List.of(last.get()));
                types.put(antecedent.getKey(), wanted);
            }
            return Optional.of(new Rules.Match(m.rule(), m.sentence(), m.begin(), m.end(), bindings, types));
        }

        private void claim(Rules.Match m, List<TimeExpressions.Found> times) {
            Rules.Rule rule = m.rule();
            Modality modality = rule.modality()
                    .orElseGet(() -> cues.modality(text, m.sentence().begin, m.begin(), m.end()));
            Optional<String> source = attributions.computeIfAbsent(m.sentence(), cues::attribution)
                    .filter(a -> a.begin() >= m.end() || a.end() <= m.begin() || cited(a))
                    .map(a -> a.resolve(reference, Set.of("STATE"), null).get(0)); // "Beijing said": China
            if (rule.relation().isPresent()) {
                Optional<TimeExpressions.Found> time = times.stream()
                        .filter(f -> f.begin() >= m.begin() && f.end() <= m.end()).findFirst();
                for (String subject : keys(m, rule.subject())) {
                    for (String object : objects(m, subject)) {
                        if (!subject.equals(object)) {
                            relation(m, rule.relation().get(), subject, object, modality, source, time);
                        }
                    }
                }
                return;
            }
            List<List<Mention>> each = rule.each().map(name -> m.bindings().getOrDefault(name, List.of()).stream()
                    .map(List::of).toList()).orElse(List.of(List.of()));
            for (List<Mention> one : each) {
                event(m, one, modality, source, times);
            }
        }

        private void relation(Rules.Match m, Relation relation, String subject, String object, Modality stated,
                              Optional<String> source, Optional<TimeExpressions.Found> time) {
            Modality modality = tensed(m, stated, time);
            Evidence evidence = Quotes.of(text, m.begin(), m.end());
            boolean symmetric = relation == Relation.allyOf && subject.compareTo(object) > 0;
            String sameAs = relation + " " + (symmetric ? object + " " + subject : subject + " " + object) + " " + modality;
            Integer existing = relationIndex.get(sameAs);
            if (existing != null) {
                Claim c = claims.get(existing);
                if (!c.evidence().contains(evidence)) {
                    List<Evidence> more = new ArrayList<>(c.evidence());
                    more.add(evidence);
                    claims.set(existing, new Claim(c.id(), 0, c.modality(), c.attributedTo(), more, c.content()));
                }
                return;
            }
            String id = id(subject + "-" + kebab(relation.name()) + "-" + object);
            relationIndex.put(sameAs, claims.size());
            claims.add(new Claim(id, 0, modality, source.filter(s -> !s.equals(subject) && !s.equals(object)),
                    List.of(evidence),
                    new Claim.RelationContent(relation, subject, object, time.map(TimeExpressions.Found::time))));
            ruleOf.put(id, m.rule().id());
        }

        private void event(Rules.Match m, List<Mention> onlyEach, Modality modality, Optional<String> source,
                           List<TimeExpressions.Found> times) {
            Rules.Rule rule = m.rule();
            Map<EventRole, List<String>> roles = new EnumMap<>(EventRole.class);
            Set<String> bound = new LinkedHashSet<>();
            rule.roles().forEach((role, names) -> {
                Set<String> keys = new LinkedHashSet<>();
                for (String name : names) {
                    List<Mention> mentions = rule.each().filter(name::equals).isPresent() ? onlyEach
                            : m.bindings().getOrDefault(name, List.of());
                    for (Mention mention : mentions) {
                        if (cited(mention)) {
                            continue;
                        }
                        mention.resolve(reference, m.slotTypes().get(name), role).stream()
                                .filter(k -> !ACTOR_ROLES.contains(role) || isActor(k)).forEach(keys::add);
                        bound.add(mention.key());
                    }
                }
                if (!keys.isEmpty()) {
                    roles.put(role, List.copyOf(keys));
                }
            });
            if (roles.getOrDefault(EventRole.AGENT, List.of()).isEmpty()
                    && roles.getOrDefault(EventRole.PARTICIPANTS, List.of()).isEmpty()) {
                List<String> participants = participantsFromClause(m, bound);
                if (participants.isEmpty()) {
                    participants = partiesTo(roles.getOrDefault(EventRole.AGREEMENT, List.of()));
                }
                if (participants.isEmpty()) {
                    return; // an event needs an actor, and the words name none
                }
                roles.put(EventRole.PARTICIPANTS, participants);
            }
            int begin = m.begin();
            int end = m.end();
            Optional<TimeExpressions.Found> time = nearest(times, m);
            modality = tensed(m, modality, time);
            if (time.isPresent()) {
                begin = Math.min(begin, time.get().begin());
                end = Math.max(end, time.get().end());
            }
            List<Evidence> evidence = new ArrayList<>(List.of(Quotes.of(text, begin, trimmedEnd(begin, end))));
            gather(m, roles, evidence);
            int wordsEnd = trimmedEnd(begin, end);
            int replaced = -1;
            for (int i = 0; i < claims.size() && replaced < 0; i++) {
                Claim c = claims.get(i);
                int[] words = wordsOf.get(c.id());
                if (c.content() instanceof Claim.EventContent e && e.event().type() == rule.event().get()
                        && words[0] < wordsEnd && begin < words[1]) {
                    if (e.event().roles().equals(roles) ? c.evidence().contains(evidence.get(0))
                            : covers(e.event().roles(), roles)) {
                        // Another rule read the same event in the same words, or more of it in
                        // words that overlap these. (The same roles in other words may be another
                        // event: "removed X from the white list, and also imposed restrictions".)
                        return;
                    }
                    if (!e.event().roles().equals(roles) && covers(roles, e.event().roles())) {
                        replaced = i; // this reading says all the other said, and more
                        ruleOf.remove(c.id());
                    }
                }
            }
            List<String> named = new ArrayList<>();
            roles.forEach((role, keys) -> {
                if (!rule.gathers().containsKey(role)) {
                    named.addAll(keys); // the label names who and where, not every asset gathered
                }
            });
            String id = id(kebab(rule.event().get().name()) + "-"
                    + String.join("-", named.stream().distinct().limit(3).toList()));
            String label = rule.event().get().name() + ": " + String.join(", ", named.stream().distinct()
                    .map(k -> entity(k).map(Entity::label).orElse(k)).toList());
            Claim claim = new Claim(id, 0, modality, source.filter(s -> !named.contains(s)), List.copyOf(evidence),
                    new Claim.EventContent(new EventSpec(id, rule.event().get(), Optional.of(label), Optional.empty(),
                            Optional.empty(), time.map(TimeExpressions.Found::time), roles)));
            if (replaced >= 0) {
                claims.set(replaced, claim);
            } else {
                claims.add(claim);
            }
            wordsOf.put(id, new int[] {begin, wordsEnd});
            ruleOf.put(id, rule.id());
            if (rule.partyTo()) {
                for (String agreement : roles.get(EventRole.AGREEMENT)) {
                    for (String party : roles.getOrDefault(EventRole.PARTICIPANTS, List.of())) {
                        if (isParty(party)) {
                            relation(m, Relation.partyTo, party, agreement, modality, source, Optional.empty());
                        }
                    }
                }
            }
        }

        /** Whether {@code roles} names every entity {@code other} names, in the same roles. */
        private static boolean covers(Map<EventRole, List<String>> roles, Map<EventRole, List<String>> other) {
            return other.entrySet().stream()
                    .allMatch(r -> roles.getOrDefault(r.getKey(), List.of()).containsAll(r.getValue()));
        }

        /** Where the sentence stands in the article's list of sentences (they are in text order). */
        private int indexOf(Sentence sentence) {
            int low = 0;
            int high = sentences.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int begin = sentences.get(middle).begin;
                if (begin == sentence.begin) {
                    return middle;
                }
                if (begin < sentence.begin) {
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            throw new IllegalStateException("a sentence of another article");
        }

        /**
         * The roles a rule gathers: every mention of their types in the event's sentence and in
         * the sentences after it in the paragraph, up to the next event; each later sentence that
         * gives one is evidence too.
         */
        private void gather(Rules.Match m, Map<EventRole, List<String>> roles, List<Evidence> evidence) {
            if (m.rule().gathers().isEmpty()) {
                return;
            }
            int paragraphEnd = text.indexOf('\n', m.sentence().begin);
            int until = Math.min(paragraphEnd < 0 ? text.length() : paragraphEnd,
                    Optional.ofNullable(eventBegins.higher(m.sentence().end)).orElse(Integer.MAX_VALUE));
            for (int i = indexOf(m.sentence()); i < sentences.size() && sentences.get(i).begin < until; i++) {
                Sentence s = sentences.get(i);
                boolean gave = false;
                for (Map.Entry<EventRole, Set<String>> gathered : m.rule().gathers().entrySet()) {
                    Set<String> keys = new LinkedHashSet<>(roles.getOrDefault(gathered.getKey(), List.of()));
                    for (Mention mention : s.mentions) {
                        if (mention.hasAny(gathered.getValue()) && !cited(mention)) {
                            gave |= keys.addAll(mention.resolve(reference, gathered.getValue(), gathered.getKey()));
                        }
                    }
                    if (!keys.isEmpty()) {
                        roles.put(gathered.getKey(), List.copyOf(keys));
                    }
                }
                if (gave && s != m.sentence()) {
                    evidence.add(Quotes.of(text, s.begin, trimmedEnd(s.begin, s.end)));
                }
            }
        }

        /**
         * A claim the words state as plain fact, at a time after the article's date, is a plan:
         * "the allies hold drills next week". A rule that fixes the modality keeps it.
         */
        private Modality tensed(Rules.Match m, Modality modality, Optional<TimeExpressions.Found> time) {
            boolean later = time.isPresent() && time.get().time().earliest().isAfter(issued.lastDay());
            return modality == Modality.Factual && later && m.rule().modality().isEmpty() ? Modality.Planned : modality;
        }

        /**
         * The parties the article has so far given the agreements (in partyTo claims, or as
         * participants of an event of the agreement): who else suspends or renews them.
         */
        private List<String> partiesTo(List<String> agreements) {
            Set<String> parties = new LinkedHashSet<>();
            for (Claim c : claims) {
                if (c.content() instanceof Claim.RelationContent r && r.relation() == Relation.partyTo
                        && agreements.contains(r.object())) {
                    parties.add(r.subject());
                } else if (c.content() instanceof Claim.EventContent e && e.event().roles()
                        .getOrDefault(EventRole.AGREEMENT, List.of()).stream().anyMatch(agreements::contains)) {
                    parties.addAll(e.event().roles().getOrDefault(EventRole.PARTICIPANTS, List.of()));
                }
            }
            return List.copyOf(parties);
        }

        private boolean isParty(String key) {
            return reference.find(key).map(e -> e.kind() == EntityKind.STATE || e.kind() == EntityKind.ORGANIZATION)
                    .orElse(false);
        }

        private boolean isActor(String key) {
            EntityKind kind = entity(key).map(Entity::kind).orElse(EntityKind.PLACE);
            return kind == EntityKind.STATE || kind == EntityKind.PERSON || kind == EntityKind.ORGANIZATION
                    || kind == EntityKind.COALITION;
        }

        /** The entity of the reference data or the one the article minted with this key. */
        private Optional<Entity> entity(String key) {
            return reference.find(key).or(() -> reading.minted(key));
        }

        /**
         * Who takes part when the rule's words do not say: the actors of the clause (persons
         * standing for the state or organisation they lead, where the article says so), or the
         * states that "the three states" counts back to.
         */
        private List<String> participantsFromClause(Rules.Match m, Set<String> bound) {
            Set<String> actors = new LinkedHashSet<>();
            int clauseBegin = cues.clauseBegin(text, m.sentence().begin, m.begin());
            for (Mention mention : m.sentence().mentions) {
                if (mention.begin() >= clauseBegin && mention.end() <= m.end() && !bound.contains(mention.key())
                        && mention.hasAny(Mention.ACTOR_TYPES)) {
                    mention.resolve(reference, Set.of("STATE"), null).forEach(k -> actors.add(officeHeld(k)));
                }
            }
            if (actors.isEmpty()) {
                actors.addAll(reading.countedStates(m.sentence()));
            }
            return List.copyOf(actors);
        }

        /** What a person leads, where the article says so; anyone else stands for themselves. */
        private String officeHeld(String key) {
            return OFFICES.stream().map(r -> officeOf.get(r + " " + key)).filter(Objects::nonNull)
                    .findFirst().orElse(key);
        }

        /** The time inside the words of the match, else the nearest one in its sentence. */
        private Optional<TimeExpressions.Found> nearest(List<TimeExpressions.Found> times, Rules.Match m) {
            TimeExpressions.Found best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (TimeExpressions.Found f : times) {
                int distance = f.end() <= m.begin() ? m.begin() - f.end() : f.begin() >= m.end() ? f.begin() - m.end() : 0;
                if (distance < bestDistance) {
                    best = f;
                    bestDistance = distance;
                }
            }
            return Optional.ofNullable(best);
        }

        private int trimmedEnd(int begin, int end) {
            while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return end;
        }

        private String id(String base) {
            String id = ArticleReading.slug(base);
            String unique = id;
            for (int n = 2; ruleOf.containsKey(unique); n++) {
                unique = id + "-" + n;
            }
            return unique;
        }

        /**
         * The objects of a relation rule's match; a title with no state or organisation beside it
         * ("President Yoon") stands for the office the article has given that person elsewhere.
         */
        private List<String> objects(Rules.Match m, String subject) {
            Rules.Rule rule = m.rule();
            if (rule.ministry()) {
                return ministriesNamed(m);
            }
            if (m.bindings().containsKey(rule.object()) || !OFFICES.contains(rule.relation().orElseThrow())) {
                return keys(m, rule.object(), null);
            }
            return Optional.ofNullable(officeOf.get(rule.relation().get() + " " + subject)).map(List::of).orElse(List.of());
        }

        /** The entity keys bound to any of the names (a relation's subjects). */
        private List<String> keys(Rules.Match m, List<String> names) {
            return names.stream().flatMap(name -> keys(m, name, null).stream()).distinct().toList();
        }

        /** The ministries of the object's states that the words after each state name ("Foreign Minister"). */
        private List<String> ministriesNamed(Rules.Match m) {
            List<Mention> subjects = m.rule().subject().stream()
                    .flatMap(n -> m.bindings().getOrDefault(n, List.of()).stream()).toList();
            List<String> found = new ArrayList<>();
            for (Mention state : m.bindings().getOrDefault(m.rule().object(), List.of())) {
                int titleEnd = subjects.stream().mapToInt(Mention::begin).filter(b -> b >= state.end()).min().orElse(-1);
                if (titleEnd >= 0) {
                    String title = text.substring(state.end(), titleEnd);
                    state.resolve(reference, Set.of("STATE"), null).stream()
                            .flatMap(k -> ministries.of(k, title).stream()).forEach(found::add);
                }
            }
            return found;
        }

        private List<String> keys(Rules.Match m, String name, EventRole role) {
            Set<String> keys = new LinkedHashSet<>();
            for (Mention mention : m.bindings().getOrDefault(name, List.of())) {
                if (!cited(mention)) {
                    keys.addAll(mention.resolve(reference, m.slotTypes().get(name), role));
                }
            }
            return List.copyOf(keys);
        }

        /**
         * Whether the mention is the source an "according to" phrase cites: a reporter, never an
         * actor of the claim, even where a list seems to run on from it ("According to Yonhap,
         * South Korea and the United States will ...").
         */
        private boolean cited(Mention mention) {
            String before = text.substring(Math.max(0, mention.begin() - 60), mention.begin());
            return CITED_BY.matcher(before).find();
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
