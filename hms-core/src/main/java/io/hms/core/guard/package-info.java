/**
 * The call path: every call to a component passes its {@link io.hms.core.guard.Guard}, which applies
 * timeout ▸ concurrency limit ▸ circuit breaker ▸ retry ▸ fallback and records the outcome into
 * {@link io.hms.core.guard.GuardStats} and, once an optimizer or an experiment has started it, a
 * {@link io.hms.core.guard.CallTrace}.
 *
 * <p>The public face is here: {@link io.hms.core.guard.Guards} (one guard per component),
 * {@link io.hms.core.guard.Guard}, the standalone {@link io.hms.core.guard.CircuitBreaker} and
 * {@link io.hms.core.guard.ConcurrencyLimiter}, and the exceptions. The machinery (breaker states and
 * windows, limit algorithms, the timeout watchdog) lives in {@code io.hms.core.guard.internal}.
 *
 * <p>The hot path is lock-free and allocation-free in steady state (a closed breaker, successful
 * calls): no thread hand-off for timeouts, no per-call objects, refusals thrown as shared
 * stack-less exceptions. Policies are swapped live without losing breaker state or window contents.
 */
package io.hms.core.guard;
