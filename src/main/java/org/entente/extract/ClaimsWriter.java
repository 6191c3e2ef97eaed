package org.entente.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.claims.Claim;
import org.entente.claims.Entity;
import org.entente.claims.EventRole;
import org.entente.claims.EventSpec;
import org.entente.claims.Evidence;
import org.entente.claims.PartialDate;
import org.entente.claims.TimeSpec;

/**
 * Writes an extraction as a claims file in the format of data/FORMAT.md: the extractor's
 * version, the new entities it minted, and each claim with the rule that produced it, so that a
 * person can review it and {@code build} can publish it as it is.
 */
public final class ClaimsWriter {

    private ClaimsWriter() {}

    public static String write(Extraction extraction, String title) {
        StringBuilder out = new StringBuilder();
        out.append("# Claims of ").append(quoted(title)).append(", extracted by ").append(Extractor.VERSION)
                .append(": review before publishing.\n");
        out.append("extractor: ").append(quoted(Extractor.VERSION)).append('\n');
        if (!extraction.newEntities().isEmpty()) {
            out.append("# Names the reference data lacks: candidates for reference.yaml.\n");
            out.append("entities:\n");
            for (Entity e : extraction.newEntities()) {
                out.append("  - key: ").append(e.key()).append('\n')
                        .append("    kind: ").append(e.kind().segment()).append('\n')
                        .append("    label: ").append(quoted(e.label())).append('\n');
            }
        }
        if (!extraction.namesWithoutKind().isEmpty()) {
            out.append("# Names the reference data lacks whose kind the text does not give, so no claim uses them;\n")
                    .append("# add those that matter to reference.yaml:\n");
            for (String name : extraction.namesWithoutKind()) {
                out.append("#   ").append(name.replace('\n', ' ')).append('\n');
            }
        }
        out.append("claims:\n");
        for (Claim c : extraction.claims()) {
            out.append("\n  - id: ").append(c.id()).append('\n');
            Optional.ofNullable(extraction.ruleOfClaim().get(c.id()))
                    .ifPresent(rule -> out.append("    rule: ").append(rule).append('\n'));
            out.append("    modality: ").append(c.modality().name().toLowerCase()).append('\n');
            c.attributedTo().ifPresent(a -> out.append("    attributedTo: ").append(a).append('\n'));
            if (c.content() instanceof Claim.RelationContent r) {
                out.append("    relation: ").append(r.relation()).append('\n')
                        .append("    subject: ").append(r.subject()).append('\n')
                        .append("    object: ").append(r.object()).append('\n');
                r.time().ifPresent(t -> out.append("    time: ").append(time(t)).append('\n'));
            } else if (c.content() instanceof Claim.EventContent e) {
                event(e.event(), out);
            } else if (c.content() instanceof Claim.AboutContent a) {
                out.append("    about: ").append(a.eventId()).append('\n');
            }
            evidence(c.evidence(), out);
        }
        return out.toString();
    }

    private static void event(EventSpec e, StringBuilder out) {
        out.append("    event:\n");
        out.append("      type: ").append(e.type()).append('\n');
        e.label().ifPresent(l -> out.append("      label: ").append(quoted(l)).append('\n'));
        e.description().ifPresent(d -> out.append("      description: ").append(quoted(d)).append('\n'));
        e.purpose().ifPresent(p -> out.append("      purpose: ").append(quoted(p)).append('\n'));
        for (Map.Entry<EventRole, List<String>> role : e.roles().entrySet()) {
            out.append("      ").append(role.getKey().field()).append(": [")
                    .append(String.join(", ", role.getValue())).append("]\n");
        }
        e.time().ifPresent(t -> out.append("      time: ").append(time(t)).append('\n'));
    }

    private static String time(TimeSpec t) {
        StringBuilder s = new StringBuilder("{");
        t.text().ifPresent(text -> s.append("text: ").append(quoted(text)).append(", "));
        t.date().ifPresent(d -> s.append("date: \"").append(d.lexical()).append("\", "));
        t.start().ifPresent(d -> s.append("start: \"").append(d.lexical()).append("\", "));
        t.end().ifPresent(d -> s.append("end: \"").append(d.lexical()).append("\", "));
        if (!t.earliest().equals(t.date().or(t::start).map(PartialDate::firstDay).orElse(null))) {
            s.append("earliest: \"").append(t.earliest()).append("\", ");
        }
        if (!t.latest().equals(t.date().or(t::end).map(PartialDate::lastDay).orElse(null))) {
            s.append("latest: \"").append(t.latest()).append("\", ");
        }
        s.setLength(s.length() - 2);
        return s.append('}').toString();
    }

    private static void evidence(List<Evidence> evidence, StringBuilder out) {
        out.append("    evidence:\n");
        for (Evidence e : evidence) {
            out.append("      - quote: ").append(quoted(e.quote())).append('\n');
            if (e.occurrence() > 0) {
                out.append("        occurrence: ").append(e.occurrence()).append('\n');
            }
        }
    }

    /** A YAML double-quoted scalar: JSON-style escapes, which YAML 1.1 reads alike. */
    public static String quoted(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        q.append(String.format("\\u%04X", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
