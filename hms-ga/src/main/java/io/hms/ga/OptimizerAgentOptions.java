package io.hms.ga;

import io.hms.ga.internal.CpuPacer;
import io.hms.ga.replay.ScoreWeights;
import io.hms.ga.search.LocalSearch;
import io.hms.ga.search.ParetoOptimizer;
import java.time.Duration;

/**
 * How the {@link OptimizerAgent} schedules, budgets and judges its runs.
 *
 * <pre>{@code
 * OptimizerAgentOptions options = OptimizerAgentOptions.builder()
 *         .period(Duration.ofMinutes(10))
 *         .evaluationBudget(300)
 *         .cpuShare(0.1)
 *         .build();
 * Hms.builder().optimizer(OptimizerAgent.create(options));
 * }</pre>
 *
 * <p>Build it with {@link #builder()}, which starts from the defaults ({@link #defaults()}) so only what
 * differs needs saying, or change one setting of given options with {@link #toBuilder()}. The record
 * validates its values: an error names the setting, the value it got and what to give instead. Immutable
 * and thread-safe.
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
 * @param plausibleModels    how many models of the dependency that all fit the trace a candidate is scored and
 *                           judged on ({@link io.hms.ga.replay.DependencyModel#plausibleModels}), in [1, 32]
 * @param timeoutMargin      the lowest timeout a search may choose, as a multiple of the dependency's healthy p99
 *                           latency (with the load taken out), at least 1: room for a loaded host
 * @param capacityDrop       how far below what the trace shows the dependency's capacity may fall, as a fraction in
 *                           [0, 0.9]: a candidate is also judged on the nominal model with half this and all of
 *                           it taken off the learned capacity ({@link GuardTuner}), so a limit fitted tightly to
 *                           today's capacity does not fail when the dependency serves less; 0 judges on what the
 *                           trace shows alone
 * @param longerTrouble      how much longer than the trace showed an outage or a burst may last next time, as a
 *                           fraction of its length in [0, 10]: a candidate is also judged on the nominal model with
 *                           each run of failing time buckets lasting a third, two thirds and all of this much longer
 *                           ({@link io.hms.ga.replay.DependencyModel#withLongerTrouble}), so a breaker tuned to close
 *                           just as the recorded outage ended, or whose open time happens to straddle no recovery in
 *                           the trace, does not fail callers through a longer one; 0 judges on what the trace shows
 *                           alone
 * @param islands            evolve on every instance of the cluster, not only the leader: each instance searches on
 *                           its own trace when the leader starts a run and trades its best candidates with the
 *                           others every two generations ({@link io.hms.ga.search.Migration}); only the leader
 *                           proposes. Off by default (followers then use no CPU for the optimizer)
 * @param maxErrorRise       how much more often, at most, a winner's calls may fail than the current policy's, as
 *                           an absolute rise of the error rate in [0, 1] (0.005, half a point, by default): the
 *                           search scores a candidate above it down in proportion, and the verdict proposes none
 *                           whose mean replayed error rate lies above it, so a gain in latency is never bought
 *                           with calls the current policy would have served
 */
public record OptimizerAgentOptions(Duration period, Duration anomalyCheck, long evaluationBudget,
                                    Duration maxRunTime, int populationSize, LocalSearch localSearch, int replaySeeds,
                                    double improvementMargin, int minTraceCalls, double errorRateJump,
                                    double latencyJumpFactor, long randomSeed, int minIncidents,
                                    int playbookGenerations, double recoveryMargin, boolean paretoFront,
                                    double cpuShare, int plausibleModels, double timeoutMargin,
                                    double capacityDrop, double longerTrouble, boolean islands,
                                    double maxErrorRise) {

    /** Validates the values; each error names the setting, the value it got and the fix. */
    public OptimizerAgentOptions {
        positive(period, "period", "how often every component is optimized, e.g. Duration.ofMinutes(5)");
        positive(anomalyCheck, "anomalyCheck",
                "how often the traces are checked for jumps, e.g. Duration.ofSeconds(30)");
        positive(maxRunTime, "maxRunTime", "how long one guard search may take, e.g. Duration.ofSeconds(8)");
        if (localSearch == null) {
            throw new IllegalArgumentException("localSearch is not set; give LocalSearch.defaults(), or"
                    + " LocalSearch.none() for a plain GA");
        }
        require(evaluationBudget >= 1, "evaluationBudget must be at least 1, got " + evaluationBudget
                + "; it caps the candidate evaluations of one component's run (400 by default)");
        require(populationSize >= 4, "populationSize must be at least 4, got " + populationSize
                + "; it is the number of candidates per generation (16 by default)");
        require(replaySeeds >= 1, "replaySeeds must be at least 1, got " + replaySeeds
                + "; each candidate is scored by the mean of this many seeded replays (2 by default)");
        require(improvementMargin >= 0 && Double.isFinite(improvementMargin),
                "improvementMargin must be a finite number >= 0, got " + improvementMargin
                        + "; give 0 to propose any winner that beats the current policy (0.01 by default)");
        require(minTraceCalls >= 1, "minTraceCalls must be at least 1, got " + minTraceCalls
                + "; a trace with fewer calls is too short to optimize on (500 by default)");
        require(errorRateJump > 0 && errorRateJump <= 1, "errorRateJump must be in (0, 1], got " + errorRateJump
                + "; it is the absolute rise of the error rate that counts as an anomaly (0.2 by default)");
        require(latencyJumpFactor > 1 && Double.isFinite(latencyJumpFactor),
                "latencyJumpFactor must be a finite number > 1, got " + latencyJumpFactor
                        + "; it is the growth of the mean latency that counts as an anomaly (2.0 by default)");
        require(minIncidents >= 1, "minIncidents must be at least 1, got " + minIncidents
                + "; it is how many closed incidents a playbook is evolved from at the least (5 by default)");
        require(playbookGenerations >= 1, "playbookGenerations must be at least 1, got " + playbookGenerations
                + " (30 by default)");
        require(recoveryMargin >= 0 && recoveryMargin < 1, "recoveryMargin must be in [0, 1), got " + recoveryMargin
                + "; it is the fraction by which an evolved playbook must recover faster (0.05 by default)");
        require(cpuShare >= CpuPacer.MIN_SHARE && cpuShare <= 1,
                "cpuShare must be in [" + CpuPacer.MIN_SHARE + ", 1], got " + cpuShare
                        + "; it is the share of one core the agent's thread may use (0.25 by default, 1 never"
                        + " pauses)");
        require(plausibleModels >= 1 && plausibleModels <= 32, "plausibleModels must be in [1, 32], got "
                + plausibleModels + "; it is how many models that fit the trace a candidate is judged on (4 by"
                + " default)");
        require(timeoutMargin >= 1 && timeoutMargin <= 100, "timeoutMargin must be in [1, 100], got " + timeoutMargin
                + "; the lowest timeout a search may choose is this times the healthy p99 latency (2.0 by default)");
        require(capacityDrop >= 0 && capacityDrop <= 0.9, "capacityDrop must be in [0, 0.9], got " + capacityDrop
                + "; it is the fraction of the learned capacity the dependency may lose (0.5 by default, 0 judges on"
                + " the trace alone)");
        require(longerTrouble >= 0 && longerTrouble <= 10, "longerTrouble must be in [0, 10], got " + longerTrouble
                + "; it is how much longer than recorded an outage may last, as a fraction of its length (1.0 by"
                + " default: as long again; 0 judges on the trace alone)");
        require(maxErrorRise >= 0 && maxErrorRise <= 1, "maxErrorRise must be in [0, 1], got " + maxErrorRise
                + "; it is how much the error rate may rise over the current policy's (0.005 by default, 1 lets"
                + " the score alone decide)");
    }

    /**
     * Every 5 minutes and on anomaly (checked every 30 s: error rate up by 0.2, or mean latency doubled);
     * 400 evaluations and 8 s per guard search; a quarter of one core (about 2 s of CPU time per search);
     * 16 candidates per generation; the default local search; 2 replay seeds on each of 4 plausible models and
     * on 2 more with a quarter and half of the learned capacity gone, and on three whose outages and bursts last a third,
     * two thirds and all as long again as recorded; a winner proposed when the lower confidence
     * bound of its gain exceeds 0.01 and its error rate is at most half a point above the current policy's;
     * timeouts at least twice the healthy p99 latency; at least 500 recorded
     * calls; random seed 0; playbooks evolved over 30 generations once 5 incidents closed, proposed when 5 %
     * faster to recover; the memetic GA, not NSGA-II.
     */
    public static OptimizerAgentOptions defaults() {
        return builder().build();
    }

    /** A builder that starts from the {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .period(period).anomalyCheck(anomalyCheck).evaluationBudget(evaluationBudget).maxRunTime(maxRunTime)
                .populationSize(populationSize).localSearch(localSearch).replaySeeds(replaySeeds)
                .improvementMargin(improvementMargin).minTraceCalls(minTraceCalls).errorRateJump(errorRateJump)
                .latencyJumpFactor(latencyJumpFactor).randomSeed(randomSeed).minIncidents(minIncidents)
                .playbookGenerations(playbookGenerations).recoveryMargin(recoveryMargin).paretoFront(paretoFront)
                .cpuShare(cpuShare).plausibleModels(plausibleModels).timeoutMargin(timeoutMargin)
                .capacityDrop(capacityDrop).longerTrouble(longerTrouble).islands(islands).maxErrorRise(maxErrorRise);
    }

    private static void positive(Duration value, String setting, String fix) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(setting + " must be a positive duration, got " + value + "; it is "
                    + fix);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Collects the settings of {@link OptimizerAgentOptions}, starting from the defaults; {@link #build()}
     * validates them. Not thread-safe.
     */
    public static final class Builder {

        private Duration period = Duration.ofMinutes(5);
        private Duration anomalyCheck = Duration.ofSeconds(30);
        private long evaluationBudget = 400;
        private Duration maxRunTime = Duration.ofSeconds(8);
        private int populationSize = 16;
        private LocalSearch localSearch = LocalSearch.defaults();
        private int replaySeeds = 2;
        private double improvementMargin = 0.01;
        private int minTraceCalls = 500;
        private double errorRateJump = 0.2;
        private double latencyJumpFactor = 2.0;
        private long randomSeed;
        private int minIncidents = 5;
        private int playbookGenerations = 30;
        private double recoveryMargin = 0.05;
        private boolean paretoFront;
        private double cpuShare = 0.25;
        private int plausibleModels = 4;
        private double timeoutMargin = 2.0;
        private double capacityDrop = 0.5;
        private double longerTrouble = 1.0;
        private boolean islands;
        private double maxErrorRise = 0.005;

        private Builder() {
        }

        /** How often every component is optimized, on the leader; 5 minutes by default. */
        public Builder period(Duration value) {
            this.period = value;
            return this;
        }

        /** How often the recent traces are checked for a jump in error rate or latency; 30 s by default. */
        public Builder anomalyCheck(Duration value) {
            this.anomalyCheck = value;
            return this;
        }

        /** The most candidate evaluations of one component's run, at least 1; 400 by default. */
        public Builder evaluationBudget(long value) {
            this.evaluationBudget = value;
            return this;
        }

        /** How long one component's guard search may take, its CPU pauses included; 8 s by default. */
        public Builder maxRunTime(Duration value) {
            this.maxRunTime = value;
            return this;
        }

        /** Candidates per generation, at least 4; 16 by default. */
        public Builder populationSize(int value) {
            this.populationSize = value;
            return this;
        }

        /** The memetic step; {@link LocalSearch#defaults()} by default, {@link LocalSearch#none()} for a plain GA. */
        public Builder localSearch(LocalSearch value) {
            this.localSearch = value;
            return this;
        }

        /** How many seeded replays (seeds 1..n) score each candidate, at least 1; 2 by default. */
        public Builder replaySeeds(int value) {
            this.replaySeeds = value;
            return this;
        }

        /** How much a winner's score must exceed the current policy's to be proposed, at least 0; 0.01 by default. */
        public Builder improvementMargin(double value) {
            this.improvementMargin = value;
            return this;
        }

        /** The fewest calls a component's trace needs before it is optimized, at least 1; 500 by default. */
        public Builder minTraceCalls(int value) {
            this.minTraceCalls = value;
            return this;
        }

        /** The absolute rise of the recent error rate that is an anomaly, in (0, 1]; 0.2 by default. */
        public Builder errorRateJump(double value) {
            this.errorRateJump = value;
            return this;
        }

        /** The factor of growth of the recent mean latency that is an anomaly, above 1; 2.0 by default. */
        public Builder latencyJumpFactor(double value) {
            this.latencyJumpFactor = value;
            return this;
        }

        /** The seed of the GA's randomness; 0 by default. */
        public Builder randomSeed(long value) {
            this.randomSeed = value;
            return this;
        }

        /** The fewest closed incidents a component needs before its playbook is evolved, at least 1; 5 by default. */
        public Builder minIncidents(int value) {
            this.minIncidents = value;
            return this;
        }

        /** Generations of one playbook evolution, at least 1; 30 by default. */
        public Builder playbookGenerations(int value) {
            this.playbookGenerations = value;
            return this;
        }

        /**
         * How much shorter, as a fraction in [0, 1), an evolved playbook's expected time to recover must be than
         * the current playbook's to be proposed; 0.05 by default.
         */
        public Builder recoveryMargin(double value) {
            this.recoveryMargin = value;
            return this;
        }

        /**
         * Whether the guard policy is searched with NSGA-II and the front's member the replay's weights prefer is
         * proposed ({@code true}), or with the memetic GA on the weighted score; false by default.
         */
        public Builder paretoFront(boolean value) {
            this.paretoFront = value;
            return this;
        }

        /** The share of one core the agent's thread may use, in [0.01, 1] (1 never pauses); 0.25 by default. */
        public Builder cpuShare(double value) {
            this.cpuShare = value;
            return this;
        }

        /** See {@link OptimizerAgentOptions#plausibleModels()}. */
        public Builder plausibleModels(int value) {
            this.plausibleModels = value;
            return this;
        }

        /** See {@link OptimizerAgentOptions#timeoutMargin()}. */
        public Builder timeoutMargin(double value) {
            this.timeoutMargin = value;
            return this;
        }

        /** See {@link OptimizerAgentOptions#islands()}. */
        public Builder islands(boolean value) {
            this.islands = value;
            return this;
        }

        /** See {@link OptimizerAgentOptions#capacityDrop()}. */
        public Builder capacityDrop(double value) {
            this.capacityDrop = value;
            return this;
        }

        /** See {@link OptimizerAgentOptions#longerTrouble()}. */
        public Builder longerTrouble(double value) {
            this.longerTrouble = value;
            return this;
        }

        /** See {@link OptimizerAgentOptions#maxErrorRise()}. */
        public Builder maxErrorRise(double value) {
            this.maxErrorRise = value;
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException for a bad value, naming the setting and the fix
         */
        public OptimizerAgentOptions build() {
            return new OptimizerAgentOptions(period, anomalyCheck, evaluationBudget, maxRunTime, populationSize,
                    localSearch, replaySeeds, improvementMargin, minTraceCalls, errorRateJump, latencyJumpFactor,
                    randomSeed, minIncidents, playbookGenerations, recoveryMargin, paretoFront, cpuShare,
                    plausibleModels, timeoutMargin, capacityDrop, longerTrouble, islands, maxErrorRise);
        }
    }
}
