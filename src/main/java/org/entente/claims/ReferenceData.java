package org.entente.claims;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
            Fields f = item.fields("entity").only(FIELDS);
            String key = f.text("key");
            f = item.fields("entity '" + key + "'");
            if (!KEY.matcher(key).matches()) {
                throw f.fail("key must be a lower-case slug ([a-z0-9-])");
            }
            if (byKey.containsKey(key)) {
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
            byKey.put(key, new Entity(key, kind, types, f.text("label"), f.texts("altLabels"),
                    f.texts("hiddenLabels"), qid, f.texts("demonyms"), f.optionalText("capitalOf")));
        }
        for (Entity entity : byKey.values()) {
            entity.capitalOf().filter(state -> !byKey.containsKey(state)).ifPresent(state -> {
                throw InputException.in(file,
                        "entity '" + entity.key() + "': capitalOf names unknown entity '" + state + "'");
            });
        }
        return new ReferenceData(byKey);
    }

    public Optional<Entity> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Collection<Entity> entities() {
        return byKey.values();
    }
}
