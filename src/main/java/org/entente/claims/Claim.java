package org.entente.claims;

import java.util.List;
import java.util.Optional;

/**
 * One atomic statement of an article: how it is stated, who the article cites for it, the
 * quotes that support it, and its content.
 */
public record Claim(String id, long line, Modality modality, Optional<String> attributedTo,
                    List<Evidence> evidence, Content content) {

    /** What a claim says: a relation between entities, a new event, or one more claim about an event. */
    public sealed interface Content permits RelationContent, EventContent, AboutContent {}

    public record RelationContent(Relation relation, String subject, String object, Optional<TimeSpec> time)
            implements Content {}

    public record EventContent(EventSpec event) implements Content {}

    public record AboutContent(String eventId) implements Content {}
}
