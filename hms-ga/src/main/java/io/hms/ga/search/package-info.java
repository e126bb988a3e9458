/**
 * The searches of a component's guard policy: genomes over its policy space, and two engines that evolve
 * them against a fitness, each immutable once built, each run a lazy stream of generations.
 *
 * <pre>{@code
 * PolicyCodec codec = PolicyCodec.of(context.policySpace("inventory"), current);
 * PolicyOptimizer optimizer = PolicyOptimizer.builder(codec, PolicyFitness.replay(replay, 1, 2))
 *         .evaluationBudget(400).randomSeed(7).build();
 * GenerationResult best = optimizer.stream(current.guard())
 *         .takeWhile(RunLimits.byGenerations(30))
 *         .collect(GenerationResult.toBest()).orElseThrow();
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.hms.ga.search.PolicyCodec} maps an {@link io.hms.api.optimize.PolicySpace} onto a Jenetics
 *       genotype and back, always to a valid policy inside the space;</li>
 *   <li>{@link io.hms.ga.search.PolicyOptimizer} is the memetic GA on a scalar
 *       {@link io.hms.ga.search.PolicyFitness}: Jenetics plus a {@link io.hms.ga.search.LocalSearch} on the
 *       best few, one evaluation budget for both; a run streams
 *       {@link io.hms.ga.search.GenerationResult}s, stopped by the budget and by
 *       {@link io.hms.ga.search.RunLimits};</li>
 *   <li>{@link io.hms.ga.search.ParetoOptimizer} is NSGA-II on the four objectives of a
 *       {@link io.hms.ga.search.PolicyObjectives}: a run streams {@link io.hms.ga.search.ParetoGeneration}s
 *       whose {@link io.hms.ga.search.PolicyFront} of {@link io.hms.ga.search.ParetoPolicy} members is the
 *       trade-off, one member picked by a preference;</li>
 *   <li>{@link io.hms.ga.search.OptimizerBuilder} holds what both engines' builders share: codec, population,
 *       evaluation budget, random seed.</li>
 * </ul>
 *
 * <p>Fitness usually comes from {@link io.hms.ga.replay} ({@code PolicyFitness.replay},
 * {@code PolicyObjectives.replay}), but any deterministic function will do. The generation steppers are
 * package-private; the local searches, gene scales and the evaluation budget live in
 * {@code io.hms.ga.search.internal}.
 */
package io.hms.ga.search;
