/**
 * The in-process organism. {@link io.hms.core.Hms} is the runtime a host builds and starts; each
 * agent lives in a package of its own ({@code monitor}, {@code guard}, {@code healer},
 * {@code configurator}, {@code metrics}, {@code chaos}; {@code optimizer} hosts a pluggable optimizer)
 * and talks to the others only through the {@link io.hms.core.event.EventBus} and the
 * {@link io.hms.core.registry.FunctionRegistry}; the chaos agent also acts through two public hooks,
 * {@link io.hms.core.guard.CallFault} and {@link io.hms.core.monitor.HealthInterceptor}, that know
 * nothing of chaos.
 */
package io.hms.core;
