package org.entente.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The dated events, for the timeline: each with the first and last day its time can mean
 * ({@code gpo:earliest}, {@code gpo:latest}), its type, the time as the text wrote it, and the
 * modalities of the claims about it (an event node exists whatever they say; whether it
 * happened is read through them).
 */
final class Timeline {

    private static final String EVENTS = """
            SELECT ?event ?type ?earliest ?latest ?when ?modality WHERE {
              ?claim gpo:about ?event ; gpo:modality ?modality .
              ?event a ?type ; gpo:earliest ?earliest .
              OPTIONAL { ?event gpo:latest ?latest }
              OPTIONAL { ?event gpo:timeExpression ?when }
            } ORDER BY ?earliest ?event ?modality
            """;

    private Timeline() {}

    /**
     * One event: dates are {@code xsd:date} lexical forms ({@code latest} is {@code earliest}
     * when the event has none); {@code when} may be null; {@code modalities} are modality keys
     * ({@link Claims#modalityKey}).
     */
    record Event(String iri, String href, String label, String type, String earliest, String latest, String when,
                 List<String> modalities) {}

    static List<Event> events(StoreView view) {
        Map<Node, Event> events = new LinkedHashMap<>();
        for (Binding row : view.select(EVENTS)) {
            Node event = row.get("event");
            Value value = view.value(event);
            String earliest = row.get("earliest").getLiteralLexicalForm();
            Event e = events.computeIfAbsent(event, n -> new Event(value.iri(), value.href(), value.text(),
                    view.label(row.get("type")), earliest,
                    row.get("latest") == null ? earliest : row.get("latest").getLiteralLexicalForm(),
                    row.get("when") == null ? null : row.get("when").getLiteralLexicalForm(), new ArrayList<>()));
            String modality = Claims.modalityKey(row.get("modality"));
            if (!e.modalities().contains(modality)) {
                e.modalities().add(modality);
            }
        }
        return List.copyOf(events.values());
    }
}
