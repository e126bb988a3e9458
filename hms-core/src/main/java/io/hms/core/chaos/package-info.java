/**
 * Chaos: HMS breaks things on purpose to prove that it heals. This package is the chaos agent and its
 * entry points. {@link io.hms.core.chaos.Chaos} injects a fault and takes it back (by hand, at its deadline,
 * after a repair of its component, or when the runtime closes); {@link io.hms.core.chaos.ActiveFault} is the
 * handle of one injected fault; {@link io.hms.core.chaos.ChaosOptions} says whether chaos is allowed and
 * within which bounds; {@link io.hms.core.chaos.ChaosDisabledException} is what every injection and
 * experiment meets while it is not, which is the default.
 *
 * <pre>{@code
 * Hms hms = Hms.builder().component("inventory").chaos(ChaosOptions.enabled()).build().start();
 * ActiveFault dead = hms.chaos().injectUntilRepaired(new KillFault("inventory"), Duration.ofSeconds(10));
 * }</pre>
 *
 * <p>The parts, one package each, depending one way (catalogue, then agent, then experiments, then
 * meta-metrics):
 * <ul>
 *   <li>{@link io.hms.core.chaos.fault}: the fault catalogue, immutable descriptions of what may be broken;</li>
 *   <li>{@code io.hms.core.chaos} (this package): the agent that injects, bounds and reverts them;</li>
 *   <li>{@code io.hms.core.chaos.internal}: how each fault is applied and taken back, through neutral hooks of
 *       the guards, the monitor, the supervisor and the coordinator; the agent's alone, not public API;</li>
 *   <li>{@link io.hms.core.chaos.experiment}: experiments that inject a fault and judge whether HMS recovered;</li>
 *   <li>{@link io.hms.core.chaos.metrics}: the meta-metrics that prove healing works.</li>
 * </ul>
 *
 * <p>Cluster faults (this instance's node killed or partitioned) reach the coordinator through
 * {@link io.hms.api.spi.ClusterFaults}, which a coordinator that offers them implements; nothing here knows
 * a cluster implementation. {@code README.md} beside this file gives the whole picture on one page.
 */
package io.hms.core.chaos;
