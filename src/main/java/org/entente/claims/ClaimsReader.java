package org.entente.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.ingest.InputException;

/**
 * Reads a claims file and checks everything that can be checked without the article's text:
 * ids, modalities, relation and event types, entity keys, event references and dates.
 */
public final class ClaimsReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> CLAIM_FIELDS = Set.of("id", "modality", "attributedTo", "evidence",
            "relation", "subject", "object", "time", "event", "about", "rule", "note");
    private static final Set<String> EVENT_FIELDS = Stream.concat(
            Stream.of("id", "type", "label", "description", "purpose", "time"),
            Stream.of(EventRole.values()).map(EventRole::field)).collect(Collectors.toSet());
    private static final Set<String> TIME_FIELDS = Set.of("text", "date", "start", "end", "earliest", "latest");
    private static final Set<String> DOCUMENT_LISTS = Set.of("entities", "claims");
    private static final Set<String> DOCUMENT_VALUES = Set.of("extractor");
    private static final Set<String> EVIDENCE_FIELDS = Set.of("quote", "occurrence");

    private final ReferenceData reference;

    public ClaimsReader(ReferenceData reference) {
        this.reference = reference;
    }

    /** Reads a claims file: its claims, the entities it adds to the reference data, who made it. */
    public ArticleClaims read(Path file) {
        return read(YamlRecords.readDocument(file, DOCUMENT_LISTS, DOCUMENT_VALUES), file);
    }

    /** Reads claims-file text already in memory (an extractor's output); {@code source} names it in errors. */
    public ArticleClaims read(Path source, String yaml) {
        return read(YamlRecords.readDocument(source, yaml, DOCUMENT_LISTS, DOCUMENT_VALUES), source);
    }

    private ArticleClaims read(YamlRecords.Document document, Path file) {
        if (!document.lists().containsKey("claims")) {
            throw InputException.in(file, "no 'claims:' list");
        }
        ReferenceData known = reference.with(document.list("entities"));
        List<Entity> local = document.list("entities").stream()
                .map(item -> known.find(item.node().get("key").asText()).orElseThrow()).toList();
        Map<String, String> rules = new LinkedHashMap<>();
        List<Claim> claims = new ClaimsReader(known).claims(document.list("claims"), rules);
        return new ArticleClaims(document.value("extractor"), known, local, claims, rules);
    }

    private List<Claim> claims(List<YamlRecords.Located> items, Map<String, String> rules) {
        List<Claim> claims = new ArrayList<>();
        Set<String> claimIds = new LinkedHashSet<>();
        Map<String, Fields> eventsDefined = new HashMap<>();
        List<Map.Entry<Fields, String>> eventsReferenced = new ArrayList<>();
        for (YamlRecords.Located item : items) {
            String id = item.fields("claim").text("id");
            Fields f = item.fields("claim '" + id + "'").only(CLAIM_FIELDS);
            if (!ID.matcher(id).matches()) {
                throw f.fail("id must be a lower-case slug ([a-z0-9-])");
            }
            if (!claimIds.add(id)) {
                throw f.fail("duplicate claim id");
            }
            Modality modality = f.parsed("modality", ClaimsReader::modality).apply(f.text("modality"));
            Optional<String> attributedTo = f.optionalText("attributedTo").map(key -> entity(f, key));
            Claim.Content content = content(f, id, eventsDefined, eventsReferenced);
            claims.add(new Claim(id, item.line(), modality, attributedTo, evidence(f), content));
            f.optionalText("rule").ifPresent(rule -> rules.put(id, rule));
        }
        for (Map.Entry<Fields, String> ref : eventsReferenced) {
            if (!eventsDefined.containsKey(ref.getValue())) {
                throw ref.getKey().fail("refers to event '" + ref.getValue() + "', which no claim of this file defines");
            }
        }
        return claims;
    }

    private Claim.Content content(Fields f, String claimId, Map<String, Fields> eventsDefined,
                                  List<Map.Entry<Fields, String>> eventsReferenced) {
        int forms = (f.has("relation") ? 1 : 0) + (f.has("event") ? 1 : 0) + (f.has("about") ? 1 : 0);
        if (forms != 1) {
            throw f.fail("a claim has exactly one of 'relation' (with subject and object), 'event' or 'about'");
        }
        if (f.has("relation")) {
            Relation relation = f.parsed("relation", ClaimsReader::relation).apply(f.text("relation"));
            return new Claim.RelationContent(relation, entity(f, f.text("subject")), entity(f, f.text("object")),
                    f.mapping("time").map(ClaimsReader::time));
        }
        if (f.has("subject") || f.has("object") || f.has("time")) {
            throw f.fail("'subject', 'object' and 'time' belong to relation claims (an event has its own time)");
        }
        if (f.has("about")) {
            String eventId = f.text("about");
            eventsReferenced.add(Map.entry(f, eventId));
            return new Claim.AboutContent(eventId);
        }
        Fields e = f.mapping("event").orElseThrow().only(EVENT_FIELDS);
        String eventId = e.optionalText("id").orElse(claimId);
        if (!ID.matcher(eventId).matches()) {
            throw e.fail("id must be a lower-case slug ([a-z0-9-])");
        }
        if (eventsDefined.put(eventId, f) != null) {
            throw f.fail("event '" + eventId + "' is defined twice; refer to it with 'about'");
        }
        EventType type = e.parsed("type", ClaimsReader::eventType).apply(e.text("type"));
        Map<EventRole, List<String>> roles = new EnumMap<>(EventRole.class);
        for (EventRole role : EventRole.values()) {
            List<String> values = e.texts(role.field());
            if (values.isEmpty()) {
                continue;
            }
            if (role.linksEvents()) {
                values.forEach(v -> eventsReferenced.add(Map.entry(f, v)));
            } else {
                values.forEach(v -> entity(e, v));
            }
            roles.put(role, List.copyOf(values));
        }
        return new Claim.EventContent(new EventSpec(eventId, type, e.optionalText("label"),
                e.optionalText("description"), e.optionalText("purpose"), e.mapping("time").map(ClaimsReader::time),
                roles));
    }

    private String entity(Fields f, String key) {
        if (reference.find(key).isEmpty()) {
            throw f.fail("unknown entity key '" + key + "' (not in the reference data)");
        }
        return key;
    }

    private static List<Evidence> evidence(Fields f) {
        if (!f.has("evidence")) {
            throw f.fail("missing field 'evidence' (every claim needs a quote that supports it)");
        }
        JsonNode value = f.node().get("evidence");
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
            if (item.isTextual() && !item.asText().isBlank()) {
                evidence.add(new Evidence(item.asText(), 0));
            } else if (item.isObject()) {
                f.nested((ObjectNode) item, "evidence").only(EVIDENCE_FIELDS);
                JsonNode occurrence = item.get("occurrence");
                if (!item.hasNonNull("quote") || item.get("quote").asText().isBlank()
                        || (occurrence != null && (!occurrence.canConvertToInt() || occurrence.asInt() < 1))) {
                    throw f.fail("evidence must be a quote, or 'quote:' with an optional 'occurrence:' of 1 or more");
                }
                evidence.add(new Evidence(item.get("quote").asText(), occurrence == null ? 0 : occurrence.asInt()));
            } else {
                throw f.fail("evidence must be a quote or a list of quotes");
            }
        }
        if (evidence.isEmpty()) {
            throw f.fail("evidence is empty");
        }
        return evidence;
    }

    private static TimeSpec time(Fields t) {
        t.only(TIME_FIELDS);
        try {
            return TimeSpec.of(t.optionalText("text"), t.partialDate("date"), t.partialDate("start"),
                    t.partialDate("end"), t.day("earliest"), t.day("latest"));
        } catch (IllegalArgumentException e) {
            throw t.fail(e.getMessage());
        }
    }

    private static Modality modality(String text) {
        for (Modality m : Modality.values()) {
            if (m.name().equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of factual, planned, hypothetical, negated");
    }

    private static Relation relation(String text) {
        return named(Relation.class, text, "a relation");
    }

    private static EventType eventType(String text) {
        return named(EventType.class, text, "an event type");
    }

    private static <E extends Enum<E>> E named(Class<E> type, String text, String what) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not " + what + " ("
                    + Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
    }
}
