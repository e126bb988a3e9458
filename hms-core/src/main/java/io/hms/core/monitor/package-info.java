/**
 * The Monitor agent: runs every registered health check on its schedule, judges each component's
 * health with the hysteresis of its {@link io.hms.api.policy.HealthPolicy}, and publishes
 * {@link io.hms.api.event.HealthChanged} when a component's status changes.
 *
 * <p>{@link io.hms.core.monitor.Monitor} is the agent; {@link io.hms.core.monitor.HealthProbe} runs a
 * component's checks once on demand (the healer verifies its repairs with it);
 * {@link io.hms.core.monitor.HealthInterceptor} lets the chaos agent fail a killed component's checks
 * and hear of repairs without the monitor or the healer knowing chaos. The rest of the package
 * (the hysteresis rule, the per-component and per-check state) is package-private machinery.
 */
package io.hms.core.monitor;
