package io.hms.ga.playbook;

import io.hms.api.event.RepairOutcome;
import io.hms.api.optimize.IncidentRecord;
import io.hms.api.policy.PlaybookStep;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a component's closed incidents teach about its repairs: for each failure signature (the
 * incident's trigger), how often it occurs, and for each repair step tried on it, how often the step
 * fixed it (was verified) and how long it took when it did and when it did not. From that, the expected
 * time to recover under any playbook — the fitness of playbook evolution.
 *
 * <pre>{@code
 * IncidentHistory history = IncidentHistory.of(context.incidents("inventory"));   // OptimizerContext
 * double seconds = history.expectedRecoverySeconds(List.of(
 *         new PlaybookStep("flush-cache", Duration.ofSeconds(2)),
 *         new PlaybookStep("restart-pool", Duration.ofSeconds(10))));
 * }</pre>
 *
 * <p>The model: a step with fix rate {@code p}, mean fixing time {@code s} and mean failing time
 * {@code f} under timeout {@code t} fixes with probability {@code p} when {@code s <= t} (else never,
 * being abandoned first) and otherwise costs {@code min(f, t)}; the steps of a playbook run in order until
 * one fixes, and when none does the incident costs {@link #unresolvedPenaltySeconds()} more (twice the
 * longest recorded time to recover, at least 60 s). A step never tried on a signature is assumed not to fix
 * it and to cost its mean time over all signatures (capped by its timeout). Signatures weigh by frequency.
 * Immutable and thread-safe.
 */
public final class IncidentHistory {

    private final Map<String, Double> signatureWeights;
    private final Map<String, Map<String, StepStats>> bySignature;
    private final Map<String, StepStats> anySignature;
    private final double unresolvedPenaltySeconds;
    private final int incidents;

    private IncidentHistory(List<IncidentRecord> records) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Map<String, StepStats>> stats = new LinkedHashMap<>();
        Map<String, StepStats> any = new HashMap<>();
        double longest = 0;
        for (IncidentRecord r : records) {
            counts.merge(r.trigger(), 1, Integer::sum);
            longest = Math.max(longest, seconds(r.mttr()));
            Map<String, StepStats> perStep = stats.computeIfAbsent(r.trigger(), k -> new HashMap<>());
            for (IncidentRecord.Step step : r.steps()) {
                boolean fixed = step.outcome() == RepairOutcome.VERIFIED;
                perStep.computeIfAbsent(step.function(), k -> new StepStats()).add(fixed, seconds(step.duration()));
                any.computeIfAbsent(step.function(), k -> new StepStats()).add(fixed, seconds(step.duration()));
            }
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        counts.forEach((signature, n) -> weights.put(signature, (double) n / records.size()));
        this.signatureWeights = weights;
        this.bySignature = stats;
        this.anySignature = any;
        this.unresolvedPenaltySeconds = Math.max(60, 2 * longest);
        this.incidents = records.size();
    }

    /**
     * The history of {@code records}: closed incidents, as {@link io.hms.api.spi.OptimizerContext#incidents}
     * returns them or as a test constructs them.
     */
    public static IncidentHistory of(List<IncidentRecord> records) {
        return new IncidentHistory(List.copyOf(Objects.requireNonNull(records, "records")));
    }

    /** How many incidents it learned from. */
    public int size() {
        return incidents;
    }

    /** The repair functions seen in it, sorted by name. */
    public Set<String> functions() {
        return new TreeSet<>(anySignature.keySet());
    }

    /** What an incident that no step fixes costs on top of its steps, in seconds. */
    public double unresolvedPenaltySeconds() {
        return unresolvedPenaltySeconds;
    }

    /** The expected time to recover, in seconds, when the steps run in this order with these timeouts. */
    public double expectedRecoverySeconds(List<PlaybookStep> steps) {
        if (incidents == 0) {
            return 0;
        }
        double total = 0;
        for (Map.Entry<String, Double> e : signatureWeights.entrySet()) {
            total += e.getValue() * expectedFor(e.getKey(), steps);
        }
        return total;
    }

    private double expectedFor(String signature, List<PlaybookStep> steps) {
        Map<String, StepStats> known = bySignature.get(signature);
        double reach = 1;
        double expected = 0;
        for (PlaybookStep step : steps) {
            double timeout = seconds(step.timeout());
            StepStats s = known.get(step.function());
            double fix;
            double cost;
            if (s == null) {
                StepStats elsewhere = anySignature.get(step.function());
                fix = 0;
                cost = Math.min(elsewhere == null ? timeout : elsewhere.meanSeconds(), timeout);
            } else {
                fix = s.meanFixSeconds() <= timeout ? s.fixRate() : 0;
                cost = fix * s.meanFixSeconds() + (1 - fix) * Math.min(s.meanFailSeconds(), timeout);
            }
            expected += reach * cost;
            reach *= 1 - fix;
        }
        return expected + reach * unresolvedPenaltySeconds;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    /** Tallies of one step on one signature (or on all). */
    private static final class StepStats {
        private int attempts;
        private int fixes;
        private double fixSeconds;
        private double failSeconds;

        void add(boolean fixed, double seconds) {
            attempts++;
            if (fixed) {
                fixes++;
                fixSeconds += seconds;
            } else {
                failSeconds += seconds;
            }
        }

        double fixRate() {
            return (double) fixes / attempts;
        }

        double meanFixSeconds() {
            return fixes == 0 ? 0 : fixSeconds / fixes;
        }

        double meanFailSeconds() {
            return fixes == attempts ? meanFixSeconds() : failSeconds / (attempts - fixes);
        }

        double meanSeconds() {
            return (fixSeconds + failSeconds) / attempts;
        }
    }
}
