package org.entente.store;

import java.util.List;

/** What a build did: the articles, claims and triples published, and which graphs changed. */
public record BuildReport(int articles, int claims, long triples, List<String> changedGraphs,
                          List<String> removedGraphs, List<String> warnings, long millis) {

    public boolean unchanged() {
        return changedGraphs.isEmpty() && removedGraphs.isEmpty();
    }
}
