/**
 * The meta-metrics that prove healing works. {@link io.hms.core.chaos.metrics.ChaosMetrics} follows the
 * event bus and the experiment reports and publishes, as Micrometer meters and as a snapshot, the time to
 * detect and to recover per component and fault kind ({@code hms.chaos.detection}, {@code hms.chaos.mttr}),
 * the experiments' outcomes, the monitor's alarms and the share of them raised while no fault was injected
 * (the false-positive rate), and the repairs' success per level. {@link io.hms.core.chaos.metrics.Distribution}
 * summarises measured durations (count, p50, p95, max).
 *
 * <pre>{@code
 * ChaosMetrics.Snapshot meta = hms.chaosMetrics().snapshot();   // followed while chaos is enabled
 * Distribution mttr = meta.mttr().get("inventory/kill");
 * }</pre>
 *
 * <p>Depends on the experiments ({@code io.hms.core.chaos.experiment}) for their reports; nothing in chaos
 * depends on it.
 */
package io.hms.core.chaos.metrics;
