/**
 * Machinery of the {@link io.hms.ga.OptimizerAgent}: the anomaly watch that notices a jump in a component's
 * error rate or latency between looks at its trace, and the CPU pacer that holds the agent's thread to its
 * share of one core. Not an API; may change without notice.
 */
package io.hms.ga.internal;
