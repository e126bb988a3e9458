package io.hms.api.spi;

/**
 * Creates the {@link Optimizer} of a runtime that was not given one, found with
 * {@link java.util.ServiceLoader} (for example by putting {@code hms-ga} on the class path). When none
 * is found the runtime runs without an optimizer and says so once in the log.
 *
 * <pre>{@code
 * // META-INF/services/io.hms.api.spi.OptimizerProvider
 * com.example.MyOptimizerProvider
 * }</pre>
 */
public interface OptimizerProvider {

    /** Creates an optimizer from the provider's own defaults. */
    Optimizer create();
}
