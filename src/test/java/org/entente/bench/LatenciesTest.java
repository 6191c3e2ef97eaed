package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRanks() {
        Latencies l = new Latencies();
        for (long v = 100; v >= 1; v--) {
            l.record(v);
        }
        assertEquals(50, l.percentile(50));
        assertEquals(99, l.percentile(99));
        assertEquals(100, l.percentile(100));
        assertEquals(1, l.percentile(0.5));
        assertEquals(2, l.percentile(1.5));
    }

    @Test
    void aFewValuesRoundTheRankUp() {
        Latencies l = new Latencies();
        List.of(30L, 10L, 20L).forEach(l::record);
        assertEquals(20, l.percentile(50));
        assertEquals(30, l.percentile(99));
        l.record(5);
        assertEquals(10, l.percentile(50));
    }

    @Test
    void mergingKeepsEveryValue() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        for (int i = 1; i <= 1000; i++) {
            (i % 2 == 0 ? a : b).record(i);
        }
        Latencies all = Latencies.merge(List.of(a, b));
        assertEquals(1000, all.count());
        assertEquals(500, all.percentile(50));
        assertEquals(990, all.percentile(99));
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertThrows(IllegalArgumentException.class, () -> new Latencies().percentile(50));
    }
}
