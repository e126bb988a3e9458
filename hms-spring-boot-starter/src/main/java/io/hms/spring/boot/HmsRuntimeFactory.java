package io.hms.spring.boot;

import io.hms.api.ComponentSpec;
import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import io.hms.core.admin.AdminOptions;
import io.hms.core.admin.AdminProvider;
import io.hms.core.chaos.ChaosOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/** The {@code Hms} runtime the {@code hms.*} properties describe, built but not started. */
final class HmsRuntimeFactory {

    private HmsRuntimeFactory() {
    }

    /**
     * Builds the runtime.
     *
     * @param properties  the {@code hms.*} properties
     * @param runtimeName the runtime's name, or null for HMS's own (hms-1, hms-2, ...)
     * @param meters      the application's meter registry, or null for the runtime's own
     * @param classLoader where plugins, the optimizer and the admin API are looked for
     * @param customizers what the application adds, in order
     * @throws HmsPropertyException naming a property whose value cannot be used
     */
    static Hms build(HmsProperties properties, String runtimeName, MeterRegistry meters, ClassLoader classLoader,
                     List<HmsBuilderCustomizer> customizers) {
        HmsBuilder builder = Hms.builder().classLoader(classLoader).discoverOptimizer(properties.isOptimizer());
        if (runtimeName != null) {
            valid("hms.runtime-name", () -> builder.runtimeName(runtimeName));
        }
        if (meters != null) {
            builder.meterRegistry(meters);
        }
        if (properties.getTraceCapacity() != null) {
            int capacity = properties.getTraceCapacity();
            valid("hms.trace-capacity", () -> builder.traceCapacity(capacity));
        }
        if (properties.getPlan() != null) {
            valid("hms.plan", () -> builder.plan(properties.getPlan()));
        }
        for (Map.Entry<String, ComponentProperties> component : properties.getComponents().entrySet()) {
            String name = component.getKey();
            builder.component(ComponentSpec.of(name).withPolicy(ComponentPolicies.of(name, component.getValue())));
            if (component.getValue().isClusterBreaker()) {
                builder.clusterBreaker(name);
            }
        }
        builder.chaos(chaos(properties.getChaos()));
        if (properties.getAdmin().isEnabled()) {
            if (ServiceLoader.load(AdminProvider.class, classLoader).findFirst().isEmpty()) {
                throw new HmsPropertyException("hms.admin.enabled", "the admin API is served by io.hms:hms-admin,"
                        + " which is not on the class path; add that dependency, or leave hms.admin.enabled unset");
            }
            builder.admin(admin(properties.getAdmin()));
        }
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    private static ChaosOptions chaos(HmsProperties.Chaos chaos) {
        if (!chaos.isEnabled()) {
            return ChaosOptions.disabled();
        }
        ChaosOptions options = ChaosOptions.enabled();
        return chaos.getMaxDuration() == null ? options
                : valid("hms.chaos.max-duration", () -> options.withMaxDuration(chaos.getMaxDuration()));
    }

    private static AdminOptions admin(HmsProperties.Admin admin) {
        AdminOptions.Builder options = AdminOptions.builder();
        valid("hms.admin.port", () -> options.port(admin.getPort()));
        valid("hms.admin.bind-address", () -> options.bindAddress(address(admin.getBindAddress())));
        if (admin.getToken() != null) {
            valid("hms.admin.token", () -> AdminOptions.builder().token(admin.getToken()).build());
            options.token(admin.getToken());
        }
        if (admin.getTokenFile() != null) {
            options.tokenFile(admin.getTokenFile());
        }
        options.anonymousLoopbackReads(admin.isAnonymousLoopbackReads());
        return valid("hms.admin", options::build);
    }

    private static InetAddress address(String name) {
        try {
            return InetAddress.getByName(name);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("no such address: " + name + "; give an IP address such as 127.0.0.1");
        }
    }

    private static <T> T valid(String property, Supplier<T> setting) {
        try {
            return setting.get();
        } catch (IllegalArgumentException e) {
            throw e instanceof HmsPropertyException ? e : ComponentPolicies.named(property, e.getMessage());
        }
    }
}
