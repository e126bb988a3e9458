package io.hms.api.spi;

/**
 * A bundle of components and functions that HMS discovers with {@link java.util.ServiceLoader}.
 *
 * <p>List the implementation in {@code META-INF/services/io.hms.api.spi.HmsPlugin}; it needs a public
 * no-argument constructor. A plugin that throws from its constructor or from {@link #contribute} is
 * reported and skipped as a whole (nothing it contributed is kept); the other plugins still load.
 *
 * <pre>{@code
 * public final class InventoryPlugin implements HmsPlugin {
 *     public void contribute(Registrar registrar) {
 *         registrar.component(ComponentSpec.of("inventory"))
 *                  .healthCheck("inventory", "ping", () -> client.ping() ? Health.up() : Health.down("no pong"))
 *                  .repair("inventory", "reconnect", 1, Duration.ofSeconds(2), ctx -> client.reconnect());
 *     }
 * }
 * }</pre>
 */
public interface HmsPlugin {

    /** The plugin's name in reports; the class name by default. */
    default String name() {
        return getClass().getName();
    }

    /** Registers the plugin's components and functions. */
    void contribute(Registrar registrar) throws Exception;
}
