package io.hms.core;

import io.hms.core.admin.AdminEndpoint;
import io.hms.core.admin.AdminOptions;
import io.hms.core.admin.AdminProvider;
import java.util.Iterator;
import java.util.ServiceLoader;

/** Finds the {@link AdminProvider} on the class path and starts it. */
final class AdminStart {

    private AdminStart() {
    }

    /** @throws IllegalStateException naming the dependency to add when no provider is on the class path */
    static AdminEndpoint start(ClassLoader loader, Hms hms, AdminOptions options) {
        Iterator<AdminProvider> providers = ServiceLoader.load(AdminProvider.class, loader).iterator();
        if (!providers.hasNext()) {
            throw new IllegalStateException("the admin API was turned on (Hms.builder().admin(..) or -D"
                    + AdminOptions.PORT_PROPERTY + "=) but no AdminProvider is on the class path; add the dependency"
                    + " io.hms:hms-admin, or leave the admin API off");
        }
        return providers.next().start(hms, options);
    }
}
