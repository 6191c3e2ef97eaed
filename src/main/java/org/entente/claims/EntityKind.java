package org.entente.claims;

/** The kinds of shared entity: the path segment of their IRIs and the class they have by default. */
public enum EntityKind {
    STATE("state", "State"),
    PERSON("person", "Person"),
    ORGANIZATION("organization", "Organization"),
    COALITION("coalition", "Coalition"),
    AGREEMENT("agreement", "Agreement"),
    PLACE("place", "Place"),
    COMMODITY("commodity", "Commodity"),
    ASSET("asset", "MilitaryAsset");

    private final String segment;
    private final String defaultClass;

    EntityKind(String segment, String defaultClass) {
        this.segment = segment;
        this.defaultClass = defaultClass;
    }

    public String segment() {
        return segment;
    }

    public String defaultClass() {
        return defaultClass;
    }

    public static EntityKind ofSegment(String segment) {
        for (EntityKind kind : values()) {
            if (kind.segment.equals(segment)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + segment + "' (one of state, person, organization, "
                + "coalition, agreement, place, commodity, asset)");
    }
}
