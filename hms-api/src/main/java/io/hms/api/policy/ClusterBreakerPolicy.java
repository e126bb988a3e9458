package io.hms.api.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * When the breakers of a component that every instance of a cluster shares open on the cluster's evidence,
 * not only on each instance's own calls. Every instance tells the others its breaker's window (calls,
 * failures, state) every {@code reportEvery} and at once on each transition. An instance whose breaker
 * opened on its own calls (OPEN, or HALF_OPEN probing after that) counts as seeing the component fail. When more than
 * {@code quorum} of the cluster's members see it fail, the breakers of the others are held OPEN; once no
 * longer, a held breaker goes HALF_OPEN and probes. A report older than {@code staleAfter} counts for
 * nothing, so an instance that loses its peers decides alone again.
 *
 * <p>With the {@link #majority()} rule a failure private to one instance of three never opens another's
 * breaker: it takes two.
 *
 * <pre>{@code
 * Hms.builder().coordinator(raft).component(inventory).clusterBreaker("inventory", ClusterBreakerPolicy.majority())
 * }</pre>
 *
 * @param quorum      the share of the cluster's members that must see the component fail, exclusive: 0.5 is a
 *                    majority; in [0, 1)
 * @param reportEvery how often an instance tells its breaker's window, positive
 * @param staleAfter  the age past which a report counts for nothing, more than {@code reportEvery}
 */
public record ClusterBreakerPolicy(double quorum, Duration reportEvery, Duration staleAfter) {

    /** Validates the fields. */
    public ClusterBreakerPolicy {
        if (!(quorum >= 0 && quorum < 1)) {
            throw new IllegalArgumentException("quorum is the share of members that must see a failure, in [0, 1)"
                    + " (0.5: more than half); got " + quorum);
        }
        Checks.positive(reportEvery, "reportEvery");
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (staleAfter.compareTo(reportEvery) <= 0) {
            throw new IllegalArgumentException("staleAfter (" + staleAfter + ") must be longer than reportEvery ("
                    + reportEvery + "), or every report would be stale before the next one");
        }
    }

    /** More than half of the members; reports every second, stale after three. */
    public static ClusterBreakerPolicy majority() {
        return new ClusterBreakerPolicy(0.5, Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    /** How many of {@code members} must see the component fail for the others' breakers to be held open. */
    public int votesNeeded(int members) {
        return (int) Math.floor(quorum * members) + 1;
    }
}
