package io.hms.core.optimizer;

import io.hms.api.spi.Optimizer;
import io.hms.api.spi.OptimizerContext;
import io.hms.api.spi.OptimizerProvider;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the optimizer of a runtime that was not given one: the first {@link OptimizerProvider} on the
 * class path, or none. Logged at DEBUG: the runtime states its choice in the one INFO line it logs when
 * built. A runtime without an optimizer runs as usual; its policies
 * change only through patches from people and plans.
 *
 * <pre>{@code
 * Optional<Optimizer> optimizer = Optimizers.discover(classLoader);
 * optimizer.ifPresent(o -> o.start(context));
 * }</pre>
 *
 * Thread-safe (stateless).
 */
public final class Optimizers {

    private static final Logger LOG = LoggerFactory.getLogger(Optimizers.class);

    private Optimizers() {
    }

    /** The optimizer of the first provider found in {@code loader}, or empty. Never throws. */
    public static Optional<Optimizer> discover(ClassLoader loader) {
        try {
            Iterator<OptimizerProvider> providers = ServiceLoader.load(OptimizerProvider.class, loader).iterator();
            if (providers.hasNext()) {
                OptimizerProvider provider = providers.next();
                Optimizer optimizer = provider.create();
                LOG.debug("HMS optimizer '{}' from {}", optimizer.name(), provider.getClass().getName());
                return Optional.of(optimizer);
            }
        } catch (ServiceConfigurationError | RuntimeException e) {
            LOG.warn("the optimizer provider failed ({}); HMS runs without an optimizer", e.toString());
            return Optional.empty();
        }
        LOG.debug("no HMS optimizer provider found; running without self-optimization (add hms-ga to enable it)");
        return Optional.empty();
    }

    /**
     * Starts {@code optimizer} in {@code context}; an optimizer that throws is logged and closed, and the
     * runtime goes on without it.
     *
     * @return whether it started
     */
    public static boolean start(Optimizer optimizer, OptimizerContext context) {
        try {
            optimizer.start(context);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("optimizer '{}' failed to start; HMS runs without it", optimizer.name(), e);
            close(optimizer);
            return false;
        }
    }

    /** Closes {@code optimizer}, logging instead of throwing. */
    public static void close(Optimizer optimizer) {
        try {
            optimizer.close();
        } catch (RuntimeException e) {
            LOG.warn("optimizer '{}' failed to close cleanly", optimizer.name(), e);
        }
    }
}
