package io.hms.admin;

import io.hms.core.Hms;
import io.hms.core.admin.AdminEndpoint;
import io.hms.core.admin.AdminOptions;
import io.hms.core.admin.AdminProvider;

/** The {@link AdminProvider} that {@link java.util.ServiceLoader} finds in {@code hms-admin}. */
public final class HmsAdminProvider implements AdminProvider {

    /** For {@link java.util.ServiceLoader}. */
    public HmsAdminProvider() {
    }

    @Override
    public AdminEndpoint start(Hms hms, AdminOptions options) {
        return AdminServer.start(hms, options);
    }
}
