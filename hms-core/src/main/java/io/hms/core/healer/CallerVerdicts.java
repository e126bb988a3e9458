package io.hms.core.healer;

import io.hms.api.event.BreakerState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The breaker verdicts a verification waits for: after a repair the healer lets calls probe the component,
 * and the breaker's next move to CLOSED (the calls were served) or OPEN (they failed) is the callers'
 * verdict. Fed by the healer's {@link io.hms.api.event.BreakerTransition} listener. Thread-safe.
 */
final class CallerVerdicts {

    private final ConcurrentMap<String, CompletableFuture<BreakerState>> waiting = new ConcurrentHashMap<>();

    /** Starts waiting for {@code component}'s next verdict; ask before letting calls probe. */
    CompletableFuture<BreakerState> expect(String component) {
        CompletableFuture<BreakerState> verdict = new CompletableFuture<>();
        CompletableFuture<BreakerState> earlier = waiting.put(component, verdict);
        if (earlier != null) {
            earlier.cancel(false);
        }
        return verdict;
    }

    /** Stops waiting for {@code verdict}. */
    void forget(String component, CompletableFuture<BreakerState> verdict) {
        waiting.remove(component, verdict);
    }

    /** The breaker of {@code component} moved to {@code to}; CLOSED and OPEN are verdicts. */
    void transition(String component, BreakerState to) {
        if (to == BreakerState.CLOSED || to == BreakerState.OPEN) {
            CompletableFuture<BreakerState> verdict = waiting.remove(component);
            if (verdict != null) {
                verdict.complete(to);
            }
        }
    }

    /** Ends every wait: the healer is closing. */
    void clear() {
        waiting.values().forEach(v -> v.cancel(false));
        waiting.clear();
    }
}
