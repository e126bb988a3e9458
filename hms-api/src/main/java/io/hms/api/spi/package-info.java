/**
 * Service-provider interfaces: how plugins contribute functions ({@link io.hms.api.spi.HmsPlugin},
 * found with {@link java.util.ServiceLoader}), how a cluster coordinates
 * ({@link io.hms.api.spi.Coordinator}, {@link io.hms.api.spi.CoordinatorProvider}), how a cluster
 * coordinator lets chaos break its node ({@link io.hms.api.spi.ClusterFaults}) and how an optimizer
 * plugs in ({@link io.hms.api.spi.Optimizer}, {@link io.hms.api.spi.OptimizerProvider},
 * {@link io.hms.api.spi.OptimizerContext}).
 */
package io.hms.api.spi;
