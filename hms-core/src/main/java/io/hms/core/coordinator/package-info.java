/**
 * Coordinators for one JVM: {@link io.hms.core.coordinator.LocalCoordinator}, the embedded default,
 * and {@link io.hms.core.coordinator.Coordinators}, which finds a cluster implementation through
 * {@link java.util.ServiceLoader} or falls back to the local one.
 */
package io.hms.core.coordinator;
