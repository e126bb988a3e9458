package io.hms.core.registry;

import io.hms.api.spi.HmsPlugin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads {@link HmsPlugin}s with {@link ServiceLoader} and applies each one's registrations as one
 * batch. A plugin that cannot be instantiated, throws from {@code contribute}, or registers something
 * invalid is reported and skipped whole; the others still load.
 */
public final class PluginLoader {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);
    private static final int MAX_PROVIDER_ERRORS = 100;

    private PluginLoader() {
    }

    /** Discovers the plugins visible to {@code loader} and applies them to {@code registry}. */
    public static PluginReport discover(ClassLoader loader, FunctionRegistry registry) {
        return discover(loader, registry, List.of());
    }

    /**
     * Discovers the plugins visible to {@code loader} and applies them to {@code registry}, except those
     * of a class among {@code explicit}: a plugin both added explicitly (and applied with {@link #apply})
     * and listed in a services file is applied once, as it was added (it may carry its configuration).
     */
    public static PluginReport discover(ClassLoader loader, FunctionRegistry registry,
                                        List<? extends HmsPlugin> explicit) {
        Set<Class<?>> given = new HashSet<>();
        explicit.forEach(plugin -> given.add(plugin.getClass()));
        List<HmsPlugin> plugins = new ArrayList<>();
        List<PluginReport.Failure> failures = new ArrayList<>();
        Iterator<HmsPlugin> it = ServiceLoader.load(HmsPlugin.class, loader).iterator();
        for (int errors = 0; errors < MAX_PROVIDER_ERRORS; ) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                HmsPlugin plugin = it.next();
                if (given.contains(plugin.getClass())) {
                    LOG.debug("discovered HMS plugin {} was added explicitly already; applied once", plugin.getClass());
                } else {
                    plugins.add(plugin);
                }
            } catch (ServiceConfigurationError | RuntimeException e) {
                errors++;
                failures.add(failure("(not instantiated)", e));
            }
        }
        PluginReport applied = apply(plugins, registry);
        failures.addAll(applied.failures());
        return new PluginReport(applied.loaded(), failures);
    }

    /** Applies each plugin as one batch, in order. */
    public static PluginReport apply(List<? extends HmsPlugin> plugins, FunctionRegistry registry) {
        List<String> loaded = new ArrayList<>();
        List<PluginReport.Failure> failures = new ArrayList<>();
        for (HmsPlugin plugin : plugins) {
            String name = nameOf(plugin);
            try {
                StagedRegistrar registrar = new StagedRegistrar("plugin " + name);
                plugin.contribute(registrar);
                registrar.applyTo(registry);
                loaded.add(name);
                LOG.debug("loaded HMS plugin {}", name);
            } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
                failures.add(failure(name, e));
            }
        }
        return new PluginReport(loaded, failures);
    }

    private static String nameOf(HmsPlugin plugin) {
        try {
            return plugin.name();
        } catch (RuntimeException e) {
            return plugin.getClass().getName();
        }
    }

    private static PluginReport.Failure failure(String plugin, Throwable e) {
        LOG.warn("HMS plugin {} was skipped: {}", plugin, e.toString());
        return new PluginReport.Failure(plugin, e.toString());
    }
}
