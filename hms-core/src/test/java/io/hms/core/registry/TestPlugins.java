package io.hms.core.registry;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.spi.HmsPlugin;
import io.hms.api.spi.Registrar;
import java.io.IOException;
import java.time.Duration;

/** Plugins for {@link PluginDiscoveryTest}; listed only in services files of a temporary directory. */
public final class TestPlugins {

    private TestPlugins() {
    }

    /** Declares {@code alpha} with a health check. */
    public static final class Alpha implements HmsPlugin {
        @Override
        public void contribute(Registrar registrar) {
            registrar.component(ComponentSpec.of("alpha")).healthCheck("alpha", "ping", Health::up);
        }
    }

    /** Declares {@code beta} with a repair, under its own name. */
    public static final class Beta implements HmsPlugin {
        @Override
        public String name() {
            return "beta-plugin";
        }

        @Override
        public void contribute(Registrar registrar) {
            registrar.component(ComponentSpec.of("beta"))
                    .repair("beta", "reconnect", 1, Duration.ofSeconds(1), ctx -> true);
        }
    }

    /** Cannot be instantiated. */
    public static final class ThrowsInConstructor implements HmsPlugin {
        public ThrowsInConstructor() {
            throw new IllegalStateException("no config file");
        }

        @Override
        public void contribute(Registrar registrar) {
            registrar.component(ComponentSpec.of("never"));
        }
    }

    /** Declares {@code gamma}, then fails. */
    public static final class ThrowsInContribute implements HmsPlugin {
        @Override
        public void contribute(Registrar registrar) throws IOException {
            registrar.component(ComponentSpec.of("gamma")).healthCheck("gamma", "ping", Health::up);
            throw new IOException("cannot reach the config server");
        }
    }

    /** Declares {@code delta} but registers a repair for a component nobody declared. */
    public static final class UnknownComponent implements HmsPlugin {
        @Override
        public void contribute(Registrar registrar) {
            registrar.component(ComponentSpec.of("delta"))
                    .healthCheck("delta", "ping", Health::up)
                    .repair("nowhere", "fix", 1, Duration.ofSeconds(1), ctx -> true);
        }
    }
}
