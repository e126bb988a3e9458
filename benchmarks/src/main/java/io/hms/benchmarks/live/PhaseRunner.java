package io.hms.benchmarks.live;

import io.hms.api.ComponentSpec;
import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import io.hms.core.configurator.PatchResult;
import io.hms.core.guard.CallTrace;
import io.hms.core.guard.Guard;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Runs one phase: a fresh {@link Hms} with one component under the policy, a fresh dependency of the shape,
 * Poisson arrivals for the phase's length, each call on its own virtual thread through
 * {@code hms.guard(component).callChecked(...)}; then waits for the callers' answers, at most
 * {@link #DRAIN} after the phase (a call unanswered by then counts as failed, its latency what it had waited),
 * and closes the runtime. The seed draws the arrivals and the dependency's randomness. The recording phase
 * and a proposal's {@link Canary} share one runtime ({@link #recordOptimizeCanary}).
 */
final class PhaseRunner {

    /** How long after the phase the callers' answers are waited for. */
    static final Duration DRAIN = Duration.ofSeconds(5);

    private static final String COMPONENT = "dependency";
    private static final int PENDING = 0;
    private static final int SUCCEEDED = 1;
    private static final int FAILED = 2;

    private PhaseRunner() {
    }

    /**
     * A phase's figures and, for the recording phase, the guard's trace of it.
     *
     * @param result what the callers saw
     * @param trace  every attempt the guard recorded, or no attempts for a canary's phase
     * @param canary the configurator's verdict, for a canary's phase
     */
    record PhaseRun(PhaseResult result, CallRecords trace, Optional<PatchResult> canary) {
    }

    /** Runs a phase of {@code shape}'s {@code variant} under {@code policy} in a runtime of its own. */
    static PhaseResult run(Shape shape, Variant variant, GuardPolicy policy, Duration phase, long seed)
            throws InterruptedException {
        long[] arrivals = PoissonSchedule.offsets(shape.rate(), phase, Draws.mix(seed ^ 0x5EED_A441L));
        try (Hms hms = Hms.builder()
                .component(ComponentSpec.of(COMPONENT).withPolicy(ComponentPolicy.defaults().withGuard(policy)))
                .discoverOptimizer(false)
                .build().start()) {
            return offer(hms.guard(COMPONENT), shape, variant, arrivals, phase, seed);
        }
    }

    /**
     * What production does, in one runtime: a phase under {@code start} with the trace recorded, then
     * {@code optimize} on that trace (the load pauses meanwhile), then, when it proposes, the canary of its
     * candidate under a second phase of the same shape (a fresh dependency, seeded {@code canarySeed}); the
     * canary's baseline half keeps the start policy's state from the recording, an open breaker included.
     *
     * @return the recording's phase, the optimizer's outcome and how long it took, and the canary's phase
     */
    static RecordedAndCanaried recordOptimizeCanary(Shape shape, Variant variant, GuardPolicy start, Duration phase,
                                                    long seed, long canarySeed,
                                                    Function<CallRecords, OptimizationOutcome> optimize)
            throws InterruptedException {
        long[] arrivals = PoissonSchedule.offsets(shape.rate(), phase, Draws.mix(seed ^ 0x5EED_A441L));
        int traceCapacity = (int) Math.min(CallTrace.MAX_CAPACITY, 6L * arrivals.length + 1024);
        HmsBuilder builder = Hms.builder()
                .component(ComponentSpec.of(COMPONENT).withPolicy(ComponentPolicy.defaults().withGuard(start)))
                .discoverOptimizer(false)
                .traceCapacity(traceCapacity)
                .configurator(Canary.options(phase));
        try (Hms hms = builder.build().start()) {
            Guard guard = hms.guard(COMPONENT);
            guard.trace().start();
            PhaseResult recorded = offer(guard, shape, variant, arrivals, phase, seed);
            CallRecords trace = guard.trace().snapshot();
            long t0 = System.nanoTime();
            OptimizationOutcome outcome = optimize.apply(trace);
            double optimizeSeconds = (System.nanoTime() - t0) / 1e9;
            PhaseRun first = new PhaseRun(recorded, trace, Optional.empty());
            if (outcome.patch().isEmpty()) {
                return new RecordedAndCanaried(first, outcome, optimizeSeconds, Optional.empty());
            }
            Canary canary = Canary.of(outcome.patch().get(), phase, outcome.verdict());
            Canary.Pending pending = canary.propose(hms, COMPONENT);
            Duration load = canary.load(phase);
            long[] canaryArrivals = PoissonSchedule.offsets(shape.rate(), load, Draws.mix(canarySeed ^ 0x5EED_A441L));
            PhaseResult canaried = offer(guard, shape, variant, canaryArrivals, load, canarySeed);
            PatchResult verdict = canary.await(pending);
            return new RecordedAndCanaried(first, outcome, optimizeSeconds,
                    Optional.of(new PhaseRun(canaried, CallRecords.empty(), Optional.of(verdict))));
        }
    }

    /**
     * The recording phase, the optimizer's outcome, how long the optimizer took, and the canary's phase when
     * one ran.
     */
    record RecordedAndCanaried(PhaseRun recorded, OptimizationOutcome outcome, double optimizeSeconds,
                               Optional<PhaseRun> canary) {
    }

    /** Offers {@code arrivals} through {@code guard} to a fresh dependency of the shape; what callers saw. */
    private static PhaseResult offer(Guard guard, Shape shape, Variant variant, long[] arrivals, Duration phase,
                                     long seed) throws InterruptedException {
        int n = arrivals.length;
        long[] latencies = new long[n];
        AtomicIntegerArray outcomes = new AtomicIntegerArray(n);
        long start = System.nanoTime();
        LiveDependency dependency = shape.create(variant, phase, start, Draws.mix(seed ^ 0xDE9E_4D5EL));
        Thread[] callers = new Thread[n];
        for (int i = 0; i < n; i++) {
            long wait = start + arrivals[i] - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            callers[i] = Thread.ofVirtual().name("live-caller").start(caller(guard, dependency, i, latencies,
                    outcomes));
        }
        long deadline = start + phase.toNanos() + DRAIN.toNanos();
        for (Thread caller : callers) {
            long remaining = deadline - System.nanoTime();
            if (remaining > 0) {
                caller.join(Duration.ofNanos(remaining));
            }
        }
        long end = System.nanoTime();
        PhaseResult result = measure(arrivals, start, end, latencies, outcomes, phase);
        for (int i = 0; i < n; i++) {
            if (outcomes.get(i) == PENDING) {
                callers[i].interrupt();
            }
        }
        return result;
    }

    private static Runnable caller(Guard guard, LiveDependency dependency, int call, long[] latencies,
                                   AtomicIntegerArray outcomes) {
        return () -> {
            int[] attempt = {0};
            long t0 = System.nanoTime();
            int outcome;
            try {
                guard.callChecked(() -> {
                    dependency.call(call, ++attempt[0]);
                    return Boolean.TRUE;
                });
                outcome = SUCCEEDED;
            } catch (Exception e) {
                outcome = FAILED;
            }
            latencies[call] = System.nanoTime() - t0;
            outcomes.set(call, outcome); // publishes the latency written before it
        };
    }

    private static PhaseResult measure(long[] arrivals, long start, long end, long[] latencies,
                                       AtomicIntegerArray outcomes, Duration phase) {
        int n = arrivals.length;
        long[] all = new long[n];
        long[] ok = new long[n];
        int successes = 0;
        for (int i = 0; i < n; i++) {
            int outcome = outcomes.get(i);
            long latency = outcome == PENDING ? end - (start + arrivals[i]) : latencies[i];
            all[i] = latency;
            if (outcome == SUCCEEDED) {
                ok[successes++] = latency;
            }
        }
        return new PhaseResult(n, successes, phase.toNanos() / 1e9, p99Millis(Arrays.copyOf(ok, successes)),
                p99Millis(all));
    }

    /** The 99th percentile of {@code nanos} (nearest rank), in milliseconds; 0 for none. */
    static double p99Millis(long[] nanos) {
        if (nanos.length == 0) {
            return 0;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)] / 1e6;
    }
}
