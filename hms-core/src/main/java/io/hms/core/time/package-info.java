/**
 * Injected time. Agents read time and schedule work through a {@link io.hms.core.time.Scheduler}, so
 * production uses the system clock ({@link io.hms.core.time.SystemScheduler}) while tests and
 * simulations drive time by hand ({@link io.hms.core.time.ManualScheduler}).
 */
package io.hms.core.time;
