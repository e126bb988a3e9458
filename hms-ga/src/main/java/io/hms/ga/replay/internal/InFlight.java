package io.hms.ga.replay.internal;

import java.util.Arrays;

/**
 * How many attempts were in flight at a dependency when each attempt of a trace started, itself
 * included: a sweep over the attempts' starts and ends. An attempt that timed out counts until its
 * recorded end, the caller's deadline, since its true end is not known.
 */
public final class InFlight {

    private InFlight() {
    }

    /**
     * The in-flight level at each attempt's start.
     *
     * @param starts    start times, any order
     * @param latencies each attempt's latency, same length
     * @return the level at each start, at least 1, indexed as the inputs
     */
    public static int[] atStarts(long[] starts, long[] latencies) {
        int n = starts.length;
        long[] ends = new long[n];
        for (int i = 0; i < n; i++) {
            ends[i] = starts[i] + Math.max(0, latencies[i]);
        }
        Arrays.sort(ends);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
        int[] levels = new int[n];
        int ended = 0;
        for (int rank = 0; rank < n; rank++) {
            int i = order[rank];
            while (ended < n && ends[ended] <= starts[i]) {
                ended++;
            }
            levels[i] = Math.max(1, rank + 1 - ended);
        }
        return levels;
    }
}
