/**
 * Machinery of the optimizer: gene scales, the mapping between guard policies and parameter values,
 * and the allocation-light pieces of the trace-replay simulator (event queue, latency histogram,
 * virtual clock, random numbers), the generation stepper, evaluation budget and pattern search of the
 * memetic engine, and the agent's tuning runs, anomaly watch and CPU pacer. Not an API; may change without notice.
 */
package io.hms.ga.internal;
