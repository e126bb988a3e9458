package io.hms.api;

/**
 * A health check in code: returns the component's health, or throws to report DOWN with the
 * exception as the reason. Called on an HMS virtual thread, with the timeout of its descriptor.
 */
@FunctionalInterface
public interface HealthCheckFunction {

    /** Checks the component once. */
    Health check() throws Exception;
}
