package io.hms.examples.optimize;

import io.hms.api.ComponentSpec;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.policy.WindowType;
import io.hms.core.Hms;
import io.hms.core.configurator.ConfiguratorOptions;
import io.hms.core.configurator.PatchResult;
import io.hms.core.metrics.OptimizerConvergence;
import io.hms.examples.optimize.LoadPhase.Measurement;
import io.hms.ga.GuardTuner;
import io.hms.ga.OptimizerAgentOptions;
import io.hms.ga.TuningVerdict;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.Objectives;
import io.hms.ga.replay.ScoreWeights;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.GenerationResult;
import io.hms.ga.search.ParetoGeneration;
import io.hms.ga.search.ParetoOptimizer;
import io.hms.ga.search.ParetoPolicy;
import io.hms.ga.search.PolicyCodec;
import io.hms.ga.search.PolicyFront;
import io.hms.ga.search.PolicyObjectives;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A host tunes its own guard policy. Its inventory dependency serves about {@value #CAPACITY} calls in flight
 * and degrades beyond; the host starts from a Resilience4j-like default policy, sends it more than it can
 * take, records the guard's trace, evolves a better policy by replaying that trace with the optimizer
 * agent's own {@link GuardTuner} (a memetic GA on plausible models of the dependency, printing each
 * generation as it runs; then NSGA-II's Pareto front of the same trace, for the trade-off), and when the
 * tuner's judgement proposes the winner, hands it to the configurator (canary, then promote or roll back).
 * It measures again with the same load and prints what callers saw before and after (goodput, p99 latency,
 * error rate) beside what the replay predicted, and the share of the dependency's capacity served.
 *
 * <pre>mvn -q -Poptimize-demo -DskipTests verify</pre>
 */
public final class OptimizeDemo {

    static final String COMPONENT = "inventory";
    static final int CAPACITY = 8;
    static final int BASE_MILLIS = 20;
    static final double BASE_ERROR_RATE = 0.02;

    private final PrintStream out;
    private final Settings settings;

    /**
     * How long and how hard the demo runs.
     *
     * @param phase  the length of the before and after measurements (the canary bakes half of it)
     * @param rate   offered calls per second
     * @param budget the optimizer's evaluation budget
     */
    public record Settings(Duration phase, int rate, long budget) {

        /** Four-second phases at 420 calls a second, 320 evaluations. */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(4), 420, 320);
        }
    }

    /**
     * What the demo saw.
     *
     * @param start        the starting guard policy
     * @param winner       the evolved guard policy
     * @param startScore   the start's replay score on the recorded trace
     * @param winnerScore  the winner's replay score
     * @param generations  the optimizer's generations
     * @param verdict      the tuner's judgement of the winner against the start
     * @param patch        the configurator's verdict on the winner, or null when the tuner kept the start
     * @param before       live figures under the start policy
     * @param after        live figures under the policy in force after the patch
     * @param predictedBefore the goodput the replay predicted for the start, calls per second
     * @param predictedAfter  the goodput the replay predicted for the policy in force after
     */
    public record Report(GuardPolicy start, GuardPolicy winner, double startScore, double winnerScore,
                         List<GenerationResult> generations, TuningVerdict verdict, PatchResult patch,
                         Measurement before, Measurement after, double predictedBefore, double predictedAfter) {

        /** The good calls per second the dependency can give at most: its capacity over its healthy latency. */
        public static double idealGoodput() {
            return CAPACITY * 1000.0 / BASE_MILLIS * (1 - BASE_ERROR_RATE);
        }
    }

    /** @param out where the story goes; {@code settings} how long and how hard */
    public OptimizeDemo(PrintStream out, Settings settings) {
        this.out = out;
        this.settings = settings;
    }

    /** Runs the demo with the default settings. */
    public static void main(String[] args) throws Exception {
        Report report = new OptimizeDemo(System.out, Settings.defaults()).run();
        System.exit(report.after().goodputPerSecond() >= report.before().goodputPerSecond() ? 0 : 1);
    }

    /**
     * A policy shaped like Resilience4j's defaults: breaker on a count window of 100, 50 % failures, at least
     * 100 calls, open 60 s, 10 half-open probes; three attempts 500 ms apart; a 1 s time limit; a bulkhead of 25.
     */
    public static GuardPolicy resilience4jLike() {
        return new GuardPolicy(TimeoutPolicy.of(Duration.ofSeconds(1)), ConcurrencyLimitPolicy.fixed(25),
                new BreakerPolicy(WindowType.COUNT, 100, 50f, 100f, Duration.ofSeconds(60), 100,
                        Duration.ofSeconds(60), 10),
                new RetryPolicy(3, Duration.ofMillis(500), 1.0, Duration.ofMillis(500), 0.0));
    }

    /** Runs the demo and reports. */
    public Report run() throws Exception {
        OverloadedDependency dependency = new OverloadedDependency(CAPACITY, BASE_MILLIS);
        Duration bake = settings.phase().dividedBy(2);
        try (Hms hms = Hms.builder()
                .component(ComponentSpec.of(COMPONENT).withPolicy(ComponentPolicy.defaults().withGuard(resilience4jLike())))
                .discoverOptimizer(false)
                .discoverCoordinator(false) // one instance: the cluster demo's Raft coordinator is on this class path
                .configurator(ConfiguratorOptions.defaults().withCanary(0.5, bake).withMinCanaryCalls(50))
                .build().start()) {
            out.printf(Locale.ROOT, "HMS optimize demo: %d calls/s to a dependency that copes with %d in flight"
                    + " (at most %.0f good calls/s).%n", settings.rate(), CAPACITY, Report.idealGoodput());
            out.println("start policy (Resilience4j-like): " + describe(resilience4jLike()));
            hms.guard(COMPONENT).trace().start(); // the demo replays the trace itself: no optimizer asks for it
            Measurement before = LoadPhase.run(hms.guard(COMPONENT), dependency, settings.rate(), settings.phase());
            print("before", before);

            CallRecords trace = hms.guard(COMPONENT).trace().snapshot();
            VersionedPolicy current = hms.registry().policy(COMPONENT);
            OptimizerAgentOptions options = OptimizerAgentOptions.builder().evaluationBudget(settings.budget())
                    .randomSeed(7).build();
            out.printf(Locale.ROOT, "%nrecorded %d attempts; the model learned %s%n", trace.size(),
                    DependencyModel.fromTrace(trace).load());
            List<GenerationResult> generations = new ArrayList<>();
            OptimizerConvergence convergence = new OptimizerConvergence();
            TuningVerdict verdict = GuardTuner.of(options).tune(trace, current.policy(), PolicySpace.defaults(), g -> {
                generations.add(g);
                GenerationEvaluated event = new GenerationEvaluated(hms.scheduler().now(), COMPONENT, g.generation(),
                        g.bestFitness(), g.meanFitness(), g.evaluations());
                convergence.accept(event);
                hms.events().publish(event); // as the optimizer agent does: meters and listeners see the run
                out.printf(Locale.ROOT, "  generation %2d  best %.4f  mean %.4f  evaluations %3d (local %d)%n",
                        g.generation(), g.bestFitness(), g.meanFitness(), g.evaluations(), g.localSearchEvaluations());
                return true;
            });
            GuardPolicy winner = verdict.candidate();
            out.printf(Locale.ROOT, "winner: %s%n%s: %s%n", describe(winner),
                    verdict.proposed() ? "proposed" : "kept the start policy", verdict.reason());
            convergence.latest(COMPONENT).ifPresent(run -> out.printf(Locale.ROOT,
                    "converged (within 1 %% of the run's improvement) after %d of %d evaluations, generation %d%n",
                    run.evaluationsToConverge(), run.evaluations(), run.generationsToConverge()));

            showFront(PolicyCodec.of(PolicySpace.defaults(), current.policy()), verdict.models().get(0),
                    current.policy().guard());

            PatchResult result = null;
            if (verdict.proposed()) {
                PolicyPatch patch = PolicyPatch.of(COMPONENT, current.version(), current.policy().withGuard(winner),
                        "optimize-demo", verdict.reason());
                CompletableFuture<PatchResult> pending = hms.configurator().propose(patch);
                out.printf(Locale.ROOT, "%ncanary: half the calls on the winner for %s under the same load%n", bake);
                LoadPhase.run(hms.guard(COMPONENT), dependency, settings.rate(), bake.plusMillis(500));
                result = pending.get(10, TimeUnit.SECONDS);
                out.printf(Locale.ROOT, "patch %s: %s%n", result.promoted() ? "promoted" : "rolled back",
                        result.detail());
            }
            GuardPolicy inForce = hms.guard(COMPONENT).policy();
            Measurement after = LoadPhase.run(hms.guard(COMPONENT), dependency, settings.rate(), settings.phase());
            double predictedBefore = verdict.predictedGoodput(resilience4jLike());
            double predictedAfter = verdict.predictedGoodput(inForce);
            out.println();
            print("before", before, predictedBefore);
            print("after", after, predictedAfter);
            out.printf(Locale.ROOT, "after serves %.0f %% of the %.0f good calls/s the dependency can give%n",
                    100 * after.goodputPerSecond() / Report.idealGoodput(), Report.idealGoodput());
            return new Report(resilience4jLike(), winner, verdict.currentScore(), verdict.candidateScore(), generations,
                    verdict, result, before, after, predictedBefore, predictedAfter);
        }
    }

    /** The trade-off on the same trace: NSGA-II's Pareto front, and the member the default weights pick. */
    private void showFront(PolicyCodec codec, DependencyModel model, GuardPolicy start) {
        PolicyFront front = ParetoOptimizer.builder(codec, PolicyObjectives.replay(TraceReplay.of(model), 1, 2))
                .populationSize(16).evaluationBudget(settings.budget()).frontSize(12).randomSeed(7).build()
                .stream(start).collect(ParetoGeneration.toLast()).orElseThrow().front();
        out.printf(Locale.ROOT, "%nNSGA-II on the same trace, %d evaluations: a Pareto front of %d policies%n",
                settings.budget(), front.size());
        for (ParetoPolicy m : front.members().subList(0, Math.min(5, front.size()))) {
            out.println("  " + objectives(m.objectives()));
        }
        ParetoPolicy chosen = front.pick(ScoreWeights.defaults(), model).orElseThrow();
        out.println("the default weights pick " + objectives(chosen.objectives()));
    }

    private static String objectives(Objectives o) {
        return String.format(Locale.ROOT, "goodput %6.1f/s  errors %5.1f %%  p99 %7.1f ms  load %6.1f/s",
                o.goodputPerSecond(), 100 * o.errorRate(), o.p99LatencyNanos() / 1e6, o.loadPerSecond());
    }

    private void print(String label, Measurement m) {
        out.printf(Locale.ROOT, "%-7s goodput %6.1f calls/s   p99 %7.1f ms   error rate %5.1f %%   (%d calls)%n",
                label, m.goodputPerSecond(), m.p99Millis(), 100 * m.errorRate(), m.calls());
    }

    private void print(String label, Measurement m, double predicted) {
        out.printf(Locale.ROOT, "%-7s goodput %6.1f calls/s (replay predicted %6.1f)   p99 %7.1f ms   error rate"
                + " %5.1f %%%n", label, m.goodputPerSecond(), predicted, m.p99Millis(), 100 * m.errorRate());
    }

    private static String describe(GuardPolicy p) {
        String limit = (p.limit().algorithm() == LimitAlgorithm.FIXED ? "FIXED " + p.limit().initialLimit()
                : p.limit().algorithm() + " from " + p.limit().initialLimit() + " in " + p.limit().minLimit() + "-"
                + p.limit().maxLimit())
                + (p.limit().maxWait().isZero() ? "" : " waiting up to " + p.limit().maxWait().toMillis() + " ms");
        return String.format(Locale.ROOT, "timeout %s, limit %s, breaker %.0f%% of %d (min %d, open %s), "
                        + "%d attempts (backoff %s x%.1f, jitter %.2f)",
                p.timeout().timeout(), limit,
                p.breaker().failureRateThreshold(), p.breaker().windowSize(), p.breaker().minimumCalls(),
                p.breaker().openDuration(), p.retry().maxAttempts(), p.retry().initialBackoff(), p.retry().multiplier(),
                p.retry().jitter());
    }
}
