/**
 * The guard's own state machines for a simulation driven by one thread on virtual time: the breaker
 * ({@link io.hms.core.guard.replay.ReplayBreaker}) and the concurrency limit
 * ({@link io.hms.core.guard.replay.ReplayLimit}) of a live guard, with the same states, window and limit
 * logic, on plain fields instead of atomics. A simulator that replays recorded calls through them (the
 * optimizer's trace replay) gets the verdicts a live guard would give, at a fraction of the cost.
 *
 * <p>Not thread-safe: one thread drives each instance.
 */
package io.hms.core.guard.replay;
