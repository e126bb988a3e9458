package io.hms.core.admin;

import io.hms.core.Hms;

/**
 * Serves the admin API of a runtime; found with {@link java.util.ServiceLoader} when the host turns the
 * admin API on ({@code hms-admin} provides one).
 */
public interface AdminProvider {

    /**
     * Starts serving {@code hms}, which has started, with {@code options}.
     *
     * @throws java.io.UncheckedIOException when the address cannot be bound
     */
    AdminEndpoint start(Hms hms, AdminOptions options);
}
