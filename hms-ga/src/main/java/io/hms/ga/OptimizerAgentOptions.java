package io.hms.ga;

import io.hms.ga.internal.CpuPacer;
import io.hms.ga.replay.ScoreWeights;
import io.hms.ga.search.LocalSearch;
import io.hms.ga.search.ParetoOptimizer;
import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link OptimizerAgent} schedules, budgets and judges its runs.
 *
 * <pre>{@code
 * OptimizerAgentOptions options = OptimizerAgentOptions.defaults()
 *         .withPeriod(Duration.ofMinutes(10))
 *         .withEvaluationBudget(300);
 * Hms.builder().optimizer(OptimizerAgent.create(options));
 * }</pre>
 *
 * @param period             how often every component is optimized (on the leader)
 * @param anomalyCheck       how often the recent traces are checked for a jump in error rate or latency
 * @param evaluationBudget   the most candidate evaluations one component's run makes
 * @param maxRunTime         how long one component's guard search may take, on the runtime's clock, its pauses
 *                           for the CPU share included: it ends at the first generation that ends past it
 * @param populationSize     candidates per generation
 * @param localSearch        the memetic step ({@link LocalSearch#none()} for a plain GA)
 * @param replaySeeds        how many seeded replays score each candidate (seeds 1..n)
 * @param improvementMargin  how much a winner's score must exceed the current policy's to be proposed
 * @param minTraceCalls      the fewest calls (first attempts) a component's trace needs before it is optimized
 * @param errorRateJump      a rise of the recent error rate by at least this much (absolute) is an anomaly
 * @param latencyJumpFactor  a recent mean latency at least this many times the previous one is an anomaly
 * @param randomSeed         the seed of the GA's randomness
 * @param minIncidents       the fewest closed incidents a component needs before its playbook is evolved
 * @param playbookGenerations generations of one playbook evolution
 * @param recoveryMargin     how much shorter (a fraction) an evolved playbook's expected time to recover must
 *                           be than the current playbook's to be proposed
 * @param paretoFront        search the guard policy with NSGA-II ({@link ParetoOptimizer}) and propose the member
 *                           of its Pareto front that the replay's {@link ScoreWeights} prefer, instead of the
 *                           memetic GA on the weighted score
 * @param cpuShare           the share of one core the agent's thread may use, in [0.01, 1]: after each generation
 *                           it pauses as long as it takes to be back within it (1 never pauses)
 */
public record OptimizerAgentOptions(Duration period, Duration anomalyCheck, long evaluationBudget,
                                    Duration maxRunTime, int populationSize, LocalSearch localSearch, int replaySeeds,
                                    double improvementMargin, int minTraceCalls, double errorRateJump,
                                    double latencyJumpFactor, long randomSeed, int minIncidents,
                                    int playbookGenerations, double recoveryMargin, boolean paretoFront,
                                    double cpuShare) {

    /** Validates the fields, naming the one at fault. */
    public OptimizerAgentOptions {
        positive(period, "period");
        positive(anomalyCheck, "anomalyCheck");
        positive(maxRunTime, "maxRunTime");
        Objects.requireNonNull(localSearch, "localSearch");
        require(evaluationBudget >= 1, "evaluationBudget must be at least 1, got " + evaluationBudget);
        require(populationSize >= 4, "populationSize must be at least 4, got " + populationSize);
        require(replaySeeds >= 1, "replaySeeds must be at least 1, got " + replaySeeds);
        require(improvementMargin >= 0 && Double.isFinite(improvementMargin),
                "improvementMargin must be a finite number >= 0, got " + improvementMargin);
        require(minTraceCalls >= 1, "minTraceCalls must be at least 1, got " + minTraceCalls);
        require(errorRateJump > 0 && errorRateJump <= 1, "errorRateJump must be in (0, 1], got " + errorRateJump);
        require(latencyJumpFactor > 1 && Double.isFinite(latencyJumpFactor),
                "latencyJumpFactor must be a finite number > 1, got " + latencyJumpFactor);
        require(minIncidents >= 1, "minIncidents must be at least 1, got " + minIncidents);
        require(playbookGenerations >= 1, "playbookGenerations must be at least 1, got " + playbookGenerations);
        require(recoveryMargin >= 0 && recoveryMargin < 1, "recoveryMargin must be in [0, 1), got " + recoveryMargin);
        require(cpuShare >= CpuPacer.MIN_SHARE && cpuShare <= 1,
                "cpuShare must be in [" + CpuPacer.MIN_SHARE + ", 1], got " + cpuShare);
    }

    /**
     * Every 5 minutes and on anomaly (checked every 30 s: error rate up by 0.2, or mean latency doubled);
     * 400 evaluations and 8 s per guard search; a quarter of one core (about 2 s of CPU time per search);
     * 16 candidates per generation; the default local search; 2 replay seeds; margin 0.01; at least 500
     * recorded calls; random seed 0; playbooks evolved over 30 generations once 5 incidents closed, proposed
     * when 5 % faster to recover; the memetic GA, not NSGA-II.
     */
    public static OptimizerAgentOptions defaults() {
        return new OptimizerAgentOptions(Duration.ofMinutes(5), Duration.ofSeconds(30), 400, Duration.ofSeconds(8), 16,
                LocalSearch.defaults(), 2, 0.01, 500, 0.2, 2.0, 0, 5, 30, 0.05, false, 0.25);
    }

    /** These options with another period. */
    public OptimizerAgentOptions withPeriod(Duration value) {
        return new OptimizerAgentOptions(value, anomalyCheck, evaluationBudget, maxRunTime, populationSize,
                localSearch, replaySeeds, improvementMargin, minTraceCalls, errorRateJump, latencyJumpFactor,
                randomSeed, minIncidents, playbookGenerations, recoveryMargin, paretoFront, cpuShare);
    }

    /** These options with another evaluation budget per run. */
    public OptimizerAgentOptions withEvaluationBudget(long value) {
        return new OptimizerAgentOptions(period, anomalyCheck, value, maxRunTime, populationSize, localSearch,
                replaySeeds, improvementMargin, minTraceCalls, errorRateJump, latencyJumpFactor, randomSeed,
                minIncidents, playbookGenerations, recoveryMargin, paretoFront, cpuShare);
    }

    /** These options with another population size and number of replay seeds. */
    public OptimizerAgentOptions withSearch(int population, int seeds, LocalSearch search) {
        return new OptimizerAgentOptions(period, anomalyCheck, evaluationBudget, maxRunTime, population, search, seeds,
                improvementMargin, minTraceCalls, errorRateJump, latencyJumpFactor, randomSeed,
                minIncidents, playbookGenerations, recoveryMargin, paretoFront, cpuShare);
    }

    /** These options with another minimum trace size. */
    public OptimizerAgentOptions withMinTraceCalls(int value) {
        return new OptimizerAgentOptions(period, anomalyCheck, evaluationBudget, maxRunTime, populationSize,
                localSearch, replaySeeds, improvementMargin, value, errorRateJump, latencyJumpFactor, randomSeed,
                minIncidents, playbookGenerations, recoveryMargin, paretoFront, cpuShare);
    }

    /** These options searching with NSGA-II and picking from its Pareto front ({@code true}) or not. */
    public OptimizerAgentOptions withParetoFront(boolean value) {
        return new OptimizerAgentOptions(period, anomalyCheck, evaluationBudget, maxRunTime, populationSize,
                localSearch, replaySeeds, improvementMargin, minTraceCalls, errorRateJump, latencyJumpFactor,
                randomSeed, minIncidents, playbookGenerations, recoveryMargin, value, cpuShare);
    }

    /** These options with another share of one core for the agent's thread, in [0.01, 1]. */
    public OptimizerAgentOptions withCpuShare(double value) {
        return new OptimizerAgentOptions(period, anomalyCheck, evaluationBudget, maxRunTime, populationSize,
                localSearch, replaySeeds, improvementMargin, minTraceCalls, errorRateJump, latencyJumpFactor,
                randomSeed, minIncidents, playbookGenerations, recoveryMargin, paretoFront, value);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        require(!d.isNegative() && !d.isZero(), name + " must be positive, got " + d);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
