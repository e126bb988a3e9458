package io.hms.core.plan;

import io.hms.api.ComponentSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a plan file for {@code Hms.builder().plan(path)}: the components it declares, each with its policy.
 * {@code hms-plan} implements it; the builder finds it with {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * Hms hms = Hms.builder().plan(Path.of("checkout.hms.yaml"))      // declares the plan's components
 *         .healthCheck("payments", "ping", payments::ping)        // functions name them as usual
 *         .build().start();
 * }</pre>
 */
public interface PlanReader {

    /**
     * The components {@code plan} declares, in the plan's order, each with the default policy and what the
     * plan sets laid over it.
     *
     * @throws IllegalArgumentException naming every problem of the plan at its file, line and column, with
     *         the fix; the plan is read whole or not at all
     */
    List<ComponentSpec> components(Path plan);
}
