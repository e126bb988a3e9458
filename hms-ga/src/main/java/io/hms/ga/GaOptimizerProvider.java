package io.hms.ga;

import io.hms.api.spi.Optimizer;
import io.hms.api.spi.OptimizerProvider;

/**
 * Makes hms-ga's {@link OptimizerAgent} (with {@link OptimizerAgentOptions#defaults()}) the optimizer of
 * any runtime that has hms-ga on its class path and was not given another; registered in
 * {@code META-INF/services/io.hms.api.spi.OptimizerProvider}.
 */
public final class GaOptimizerProvider implements OptimizerProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public GaOptimizerProvider() {
    }

    @Override
    public Optimizer create() {
        return OptimizerAgent.create(OptimizerAgentOptions.defaults());
    }
}
