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
import java.util.List;
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

    /** The items of the top-level list {@code field}, each with its line. */
    static List<Located> readList(Path file, String field) {
        String text = TextFiles.readUtf8(file);
        List<Located> items = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw InputException.at(file, 1, "expected a mapping with the list '" + field + ":'");
            }
            boolean found = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!name.equals(field)) {
                    throw InputException.at(file, parser.currentTokenLocation().getLineNr(),
                            "unknown top-level field '" + name + "' (expected '" + field + "')");
                }
                if (value == JsonToken.VALUE_NULL) {
                    found = true;
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw InputException.at(file, parser.currentTokenLocation().getLineNr(), "'" + field + "' must be a list");
                }
                found = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    long line = parser.currentTokenLocation().getLineNr();
                    JsonNode item = YAML.readTree(parser);
                    if (!item.isObject()) {
                        throw InputException.at(file, line, "each item of '" + field + "' must be a mapping");
                    }
                    items.add(new Located((ObjectNode) item, file, line));
                }
            }
            if (!found) {
                throw InputException.in(file, "no '" + field + ":' list");
            }
            return items;
        } catch (JsonProcessingException e) {
            throw syntax(file, e);
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: " + e.getMessage());
        }
    }

    private static InputException syntax(Path file, JsonProcessingException e) {
        long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        return InputException.at(file, line, "YAML syntax error: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
}
