package org.entente.extract;

import java.util.EnumMap;
import java.util.Map;

/** Time spent in each stage of extraction, summed over the articles it measured. */
public final class Timings {

    /** The stages of the pipeline, in order. */
    public enum Stage { SENTENCE, TOKEN, POS, LEMMA, GAZETTEER, TIME, RULES }

    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);

    void add(Stage stage, long startNanos) {
        nanos.merge(stage, System.nanoTime() - startNanos, Long::sum);
    }

    public long nanos(Stage stage) {
        return nanos.getOrDefault(stage, 0L);
    }
}
