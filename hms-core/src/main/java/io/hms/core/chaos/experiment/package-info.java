/**
 * Chaos experiments: a hypothesis about HMS tested by breaking the system. An
 * {@link io.hms.core.chaos.experiment.Experiment} names the component to watch, the
 * {@link io.hms.core.chaos.experiment.SteadyState} it starts from and must return to, the fault to inject
 * and for how long, what HMS is expected to achieve ({@link io.hms.core.chaos.experiment.Expectations}:
 * detected within, recovered within, at most so many calls lost) and how much harm aborts the run
 * ({@link io.hms.core.chaos.experiment.BlastRadius}).
 *
 * <p>{@link io.hms.core.chaos.experiment.Experiments} (the runtime's {@code hms.experiments()}) runs them one
 * at a time, on demand or on a schedule, on the runtime's scheduler and through the chaos agent, and keeps an
 * immutable {@link io.hms.core.chaos.experiment.ExperimentReport} of each: the outcome, every
 * {@link io.hms.core.chaos.experiment.ExpectationResult}, the
 * {@link io.hms.core.chaos.experiment.ExperimentFigures} and the events seen. A run reads the system through
 * a {@link io.hms.core.chaos.experiment.SystemView}; the runtime supplies one over its guards, monitor and
 * healer.
 *
 * <pre>{@code
 * Experiment kill = Experiment.named("kill-inventory")
 *         .faultUntilRepaired(new KillFault("inventory"), Duration.ofSeconds(10))
 *         .expect(Expectations.recoveredWithin(Duration.ofSeconds(5)).detectedWithin(Duration.ofSeconds(1)))
 *         .build();
 * ExperimentReport report = hms.experiments().run(kill).get(40, TimeUnit.SECONDS);
 * }</pre>
 *
 * <p>Experiments use the agent ({@code io.hms.core.chaos}) and the catalogue ({@code io.hms.core.chaos.fault});
 * neither knows them. How a run proceeds, measures and judges is package-private.
 */
package io.hms.core.chaos.experiment;
