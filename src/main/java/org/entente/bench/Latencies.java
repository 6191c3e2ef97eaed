package org.entente.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The response times of one run, in nanoseconds. A run holds at most a few hundred thousand,
 * so a sorted array gives exact percentiles without a histogram library.
 */
public final class Latencies {

    private long[] values = new long[256];
    private int size;
    private boolean sorted = true;

    public void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
        sorted = false;
    }

    public static Latencies merge(List<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.record(part.values[i]);
            }
        }
        return all;
    }

    public int count() {
        return size;
    }

    /**
     * The p-th percentile by the nearest-rank method: the smallest recorded value that at least
     * p percent of all values do not exceed, so p99 of 100 values is the 99th smallest.
     */
    public long percentile(double p) {
        if (size == 0 || p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " of " + size + " values");
        }
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        int rank = (int) Math.ceil(p / 100 * size);
        return values[rank - 1];
    }
}
