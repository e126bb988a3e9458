/**
 * The machinery behind {@link io.hms.core.guard}: breaker states and sliding windows, limit
 * algorithms and the limit counter, the timeout watchdog, and the two capabilities that change guards
 * ({@link io.hms.core.guard.internal.GuardControl}, {@link io.hms.core.guard.internal.GuardFaults}),
 * which only the owner of a {@link io.hms.core.guard.Guards} hands out. Not part of the public API;
 * types here may change without notice.
 *
 * <p>Everything on the call path is lock-free and allocation-free in steady state: counters are
 * atomics updated by compare-and-set, state objects are replaced only on transitions. A breaker
 * machine or limit counter made <em>confined</em> keeps the same logic on plain storage (plain
 * {@link io.hms.core.guard.internal.Cells} for the limiter and TIME windows, a plain subclass of
 * {@link io.hms.core.guard.internal.CountWindow} for COUNT windows) for a single-threaded simulation on
 * virtual time: the optimizer's trace replay drives {@link io.hms.core.guard.internal.BreakerMachine}
 * and {@link io.hms.core.guard.internal.LimitCounter} so.
 */
package io.hms.core.guard.internal;
