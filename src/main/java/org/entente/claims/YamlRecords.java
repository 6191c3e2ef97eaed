package org.entente.claims;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.entente.ingest.InputException;
import org.entente.ingest.TextFiles;

/**
 * Reads the YAML files of a data directory into records that remember the line they start on,
 * so that every complaint about a record can name its file and line.
 */
final class YamlRecords {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    private YamlRecords() {}

    /** One mapping of a YAML file, with where it stands. */
    record Located(ObjectNode node, Path file, long line) {
        Fields fields(String what) {
            return new Fields(node, file, line, what);
        }
    }

    /** The whole file as one mapping (a metadata file). */
    static Located readMapping(Path file) {
        String text = TextFiles.readUtf8(file);
        try {
            JsonNode node = YAML.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw InputException.in(file, "the file is empty");
            }
            if (!node.isObject()) {
                throw InputException.at(file, 1, "expected a mapping of fields");
            }
            return new Located((ObjectNode) node, file, 1);
        } catch (JsonProcessingException e) {
            throw syntax(file, e);
        }
    }

    /** A file of top-level lists of mappings and top-level single values, each item with its line. */
    record Document(Map<String, List<Located>> lists, Map<String, String> values) {
        List<Located> list(String field) {
            return lists.getOrDefault(field, List.of());
        }

        Optional<String> value(String field) {
            return Optional.ofNullable(values.get(field));
        }
    }

    /** The items of the top-level list {@code field}, each with its line; the only field allowed. */
    static List<Located> readList(Path file, String field) {
        Document document = readDocument(file, Set.of(field), Set.of());
        if (!document.lists().containsKey(field)) {
            throw InputException.in(file, "no '" + field + ":' list");
        }
        return document.list(field);
    }

    /**
     * A file whose top level maps {@code listFields} to lists of mappings and {@code valueFields}
     * to single values; any other top-level field is refused with its line.
     */
    static Document readDocument(Path file, Set<String> listFields, Set<String> valueFields) {
        return readDocument(file, TextFiles.readUtf8(file), listFields, valueFields);
    }

    /** The same, from text already in memory; {@code file} names it in errors. */
    static Document readDocument(Path file, String text, Set<String> listFields, Set<String> valueFields) {
        Map<String, List<Located>> lists = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw InputException.at(file, 1, "expected a mapping with the fields " + String.join(", ", listFields));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                long line = parser.currentTokenLocation().getLineNr();
                if (valueFields.contains(name) && value.isScalarValue()) {
                    values.put(name, parser.getText().strip());
                } else if (listFields.contains(name)) {
                    lists.put(name, items(file, parser, name, value));
                } else {
                    Set<String> known = new TreeSet<>(listFields);
                    known.addAll(valueFields);
                    throw InputException.at(file, line, "unknown top-level field '" + name + "' (expected "
                            + String.join(", ", known) + ")");
                }
            }
            return new Document(lists, values);
        } catch (JsonProcessingException e) {
            throw syntax(file, e);
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: " + e.getMessage());
        }
    }

    private static List<Located> items(Path file, JsonParser parser, String field, JsonToken value) throws IOException {
        List<Located> items = new ArrayList<>();
        if (value == JsonToken.VALUE_NULL) {
            return items;
        }
        if (value != JsonToken.START_ARRAY) {
            throw InputException.at(file, parser.currentTokenLocation().getLineNr(), "'" + field + "' must be a list");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode item = YAML.readTree(parser);
            if (!item.isObject()) {
                throw InputException.at(file, line, "each item of '" + field + "' must be a mapping");
            }
            items.add(new Located((ObjectNode) item, file, line));
        }
        return items;
    }

    private static InputException syntax(Path file, JsonProcessingException e) {
        long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        return InputException.at(file, line, "YAML syntax error: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
}
