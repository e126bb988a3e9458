/**
 * The fault catalogue: immutable descriptions of what the chaos agent may break, one record per
 * {@link io.hms.core.chaos.fault.FaultKind}, all permitted by the sealed {@link io.hms.core.chaos.fault.Fault}
 * so that reports and meters can name every kind. Each record validates its arguments, names its
 * {@link io.hms.core.chaos.fault.Fault#target() target} and describes itself in a few words; it does nothing
 * by itself: {@code hms.chaos().inject(fault, duration)} applies it.
 *
 * <table>
 *   <caption>The catalogue by target</caption>
 *   <tr><th>target</th><th>faults</th></tr>
 *   <tr><td>a component's guarded calls</td><td>{@link io.hms.core.chaos.fault.LatencyFault},
 *       {@link io.hms.core.chaos.fault.ErrorFault} (the calls throw
 *       {@link io.hms.core.chaos.fault.InjectedFailureException}),
 *       {@link io.hms.core.chaos.fault.LimitExhaustionFault}</td></tr>
 *   <tr><td>a component's health</td><td>{@link io.hms.core.chaos.fault.KillFault}, until a repair runs</td></tr>
 *   <tr><td>a host executor</td><td>{@link io.hms.core.chaos.fault.ExecutorExhaustionFault}</td></tr>
 *   <tr><td>the whole JVM ({@code "process"})</td><td>{@link io.hms.core.chaos.fault.CpuSpikeFault},
 *       {@link io.hms.core.chaos.fault.MemoryPressureFault}</td></tr>
 *   <tr><td>this instance's node of the cluster ({@code "coordinator"})</td>
 *       <td>{@link io.hms.core.chaos.fault.NodeKillFault}, {@link io.hms.core.chaos.fault.PartitionFault}, with a
 *       coordinator that offers {@link io.hms.api.spi.ClusterFaults}</td></tr>
 *   <tr><td>one of the runtime's agents</td><td>{@link io.hms.core.chaos.fault.AgentCrashFault}, until the
 *       supervisor restarts it</td></tr>
 * </table>
 *
 * <pre>{@code
 * hms.chaos().inject(new LatencyFault("inventory", Duration.ofMillis(300), 0.5), Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>The catalogue depends on no other chaos package (its Javadoc links to the agent only).
 */
package io.hms.core.chaos.fault;
