package org.entente.claims;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.entente.ingest.InputException;

/** The shared entities that articles name, by key, read from {@code reference.yaml}. */
public final class ReferenceData {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Set<String> FIELDS = Set.of("key", "kind", "types", "label", "altLabels", "hiddenLabels",
            "wikidata", "demonyms", "capitalOf", "note");

    private final Map<String, Entity> byKey;

    private ReferenceData(Map<String, Entity> byKey) {
        this.byKey = byKey;
    }

    public static ReferenceData read(Path file) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (YamlRecords.Located item : YamlRecords.readList(file, "entities")) {
            Entity entity = entity(item, byKey::containsKey);
            byKey.put(entity.key(), entity);
        }
        for (Entity entity : byKey.values()) {
            entity.capitalOf().filter(state -> !byKey.containsKey(state)).ifPresent(state -> {
                throw InputException.in(file,
                        "entity '" + entity.key() + "': capitalOf names unknown entity '" + state + "'");
            });
        }
        return new ReferenceData(byKey);
    }

    /**
     * This reference data with an article's own entities added (names the reference data lacks);
     * a key of the reference data may not be taken again.
     */
    ReferenceData with(List<YamlRecords.Located> local) {
        Map<String, Entity> all = new LinkedHashMap<>(byKey);
        for (YamlRecords.Located item : local) {
            Entity entity = entity(item, all::containsKey);
            all.put(entity.key(), entity);
        }
        return new ReferenceData(all);
    }

    /** One entity record; {@code taken} says which keys are already used. */
    private static Entity entity(YamlRecords.Located item, Predicate<String> taken) {
        String key = item.fields("entity").only(FIELDS).text("key");
        Fields f = item.fields("entity '" + key + "'");
        if (!KEY.matcher(key).matches()) {
            throw f.fail("key must be a lower-case slug ([a-z0-9-])");
        }
        if (taken.test(key)) {
            throw f.fail("duplicate key");
        }
        EntityKind kind = f.parsed("kind", EntityKind::ofSegment).apply(f.text("kind"));
        List<String> types = f.texts("types").isEmpty() ? List.of(kind.defaultClass()) : f.texts("types");
        for (String type : types) {
            if (!Entity.CLASSES.contains(type)) {
                throw f.fail("unknown type '" + type + "' (one of " + String.join(", ", Entity.CLASSES) + ")");
            }
        }
        Optional<String> qid = f.optionalText("wikidata");
        if (qid.isPresent() && !QID.matcher(qid.get()).matches()) {
            throw f.fail("wikidata must be a QID such as Q30, not '" + qid.get() + "'");
        }
        return new Entity(key, kind, types, f.text("label"), f.texts("altLabels"),
                f.texts("hiddenLabels"), qid, f.texts("demonyms"), f.optionalText("capitalOf"));
    }

    public Optional<Entity> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Collection<Entity> entities() {
        return byKey.values();
    }
}
