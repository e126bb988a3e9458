/**
 * The optimizer's lab: how GA configurations are compared, kept apart from the optimizer itself.
 *
 * <ul>
 *   <li>{@link io.hms.benchmarks.trial.OperatorTrial} is the A/B harness of two
 *       {@link io.hms.ga.search.PolicyOptimizer} configurations ({@link io.hms.benchmarks.trial.TrialConfiguration}),
 *       COCO-style: the same workloads ({@link io.hms.benchmarks.trial.TrialWorkload}), budget and seeds for
 *       both; per configuration the average runtime to a target and the success rate
 *       ({@link io.hms.benchmarks.trial.TrialSummary}), and a Mann–Whitney rank-sum test of the runtimes
 *       ({@link io.hms.benchmarks.trial.RankSum}), gathered in a {@link io.hms.benchmarks.trial.TrialReport}
 *       of {@link io.hms.benchmarks.trial.TrialRun}s. {@code MemeticTrial} runs it, memetic against plain.</li>
 *   <li>{@link io.hms.benchmarks.trial.PolicyEvolver} is the plain Jenetics engine over the same codec and
 *       replay fitness, the baseline the memetic optimizer was measured against
 *       ({@link io.hms.benchmarks.trial.EvolvedPolicy}).</li>
 * </ul>
 */
package io.hms.benchmarks.trial;
