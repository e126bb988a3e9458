/**
 * The optimizer: policy genomes over each component's policy space and fitness by deterministic replay
 * of recorded call traces through the guard pipeline.
 *
 * <ul>
 *   <li>{@link io.hms.ga.PolicyCodec} maps an {@link io.hms.api.optimize.PolicySpace} onto a Jenetics
 *       genotype and back, always to a valid policy inside the space;</li>
 *   <li>{@link io.hms.ga.DependencyModel} reconstructs a dependency's behaviour from a trace, and
 *       {@link io.hms.ga.TraceReplay} scores a candidate policy against it on virtual time with the real
 *       breaker and concurrency limiter ({@link io.hms.ga.ReplayResult}, {@link io.hms.ga.ScoreWeights},
 *       {@link io.hms.ga.LoadModel});</li>
 *   <li>{@link io.hms.ga.PolicyOptimizer} is the configured, immutable engine: a run is a stream of
 *       {@link io.hms.ga.GenerationResult}s, memetic by default ({@link io.hms.ga.LocalSearch}) with one
 *       evaluation budget for genetic and local steps, stopped by {@link io.hms.ga.RunLimits}; fitness is a
 *       {@link io.hms.ga.PolicyFitness};</li>
 *   <li>{@link io.hms.ga.PlaybookEvolver} evolves a repair order and timeouts against the expected time to
 *       recover over an {@link io.hms.ga.IncidentHistory} ({@link io.hms.ga.EvolvedPlaybook});</li>
 *   <li>{@link io.hms.ga.OptimizerAgent} is the runtime's optimizer ({@link io.hms.api.spi.Optimizer}, found
 *       through {@link io.hms.ga.GaOptimizerProvider}): on the leader, periodically and on anomaly, it tunes
 *       guard policies and playbooks and proposes winners as patches ({@link io.hms.ga.OptimizerAgentOptions}).</li>
 *   <li>{@link io.hms.ga.ParetoOptimizer} is the multi-objective alternative: NSGA-II over the four
 *       {@link io.hms.ga.Objectives} of a replay (maximize goodput; minimize error rate, p99, load) from a
 *       {@link io.hms.ga.PolicyObjectives}, answering with a {@link io.hms.ga.PolicyFront} of
 *       {@link io.hms.ga.ParetoPolicy} members, one picked by {@link io.hms.ga.ScoreWeights}.</li>
 * </ul>
 */
package io.hms.ga;
