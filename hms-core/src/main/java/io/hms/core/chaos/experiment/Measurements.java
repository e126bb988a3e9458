package io.hms.core.chaos.experiment;

import io.hms.api.optimize.CallRecords;
import io.hms.core.guard.GuardStats;
import java.time.Duration;
import java.util.Arrays;

/** Turns guard counters and traces into steady-state measurements and lost-call counts. */
final class Measurements {

    private Measurements() {
    }

    /** The calls of {@code component} since {@code since}, and the p99 of attempts started at or after {@code fromNanos}. */
    static SteadyState.Measurement since(SystemView view, String component, GuardStats.Snapshot since, long fromNanos) {
        GuardStats.Snapshot delta = view.stats(component).minus(since);
        return new SteadyState.Measurement(delta.calls(), delta.errorRate(),
                Duration.ofNanos(p99(view.trace(component), fromNanos)));
    }

    /** Calls since {@code since} that ended in an exception for the caller: failures and refusals not answered by a fallback. */
    static long lost(SystemView view, String component, GuardStats.Snapshot since) {
        GuardStats.Snapshot d = view.stats(component).minus(since);
        return Math.max(0, d.failures() + d.rejectedByBreaker() + d.rejectedByLimit() - d.fallbacks());
    }

    /** The 99th percentile latency of the attempts that ran and started at or after {@code fromNanos}; 0 without any. */
    static long p99(CallRecords trace, long fromNanos) {
        long[] latencies = new long[trace.size()];
        int n = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.startNanos(i) - fromNanos >= 0 && trace.outcome(i) != CallRecords.Outcome.REJECTED) {
                latencies[n++] = trace.latencyNanos(i);
            }
        }
        if (n == 0) {
            return 0;
        }
        Arrays.sort(latencies, 0, n);
        return latencies[Math.min(n - 1, (int) Math.ceil(0.99 * n) - 1)];
    }
}
