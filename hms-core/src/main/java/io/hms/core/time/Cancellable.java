package io.hms.core.time;

/** A scheduled task that can be called off. */
@FunctionalInterface
public interface Cancellable {

    /** Calls the task off if it has not run yet; idempotent. */
    void cancel();
}
