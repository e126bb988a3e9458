package io.hms.ga.internal;

import io.hms.api.optimize.CallRecords;
import java.util.HashMap;
import java.util.Map;

/**
 * Notices a jump in a component's error rate or latency between successive looks at its trace: each
 * look summarises the attempts recorded since the previous one (refusals aside) and compares them with
 * the previous summary. A look with fewer than {@value #MIN_CALLS} new attempts waits for more.
 * Thread-safe.
 */
public final class AnomalyWatch {

    /** The fewest new attempts a look judges. */
    public static final int MIN_CALLS = 20;

    private final double errorRateJump;
    private final double latencyJumpFactor;
    private final Map<String, Window> last = new HashMap<>();

    /**
     * @param errorRateJump     the absolute rise of the error rate that counts as a jump
     * @param latencyJumpFactor the factor of the mean latency that counts as a jump
     */
    public AnomalyWatch(double errorRateJump, double latencyJumpFactor) {
        this.errorRateJump = errorRateJump;
        this.latencyJumpFactor = latencyJumpFactor;
    }

    private record Window(long lastStart, double errorRate, double meanLatencyNanos) {
    }

    /** Looks at {@code calls}, the component's current trace; true when it shows a jump since the last look. */
    public synchronized boolean jumped(String component, CallRecords calls) {
        Window previous = last.get(component);
        long since = previous == null ? Long.MIN_VALUE : previous.lastStart();
        long newest = since;
        int n = 0;
        int failures = 0;
        double latency = 0;
        for (int i = 0; i < calls.size(); i++) {
            long start = calls.startNanos(i);
            CallRecords.Outcome o = calls.outcome(i);
            if (start <= since || o == CallRecords.Outcome.REJECTED) {
                continue;
            }
            newest = Math.max(newest, start);
            n++;
            failures += o == CallRecords.Outcome.SUCCESS ? 0 : 1;
            latency += calls.latencyNanos(i);
        }
        if (n < MIN_CALLS) {
            return false;
        }
        Window now = new Window(newest, (double) failures / n, latency / n);
        last.put(component, now);
        if (previous == null) {
            return false;
        }
        boolean errorsJumped = now.errorRate() - previous.errorRate() >= errorRateJump;
        boolean latencyJumped = previous.meanLatencyNanos() > 0
                && now.meanLatencyNanos() >= latencyJumpFactor * previous.meanLatencyNanos();
        return errorsJumped || latencyJumped;
    }
}
