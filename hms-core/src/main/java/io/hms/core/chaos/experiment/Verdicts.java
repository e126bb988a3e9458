package io.hms.core.chaos.experiment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Judges an experiment run's figures against its steady state and expectations, in a fixed order. */
final class Verdicts {

    private Verdicts() {
    }

    /**
     * @param before        the steady state before injection; null if not measured
     * @param after         the steady state after recovery; null if not reached
     * @param revertLateness how far past deadline + 1 s the fault was reverted (negative: in time)
     */
    static List<ExpectationResult> judge(Experiment e, SteadyState.Measurement before, SteadyState.Measurement after,
                                         Optional<Duration> detection, Optional<Duration> recovery, long lostCalls,
                                         Optional<Duration> revertLateness) {
        SteadyState s = e.steadyState();
        String hypothesis = String.format(Locale.ROOT, "error rate < %.1f%%, p99 < %d ms", s.maxErrorRate() * 100,
                s.maxP99().toMillis());
        List<ExpectationResult> results = new ArrayList<>();
        results.add(new ExpectationResult("steady state before (" + hypothesis + ")",
                before != null && s.holds(before), before == null ? "not measured" : before.toString()));
        if (before == null || !s.holds(before)) {
            return results;
        }
        Expectations x = e.expectations();
        x.detection().ifPresent(limit -> results.add(new ExpectationResult("detected within " + limit.toMillis()
                + " ms", detection.filter(d -> d.compareTo(limit) <= 0).isPresent(),
                detection.map(d -> "detected after " + d.toMillis() + " ms").orElse("no alarm"))));
        results.add(new ExpectationResult("recovered within " + x.recoverWithin().toMillis() + " ms",
                recovery.filter(r -> r.compareTo(x.recoverWithin()) <= 0).isPresent(),
                recovery.map(r -> "recovered after " + r.toMillis() + " ms").orElse("did not recover")));
        results.add(new ExpectationResult("at most " + x.maxLostCalls() + " calls lost", lostCalls <= x.maxLostCalls(),
                lostCalls + " lost"));
        results.add(new ExpectationResult("fault reverted by its deadline + 1 s",
                revertLateness.filter(l -> !l.isPositive()).isPresent(),
                revertLateness.map(l -> "reverted " + (l.plusSeconds(1).toMillis()) + " ms after its deadline"
                        + " (negative: before)").orElse("not reverted")));
        results.add(new ExpectationResult("steady state after (" + hypothesis + ")", after != null && s.holds(after),
                after == null ? "not measured" : after.toString()));
        return results;
    }
}
