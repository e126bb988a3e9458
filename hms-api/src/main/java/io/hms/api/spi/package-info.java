/**
 * Service-provider interfaces: how plugins contribute functions ({@link io.hms.api.spi.HmsPlugin},
 * found with {@link java.util.ServiceLoader}) and how a cluster coordinates
 * ({@link io.hms.api.spi.Coordinator}).
 */
package io.hms.api.spi;
