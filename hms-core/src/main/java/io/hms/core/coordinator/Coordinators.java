package io.hms.core.coordinator;

import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorProvider;
import io.hms.core.time.Scheduler;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the coordinator of a runtime that was not given one: the first {@link CoordinatorProvider}
 * on the class path, or else a {@link LocalCoordinator}. Logged at DEBUG: the runtime states its choice
 * in the one INFO line it logs when built.
 */
public final class Coordinators {

    private static final Logger LOG = LoggerFactory.getLogger(Coordinators.class);

    private Coordinators() {
    }

    /** The discovered coordinator, or a local one for {@code nodeId}. */
    public static Coordinator discover(ClassLoader loader, String nodeId, Scheduler scheduler) {
        try {
            Iterator<CoordinatorProvider> providers = ServiceLoader.load(CoordinatorProvider.class, loader).iterator();
            if (providers.hasNext()) {
                CoordinatorProvider provider = providers.next();
                LOG.debug("HMS coordinator from {}", provider.getClass().getName());
                return provider.create();
            }
        } catch (ServiceConfigurationError | RuntimeException e) {
            LOG.warn("the coordinator provider failed ({}); HMS runs with the local coordinator", e.toString());
            return new LocalCoordinator(nodeId, scheduler);
        }
        LOG.debug("no HMS coordinator provider found; running as a single instance with the local coordinator");
        return new LocalCoordinator(nodeId, scheduler);
    }
}
