package org.entente.claims;

/**
 * The roles an entity or another event plays in an event: the field name in a claims file, and
 * the local name of the gpo property that states it.
 */
public enum EventRole {
    AGENT("agent", "agent", false),
    PARTICIPANTS("participants", "participant", false),
    DESTINATION("destination", "destination", false),
    TARGET("target", "target", false),
    CONCERNS("concerns", "concerns", false),
    FORUM("forum", "forum", false),
    AGREEMENT("agreement", "agreement", false),
    USES_ASSET("usesAsset", "usesAsset", false),
    INTERMEDIARY("intermediary", "intermediary", false),
    LOCATION("location", "location", false),
    SUB_EVENT_OF("subEventOf", "subEventOf", true),
    IN_RESPONSE_TO("inResponseTo", "inResponseTo", true),
    RESULT_OF("resultOf", "resultOf", true);

    private final String field;
    private final String property;
    private final boolean linksEvents;

    EventRole(String field, String property, boolean linksEvents) {
        this.field = field;
        this.property = property;
        this.linksEvents = linksEvents;
    }

    /** The field name in a claims file. */
    public String field() {
        return field;
    }

    /** The local name of the gpo property. */
    public String property() {
        return property;
    }

    /** True when the values are events of the same article rather than entities. */
    public boolean linksEvents() {
        return linksEvents;
    }
}
