package io.hms.ga;

import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.RetryPolicy;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.LoadModel;
import io.hms.ga.replay.ReplayResult;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.GenerationResult;
import io.hms.ga.search.Migration;
import io.hms.ga.search.PolicyCodec;
import io.hms.ga.search.PolicyFitness;
import io.hms.ga.search.PolicyOptimizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * One search for a better guard policy on a recorded trace, judged so that it never makes things worse:
 * what the {@link OptimizerAgent} runs for each component, and what a host or a harness can run itself.
 *
 * <ol>
 *   <li>Model the dependency: {@link OptimizerAgentOptions#plausibleModels()} models that all fit the trace
 *       ({@link DependencyModel#plausibleModels}: the learned capacity and how long unseen failures
 *       lasted, where the trace cannot tell), and the nominal one with less capacity
 *       ({@link OptimizerAgentOptions#capacityDrop()}: half of it and all of it taken off), since a dependency
 *       serves less some days than on the day it was recorded, and with its outages and bursts lasting longer
 *       ({@link OptimizerAgentOptions#longerTrouble()}), since the next outage need not end when the recorded
 *       one did.</li>
 *   <li>Bound the timeout below by {@link OptimizerAgentOptions#timeoutMargin()} times the dependency's
 *       healthy p99 latency ({@link DependencyModel#healthyLatencyNanos()}), so a winner keeps room for a
 *       loaded host.</li>
 *   <li>Search the space (memetic GA) from a first generation that holds the current policy,
 *       {@link GuardPolicy#defaults()}, both with a FIXED limit at the learned capacity, and the defaults
 *       with a GRADIENT limit that starts there, and with a FIXED limit whose calls wait briefly for a
 *       place; the fitness is the mean replay score over every model
 *       and seed.</li>
 *   <li>Judge the winner against the current policy on the same draws: propose it only when the lower
 *       confidence bound (one-sided 95 %, Student's t) of the paired score differences clears
 *       {@link OptimizerAgentOptions#improvementMargin()}.</li>
 * </ol>
 *
 * <pre>{@code
 * TuningVerdict verdict = GuardTuner.of(OptimizerAgentOptions.defaults())
 *         .tune(guard.trace().snapshot(), current, PolicySpace.defaults());
 * }</pre>
 *
 * <p>Deterministic for a trace, policy, space and options. Thread-safe: each call works on its own state.
 */
public final class GuardTuner {

    private static final double MAX_SEEDED_LIMIT = 100_000;
    /** Score taken off a candidate per unit of mean error rate beyond the allowed rise: 0.5 per point. */
    static final double ERROR_PENALTY = 50;
    private static final double[] T95 = {6.314, 2.920, 2.353, 2.132, 2.015, 1.943, 1.895, 1.860, 1.833, 1.812};

    private final OptimizerAgentOptions options;

    private GuardTuner(OptimizerAgentOptions options) {
        this.options = options;
    }

    /** A tuner with the agent's {@code options} (budget, population, seeds, models, margins). */
    public static GuardTuner of(OptimizerAgentOptions options) {
        return new GuardTuner(Objects.requireNonNull(options, "options"));
    }

    /** Tunes with no listener and no limit beyond the evaluation budget. */
    public TuningVerdict tune(CallRecords trace, ComponentPolicy current, PolicySpace space) {
        return tune(trace, current, space, g -> true);
    }

    /**
     * Tunes; {@code goOn} sees every generation and stops the search when it answers false (a deadline, a
     * lost leadership, a listener's own counting).
     *
     * @throws IllegalArgumentException if the trace holds no call
     */
    public TuningVerdict tune(CallRecords trace, ComponentPolicy current, PolicySpace space,
                              Predicate<GenerationResult> goOn) {
        return tune(trace, current, space, goOn, Migration.none());
    }

    /**
     * Tunes as one island of several: every few generations the search trades its best candidates with the other
     * islands through {@code migration}; otherwise as {@link #tune(CallRecords, ComponentPolicy, PolicySpace,
     * Predicate)}.
     */
    public TuningVerdict tune(CallRecords trace, ComponentPolicy current, PolicySpace space,
                              Predicate<GenerationResult> goOn, Migration migration) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(goOn, "goOn");
        List<DependencyModel> models = DependencyModel.plausibleModels(trace, options.plausibleModels(),
                options.randomSeed());
        List<DependencyModel> stress = stressModels(models.get(0));
        long[] seeds = LongStream.rangeClosed(1, options.replaySeeds()).toArray();
        PolicySpace bounded = withTimeoutFloor(Objects.requireNonNull(space, "space"), models.get(0));
        double recorded = recordedErrorRate(trace);
        PolicyFitness fitness = fitness(models, stress, seeds, current.guard(), recorded);
        PolicyOptimizer optimizer = PolicyOptimizer.builder(PolicyCodec.of(bounded, current), fitness)
                .populationSize(options.populationSize())
                .evaluationBudget(options.evaluationBudget())
                .localSearch(options.localSearch())
                .randomSeed(options.randomSeed())
                .build();
        Optional<GenerationResult> best = optimizer.stream(current.guard(), seeds(current.guard(), models.get(0)), migration)
                .takeWhile(goOn)
                .collect(GenerationResult.toBest());
        GuardPolicy candidate = best.map(r -> r.bestPolicy().guard()).orElse(current.guard());
        return judge(models, stress, seeds, current.guard(), candidate,
                best.map(GenerationResult::generation).orElse(0L), best.map(GenerationResult::evaluations).orElse(0L),
                recorded);
    }

    /**
     * The {@code nominal} model with {@link OptimizerAgentOptions#capacityDrop()} and half of it taken off its
     * learned capacity (at least one in flight), none when the drop is 0 or the trace showed no capacity (load
     * never hurt it); then the nominal model with its outages and bursts lasting a third, two thirds and all of
     * {@link OptimizerAgentOptions#longerTrouble()} longer (three moments of recovery, so a breaker whose open
     * time happens to end just after one is judged on others), none when that is 0 or the trace has no failing
     * run.
     */
    List<DependencyModel> stressModels(DependencyModel nominal) {
        List<DependencyModel> stress = new ArrayList<>(5);
        LoadModel load = nominal.load();
        double drop = options.capacityDrop();
        if (drop > 0 && Double.isFinite(load.capacity()) && load.latencySlope() + load.errorSlope() > 0) {
            for (double d : new double[] {drop / 2, drop}) {
                stress.add(nominal.withLoad(new LoadModel(Math.max(1, load.capacity() * (1 - d)), load.latencySlope(),
                        load.errorSlope())));
            }
        }
        for (int thirds = 1; thirds <= 3; thirds++) {
            DependencyModel longer = nominal.withLongerTrouble(options.longerTrouble() * thirds / 3);
            if (longer.failingBuckets() > nominal.failingBuckets()) {
                stress.add(longer);
            }
        }
        return List.copyOf(stress);
    }

    private static List<DependencyModel> concat(List<DependencyModel> a, List<DependencyModel> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /**
     * Judges {@code candidate} against {@code current} on {@code models}, {@code stress} and {@code seeds}, as
     * {@link #tune} does its winner (the agent's Pareto search uses it for its pick).
     */
    TuningVerdict judge(List<DependencyModel> models, List<DependencyModel> stress, long[] seeds, GuardPolicy current,
                        GuardPolicy candidate, long generations, long evaluations) {
        return judge(models, stress, seeds, current, candidate, generations, evaluations, Double.NaN);
    }

    /**
     * As {@link #judge(List, List, long[], GuardPolicy, GuardPolicy, long, long)}, with the error rate the
     * trace recorded under the current policy ({@link #recordedErrorRate}; NaN when unknown): a candidate's
     * mean error rate over every model may rise by {@link OptimizerAgentOptions#maxErrorRise()} over the
     * current policy's, less by how much the models of the trace overrate the current policy's failures
     * against that recorded rate, so a model that overrates them cannot make room for a candidate that fails
     * more calls than callers saw fail.
     */
    TuningVerdict judge(List<DependencyModel> models, List<DependencyModel> stress, long[] seeds, GuardPolicy current,
                        GuardPolicy candidate, long generations, long evaluations, double recordedErrorRate) {
        List<DependencyModel> all = concat(models, stress);
        int n = all.size() * seeds.length;
        double[] differences = new double[n];
        double currentSum = 0;
        double candidateSum = 0;
        double currentErrors = 0;
        double currentErrorsAsRecorded = 0; // on the models of the trace, not the stress models
        double candidateErrors = 0;
        int i = 0;
        for (int m = 0; m < all.size(); m++) {
            boolean ofTheTrace = m < models.size(); // the stress models come after the trace's own
            TraceReplay replay = TraceReplay.of(all.get(m));
            for (long seed : seeds) {
                ReplayResult before = replay.replay(current, seed);
                ReplayResult after = replay.replay(candidate, seed);
                currentSum += before.score();
                candidateSum += after.score();
                differences[i++] = after.score() - before.score();
                currentErrors += before.errorRate();
                if (ofTheTrace) {
                    currentErrorsAsRecorded += before.errorRate();
                }
                candidateErrors += after.errorRate();
            }
        }
        double errorRise = candidateErrors / n - allowedBase(currentErrors / n,
                currentErrorsAsRecorded / (models.size() * seeds.length), recordedErrorRate);
        double lowerBound = lowerBound(differences);
        boolean changed = !candidate.equals(current);
        boolean fewEnoughErrors = errorRise <= options.maxErrorRise();
        boolean proposed = changed && lowerBound > options.improvementMargin() && fewEnoughErrors;
        DependencyModel nominal = models.get(0);
        String unseen = nominal.unknownBuckets() == 0 ? ""
                : String.format(Locale.ROOT, " (%d of the trace's %d time buckets unseen, the breaker open)",
                        nominal.unknownBuckets(), nominal.buckets());
        String errors = fewEnoughErrors ? "" : String.format(Locale.ROOT, ", but its error rate %+.1f points is over"
                + " the allowed %+.1f", 100 * errorRise, 100 * options.maxErrorRise());
        String reason = String.format(Locale.ROOT, "guard: replay score %.4f -> %.4f over %d plausible models%s and %d"
                        + " with less capacity or longer outages x %d seeds, lower bound of the gain %.4f (%s margin %.4f)%s after %d"
                        + " generations, %d evaluations",
                currentSum / n, candidateSum / n, models.size(), unseen, stress.size(), seeds.length, lowerBound,
                lowerBound > options.improvementMargin() ? "clears the" : "under the", options.improvementMargin(),
                errors, generations, evaluations);
        return new TuningVerdict(current, changed ? candidate : current, proposed, currentSum / n, candidateSum / n,
                changed ? lowerBound : 0, generations, evaluations, models, stress, seeds, reason);
    }

    /**
     * The known-good policies the first generation holds beside the current one: the defaults; the current
     * policy and the defaults with a FIXED limit at the learned capacity (the level in flight that serves the
     * most, by Little's law, where latency and errors turn), the latter without retries; and the defaults
     * without retries under a GRADIENT limit that starts at the capacity and may fall to one, which follows a
     * dependency whose capacity shrinks; and the FIXED and GRADIENT ones again with a wait for a place of a
     * quarter of the healthy p99 latency, which serves the calls that arrive in a bunch instead of refusing them.
     */
    static List<GuardPolicy> seeds(GuardPolicy current, DependencyModel model) {
        double capacity = model.load().capacity();
        if (!(capacity < MAX_SEEDED_LIMIT)) {
            return List.of(GuardPolicy.defaults());
        }
        int limit = (int) Math.max(1, Math.round(capacity));
        ConcurrencyLimitPolicy atCapacity = ConcurrencyLimitPolicy.fixed(limit);
        ConcurrencyLimitPolicy followsCapacity = new ConcurrencyLimitPolicy(LimitAlgorithm.GRADIENT, limit, 1, limit,
                ConcurrencyLimitPolicy.defaults().backoffRatio(), ConcurrencyLimitPolicy.defaults().latencyThreshold(),
                1.0);
        GuardPolicy noRetries = GuardPolicy.defaults().withRetry(RetryPolicy.none());
        Duration briefWait = Duration.ofMillis(Math.max(1, Math.min(ConcurrencyLimitPolicy.LONGEST_WAIT.toMillis(),
                Math.round(model.healthyLatencyNanos() / 4e6))));
        return List.of(GuardPolicy.defaults(), current.withLimit(atCapacity), noRetries.withLimit(atCapacity),
                noRetries.withLimit(followsCapacity), noRetries.withLimit(atCapacity.withMaxWait(briefWait)),
                noRetries.withLimit(followsCapacity.withMaxWait(briefWait)));
    }

    /**
     * The mean replay score over {@code models}, {@code stress} and {@code seeds}, less {@link #ERROR_PENALTY}
     * per unit of mean error rate above the current policy's (measured as the verdict measures it) plus
     * {@link OptimizerAgentOptions#maxErrorRise()}: a search pushed back, not walled off, from candidates the
     * verdict would refuse.
     */
    private PolicyFitness fitness(List<DependencyModel> models, List<DependencyModel> stress, long[] seeds,
                                  GuardPolicy current, double recorded) {
        List<TraceReplay> ofTrace = models.stream().map(TraceReplay::of).toList();
        List<TraceReplay> replays = concat(models, stress).stream().map(TraceReplay::of).toList();
        double allowedErrors = allowedBase(meanErrorRate(replays, seeds, current),
                meanErrorRate(ofTrace, seeds, current), recorded) + options.maxErrorRise();
        return policy -> {
            double score = 0;
            double errors = 0;
            for (TraceReplay replay : replays) {
                for (long seed : seeds) {
                    ReplayResult result = replay.replay(policy, seed);
                    score += result.score();
                    errors += result.errorRate();
                }
            }
            int n = replays.size() * seeds.length;
            return score / n - ERROR_PENALTY * Math.max(0, errors / n - allowedErrors);
        };
    }

    /**
     * The error rate a candidate's is measured from: the current policy's replayed over every model, less by
     * how much its replay on the models of the trace exceeds what the trace recorded (none when unknown).
     */
    private static double allowedBase(double replayed, double replayedOnTrace, double recorded) {
        return Double.isNaN(recorded) ? replayed : replayed - Math.max(0, replayedOnTrace - recorded);
    }

    /**
     * The share of the trace's calls its callers saw fail: one less the successful attempts over the calls
     * (a call ends in at most one success); 0 for a trace without calls.
     */
    static double recordedErrorRate(CallRecords trace) {
        int calls = trace.calls();
        return calls == 0 ? 0 : Math.max(0, Math.min(1, 1 - (double) trace.count(CallRecords.Outcome.SUCCESS) / calls));
    }

    private static double meanErrorRate(List<TraceReplay> replays, long[] seeds, GuardPolicy policy) {
        double sum = 0;
        for (TraceReplay replay : replays) {
            for (long seed : seeds) {
                sum += replay.replay(policy, seed).errorRate();
            }
        }
        return sum / (replays.size() * seeds.length);
    }

    /** The mean minus Student's one-sided 95 % quantile times the standard error; the mean alone for one value. */
    static double lowerBound(double[] values) {
        int n = values.length;
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        if (n < 2) {
            return mean;
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        int freedom = n - 1;
        double t = freedom <= T95.length ? T95[freedom - 1] : 1.645 + 1.524 / freedom;
        return mean - t * Math.sqrt(squares / freedom / n);
    }

    /** {@code space} with the timeout's lower bound raised to the margin over the healthy p99 latency. */
    private PolicySpace withTimeoutFloor(PolicySpace space, DependencyModel model) {
        return space.range(Parameter.TIMEOUT).map(range -> {
            double floorMillis = Math.ceil(options.timeoutMargin() * model.healthyLatencyNanos() / 1e6);
            if (floorMillis <= range.min()) {
                return space;
            }
            long min = (long) Math.min(floorMillis, range.max());
            return space.with(Parameter.TIMEOUT, Duration.ofMillis(min), Duration.ofMillis((long) range.max()));
        }).orElse(space);
    }
}
