package io.hms.api.spi;

import io.hms.api.ComponentSpec;
import io.hms.api.FallbackFunction;
import io.hms.api.HealthCheckFunction;
import io.hms.api.OptimizeFunction;
import io.hms.api.RepairFunction;
import java.time.Duration;

/**
 * Where components and functions are registered: by a plugin, or by the host through the runtime's
 * builder. Each method returns this registrar for chaining. A function must name a component declared
 * before it (here or earlier); a bad registration throws {@link IllegalArgumentException} naming the
 * place and the fix.
 */
public interface Registrar {

    /** Declares a component. */
    Registrar component(ComponentSpec spec);

    /** Registers a health check that runs at the component's health-policy interval and timeout. */
    Registrar healthCheck(String component, String name, HealthCheckFunction check);

    /** Registers a repair at {@code level} (1 = cheapest) that is abandoned after {@code timeout}. */
    Registrar repair(String component, String name, int level, Duration timeout, RepairFunction repair);

    /** Registers the component's fallback; at most one per component. */
    Registrar fallback(String component, FallbackFunction fallback);

    /** Registers a hook called when a new policy of the component is promoted. */
    Registrar optimize(String component, String name, OptimizeFunction hook);

    /**
     * Registers every {@code @HealthCheck}, {@code @Repair} and {@code @Fallback} method of
     * {@code host}, all or nothing.
     */
    Registrar annotated(Object host);
}
