/**
 * The optimizer of HMS: the {@link io.hms.ga.OptimizerAgent}, which tunes each component's guard policy
 * and repair playbook on the cluster leader and proposes the winners as patches. Start here.
 *
 * <pre>{@code
 * Hms hms = Hms.builder()
 *         .component("inventory")
 *         .optimizer(OptimizerAgent.create(OptimizerAgentOptions.builder().cpuShare(0.1).build()))
 *         .build().start();
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.hms.ga.OptimizerAgent} is the runtime's optimizer ({@link io.hms.api.spi.Optimizer}): it
 *       reads traces, incidents and policies through an {@link io.hms.api.spi.OptimizerContext}, searches on
 *       one low-priority thread within a CPU share, and proposes through the configurator;</li>
 *   <li>{@link io.hms.ga.OptimizerAgentOptions} says when it runs, how much it may spend and when a winner is
 *       good enough (a validating builder that starts from {@code defaults()});</li>
 *   <li>{@link io.hms.ga.GuardTuner} is one guard search as the agent runs it, for a host or a harness to run
 *       itself: plausible models of the dependency, a timeout floor, the memetic GA, and a
 *       {@link io.hms.ga.TuningVerdict} that proposes the winner only when the lower confidence bound of its
 *       gain over the current policy clears the margin;</li>
 *   <li>{@link io.hms.ga.GaOptimizerProvider} makes the agent the optimizer of any runtime with hms-ga on its
 *       class path ({@code ServiceLoader}).</li>
 * </ul>
 *
 * <p>What the agent is built from, one package per concern, each usable on its own:
 *
 * <ul>
 *   <li>{@link io.hms.ga.replay}: fitness by deterministic replay of a recorded trace against a model of the
 *       dependency, through the real breaker and limiter, on virtual time;</li>
 *   <li>{@link io.hms.ga.search}: the searches of a guard policy over its policy space, the memetic GA
 *       ({@link io.hms.ga.search.PolicyOptimizer}) and NSGA-II ({@link io.hms.ga.search.ParetoOptimizer});</li>
 *   <li>{@link io.hms.ga.playbook}: evolution of a repair playbook over the incident history.</li>
 * </ul>
 *
 * <p>Dependencies point one way: this package uses {@code search}, {@code replay} and {@code playbook};
 * {@code search} uses {@code replay}; {@code replay} and {@code playbook} use neither. Each package keeps its
 * machinery in an {@code internal} sub-package (or package-private classes): not an API.
 */
package io.hms.ga;
