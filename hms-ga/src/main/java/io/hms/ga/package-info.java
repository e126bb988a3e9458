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
 *   <li>{@link io.hms.ga.SyntheticWorkloads} generates seeded traces of typical trouble;</li>
 *   <li>{@link io.hms.ga.PolicyEvolver} runs a plain Jenetics engine over codec and replay
 *       ({@link io.hms.ga.EvolvedPolicy}).</li>
 * </ul>
 *
 * <p>To come: memetic search, the Optimizer agent that runs on the cluster leader and hands its winner
 * to the configurator as a {@code PolicyPatch}, and playbook evolution.
 */
package io.hms.ga;
