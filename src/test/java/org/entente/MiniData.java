package org.entente;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small data directory written by the tests: one article with characters outside the Basic
 * Multilingual Plane (emoji, a rare CJK ideograph), a decomposed accent and CRLF line ends.
 */
public final class MiniData {

    public static final String SLUG = "mini-allies";

    /** The article as published: CRLF line ends, "Cafe" + combining acute, page furniture at the end. */
    public static final String PUBLISHED = String.join("\r\n",
            "Allies \uD83E\uDD1D meet in \u6771\u4eac",
            "",
            "Japan and the \uD83C\uDDFA\uD83C\uDDF8 United States held talks in Tokyo on 3 March 2023 about"
                    + " \uD842\uDFB7 supply chains at the Cafe\u0301 Seoul. The two states are members of the QUAD,"
                    + " which includes Australia, India, the United States and Japan. Observers say Japan could"
                    + " join AUKUS next year.",
            "",
            "LEAVE A REPLY",
            "Please enter your comment!",
            "",
            "Latest",
            "",
            "Another story about Japan and the United States",
            "");

    public static final String REFERENCE = """
            entities:
              - {key: japan, kind: state, label: Japan, wikidata: Q17, demonyms: [Japanese]}
              - {key: united-states, kind: state, label: United States, altLabels: [USA, US], wikidata: Q30}
              - {key: australia, kind: state, label: Australia, wikidata: Q408}
              - {key: india, kind: state, label: India, wikidata: Q668}
              - {key: quad, kind: coalition, label: Quadrilateral Security Dialogue, altLabels: [QUAD],
                 hiddenLabels: [Quadruple Security Dialogue]}
              - {key: aukus, kind: coalition, label: AUKUS}
              - {key: tokyo, kind: place, label: Tokyo, wikidata: Q1490, capitalOf: japan}
              - {key: semiconductors, kind: commodity, label: semiconductors}
              - {key: test-wire, kind: organization, label: Test Wire}
            """;

    public static final String META = """
            title: "Allies meet in Tokyo"
            publisher: test-wire
            issued: 2023-03-04
            language: en
            """;

    public static final String CLAIMS = """
            claims:
              - id: talks
                modality: factual
                event:
                  type: Meeting
                  participants: [japan, united-states]
                  location: tokyo
                  concerns: semiconductors
                  time: {text: "on 3 March 2023", date: 2023-03-03}
                evidence: "held talks in Tokyo on 3 March 2023"
              - id: talks-subject
                modality: factual
                about: talks
                evidence: "\uD842\uDFB7 supply chains"
              - id: quad-japan
                relation: memberOf
                subject: japan
                object: quad
                modality: factual
                evidence: "which includes Australia, India, the United States and Japan"
              - id: quad-australia
                relation: memberOf
                subject: australia
                object: quad
                modality: factual
                evidence: "which includes Australia, India, the United States and Japan"
              - id: japan-aukus
                relation: memberOf
                subject: japan
                object: aukus
                modality: hypothetical
                time: {text: "next year", date: 2024}
                evidence: "Japan could join AUKUS next year"
              - id: talks-venue
                modality: factual
                about: talks
                evidence: "at the Cafe\u0301 Seoul"
            """;

    private MiniData() {}

    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("reference.yaml"), REFERENCE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SLUG + ".txt"), PUBLISHED, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SLUG + ".meta.yaml"), META, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SLUG + ".claims.yaml"), CLAIMS, StandardCharsets.UTF_8);
        return dir;
    }
}
