package org.entente.store;

import java.util.List;

/** The SHACL shapes refused a graph; the store was left as it was. */
public final class ValidationFailed extends RuntimeException {

    private final List<String> violations;

    public ValidationFailed(String graph, List<String> violations) {
        super(violations.size() + " SHACL violation(s) in " + graph + "; the store is unchanged");
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
