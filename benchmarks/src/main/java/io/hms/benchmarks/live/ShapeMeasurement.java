package io.hms.benchmarks.live;

import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.core.configurator.PatchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Measures one shape: records a trace on the train variant under the start policy, optimizes it, hands a
 * proposed patch to the configurator's {@link Canary} in a second phase of the same runtime (as the agent
 * does in production, where the canary follows the recording), then runs
 * the rounds of {@link PairSchedule} on the train and the test variant with the policy the canary left in
 * force as the winner, reporting a line per phase.
 */
final class ShapeMeasurement {

    private final HarnessOptions options;
    private final Map<Shape, CallRecords> tracesToTune;
    private final Optimization optimization;
    private final Consumer<String> progress;

    /**
     * @param tracesToTune the traces to tune on instead of the recorded ones, by shape ({@link
     *                     HarnessOptions#tracesToTune()}); a shape not in it tunes on its recording
     */
    ShapeMeasurement(HarnessOptions options, Map<Shape, CallRecords> tracesToTune, Optimization optimization,
                     Consumer<String> progress) {
        this.options = options;
        this.tracesToTune = Map.copyOf(tracesToTune);
        this.optimization = optimization;
        this.progress = progress;
    }

    /** Measures {@code shape}. */
    ShapeRun measure(Shape shape) throws InterruptedException, IOException {
        long traceSeed = PairSchedule.seed(options.seed(), Variant.TRAIN, -1);
        long canarySeed = PairSchedule.seed(options.seed(), Variant.TRAIN, -2);
        PhaseRunner.RecordedAndCanaried run = PhaseRunner.recordOptimizeCanary(shape, Variant.TRAIN,
                Policies.start(), options.phase(), traceSeed, canarySeed,
                trace -> optimization.optimize(tracesToTune.getOrDefault(shape, trace),
                        ComponentPolicy.defaults().withGuard(Policies.start())));
        CallRecords trace = run.recorded().trace();
        progress.accept(String.format(Locale.ROOT, "%-13s record  start     %s; %d attempts traced", shape.label(),
                line(run.recorded().result()), trace.size()));
        if (options.dumpTraces().isPresent()) {
            TraceCsv.write(trace, options.dumpTraces().get().resolve(shape.label() + "-train.csv"));
        }
        OptimizationOutcome outcome = run.outcome();
        progress.accept(String.format(Locale.ROOT, "%-13s optimize  %.1f s: %s; %s", shape.label(),
                run.optimizeSeconds(), outcome.verdict(), outcome.patch().map(Policies::describe).orElse("no patch")));
        Optional<PatchResult> verdict = run.canary().flatMap(PhaseRunner.PhaseRun::canary);
        run.canary().ifPresent(c -> progress.accept(String.format(Locale.ROOT,
                "%-13s canary  start+winner %s: %s: %s", shape.label(), line(c.result()),
                c.canary().orElseThrow().promoted() ? "promoted" : "rolled back", c.canary().orElseThrow().detail())));
        Promotion promotion = Promotion.decide(outcome, verdict);
        Map<Variant, List<RoundResult>> rounds = new EnumMap<>(Variant.class);
        Map<Variant, OptionalDouble> ideal = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            ideal.put(v, shape.idealGoodput(v, options.phase()));
            List<RoundResult> list = new ArrayList<>();
            for (int round = 0; round < options.rounds(); round++) {
                list.add(round(shape, v, round, promotion));
            }
            rounds.put(v, list);
        }
        return new ShapeRun(shape, outcome, promotion, rounds, ideal);
    }

    private RoundResult round(Shape shape, Variant v, int round, Promotion promotion)
            throws InterruptedException {
        boolean winnerRuns = promotion.winnerRuns();
        long seed = PairSchedule.seed(options.seed(), v, round);
        Map<Contender, PhaseResult> results = new EnumMap<>(Contender.class);
        for (Contender c : PairSchedule.order(round, winnerRuns)) {
            GuardPolicy policy = switch (c) {
                case WINNER -> promotion.winner(Policies.start());
                case START -> Policies.start();
                case DEFAULTS -> Policies.defaults();
            };
            PhaseResult r = PhaseRunner.run(shape, v, policy, options.phase(), seed);
            results.put(c, r);
            progress.accept(String.format(Locale.ROOT, "%-13s %-5s r%d %-8s %s", shape.label(), v.label(), round + 1,
                    c.name().toLowerCase(Locale.ROOT), line(r)));
        }
        if (!winnerRuns) {
            results.put(Contender.WINNER, results.get(Contender.START));
        }
        return new RoundResult(round, results);
    }

    private static String line(PhaseResult r) {
        return String.format(Locale.ROOT, "goodput %6.1f/s  errors %5.1f %%  p99 ok %7.1f ms  p99 all %7.1f ms  (%d calls)",
                r.goodput(), 100 * r.errorRate(), r.p99SuccessMillis(), r.p99AllMillis(), r.offered());
    }
}
