/**
 * Machinery of the trace replay, allocation-light: the calendar event queue and the heap behind it, the
 * log-linear latency histogram, the virtual clock the guard pieces read, and SplitMix random numbers,
 * counter-based for common random numbers. Not an API; may change without notice.
 */
package io.hms.ga.replay.internal;
