package io.hms.api;

/** A registration that can be undone: closing it stops the deliveries it set up. Idempotent. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Undoes the registration. */
    @Override
    void close();
}
