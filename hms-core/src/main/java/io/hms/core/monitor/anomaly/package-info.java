/**
 * The monitor's early warning: each component's signals sampled per tick and given to a streaming anomaly
 * detector (found with {@link java.util.ServiceLoader}; {@code hms-anomaly} brings a Random Cut Forest), an
 * anomaly that lasts published as {@link io.hms.api.event.AnomalyDetected}, and the healer's early repair
 * when {@link io.hms.core.monitor.anomaly.AnomalyResponse#REPAIR_EARLY} says so.
 */
package io.hms.core.monitor.anomaly;
