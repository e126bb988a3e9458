package io.hms.core.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * What plugin loading did.
 *
 * @param loaded   the names of the plugins applied
 * @param failures the plugins skipped, with why
 */
public record PluginReport(List<String> loaded, List<Failure> failures) {

    /** Copies the lists. */
    public PluginReport {
        loaded = List.copyOf(loaded);
        failures = List.copyOf(failures);
    }

    /** No plugins. */
    public static PluginReport empty() {
        return new PluginReport(List.of(), List.of());
    }

    /** This report followed by {@code other}: the plugins of both, in order. */
    public PluginReport plus(PluginReport other) {
        List<String> allLoaded = new ArrayList<>(loaded);
        allLoaded.addAll(other.loaded());
        List<Failure> allFailures = new ArrayList<>(failures);
        allFailures.addAll(other.failures());
        return new PluginReport(allLoaded, allFailures);
    }

    /**
     * A plugin that was skipped.
     *
     * @param plugin its name, or {@code "(not instantiated)"}
     * @param error  the error
     */
    public record Failure(String plugin, String error) {
    }
}
