package io.hms.api.spi;

/**
 * Creates the {@link Coordinator} of a runtime that was not given one, found with
 * {@link java.util.ServiceLoader} (for example by putting {@code hms-consensus} on the class path).
 * When none is found the runtime uses its embedded local coordinator and says so once in the log.
 */
public interface CoordinatorProvider {

    /** Creates a coordinator from the provider's own configuration. */
    Coordinator create();
}
