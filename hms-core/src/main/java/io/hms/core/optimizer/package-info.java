/**
 * How the runtime finds and hosts an {@link io.hms.api.spi.Optimizer}: {@link io.hms.core.optimizer.Optimizers}
 * picks the builder's or a discovered one (or none), and {@link io.hms.core.optimizer.RuntimeOptimizerContext}
 * gives it the runtime's components, policies, traces and incidents and the configurator to propose to.
 */
package io.hms.core.optimizer;
