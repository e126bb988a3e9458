/** How early and how falsely the monitor's anomaly detection warns ({@link io.hms.benchmarks.anomaly.AnomalyBenchmark}). */
package io.hms.benchmarks.anomaly;
