/**
 * What a host application compiles against to be healed and tuned by HMS.
 *
 * <p>Mark methods with {@link io.hms.api.HealthCheck}, {@link io.hms.api.Repair} and
 * {@link io.hms.api.Fallback}, or register the functional interfaces of this package in code. Each
 * registered function is described by a {@link io.hms.api.FunctionDescriptor}, plain data that can be
 * replicated across a cluster; the callable itself stays in the host's JVM.
 *
 * <p>This module has no dependencies and holds no implementation: annotations, value records, SPI
 * interfaces ({@link io.hms.api.spi}), policies ({@link io.hms.api.policy}) and events
 * ({@link io.hms.api.event}).
 */
package io.hms.api;
