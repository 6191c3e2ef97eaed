package org.entente.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.entente.ingest.InputException;

/**
 * Typed access to the fields of one YAML mapping; every complaint names the file, the line of
 * the record and what the record is ("claim 'x'").
 */
final class Fields {

    private final ObjectNode node;
    private final Path file;
    private final long line;
    private final String what;

    Fields(ObjectNode node, Path file, long line, String what) {
        this.node = node;
        this.file = file;
        this.line = line;
        this.what = what;
    }

    ObjectNode node() {
        return node;
    }

    /** Refuses any field outside {@code allowed}: a misspelt field must not be ignored silently. */
    Fields only(Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail("unknown field '" + name + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    String text(String name) {
        return optionalText(name).orElseThrow(() -> fail("missing field '" + name + "'"));
    }

    Optional<String> optionalText(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isValueNode()) {
            throw fail("field '" + name + "' must be a single value");
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            throw fail("field '" + name + "' is empty");
        }
        return Optional.of(text);
    }

    /** A list of strings; a single value counts as a list of one. */
    List<String> texts(String name) {
        if (!has(name)) {
            return List.of();
        }
        JsonNode value = node.get(name);
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
            if (!item.isValueNode() || item.asText().isBlank()) {
                throw fail("field '" + name + "' must be a value or a list of values");
            }
            texts.add(item.asText().strip());
        }
        return texts;
    }

    /** Another mapping inside this record, read with the same file and line. */
    Fields nested(ObjectNode other, String part) {
        return new Fields(other, file, line, what + " " + part);
    }

    /** The nested mapping {@code name}, read with the same context. */
    Optional<Fields> mapping(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isObject()) {
            throw fail("field '" + name + "' must be a mapping");
        }
        return Optional.of(nested((ObjectNode) value, name));
    }

    Optional<PartialDate> partialDate(String name) {
        return optionalText(name).map(parsed(name, PartialDate::parse));
    }

    Optional<LocalDate> day(String name) {
        return optionalText(name).map(parsed(name, text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a real date of the form YYYY-MM-DD");
            }
        }));
    }

    /** Applies a parser, turning its complaint into one that names this record. */
    <T> Function<String, T> parsed(String name, Function<String, T> parser) {
        return text -> {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw fail(name + ": " + e.getMessage());
            }
        };
    }

    InputException fail(String message) {
        return InputException.at(file, line, what + ": " + message);
    }
}
