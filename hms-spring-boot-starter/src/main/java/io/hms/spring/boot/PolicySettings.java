package io.hms.spring.boot;

import io.hms.api.policy.ComponentPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A component's policy settings given as the keys of {@code hms.components.<name>.*} without that prefix
 * ({@code timeout}, {@code breaker.failure-rate-threshold}), laid over a policy: how the {@code hms} endpoint takes
 * a patch, written {@code "timeout=300ms, breaker.failure-rate-threshold=40"}.
 */
public final class PolicySettings {

    private static final String ROOT = "settings";

    private PolicySettings() {
    }

    /**
     * {@code base} with {@code settings} laid over it.
     *
     * @throws HmsPropertyException naming the setting that is unknown or whose value cannot be used
     */
    public static ComponentPolicy over(ComponentPolicy base, Map<String, String> settings) {
        Map<String, String> rooted = new LinkedHashMap<>();
        settings.forEach((key, value) -> rooted.put(ROOT + "." + key, value));
        ComponentProperties properties = new ComponentProperties();
        try {
            new Binder(new MapConfigurationPropertySource(rooted)).bind(ROOT, Bindable.ofInstance(properties),
                    new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
        } catch (BindException e) {
            if (e.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
                throw new HmsPropertyException(unbound.getUnboundProperties().stream()
                        .map(p -> local(p.getName().toString())).sorted().collect(Collectors.joining(", ")),
                        "no such setting; the settings are those of hms.components.<name>, such as timeout or"
                                + " breaker.failure-rate-threshold");
            }
            String property = e.getProperty() != null ? local(e.getProperty().getName().toString())
                    : local(e.getName().toString());
            throw new HmsPropertyException(property, "cannot be read as "
                    + e.getTarget().getType() + (e.getCause() != null ? ": " + e.getCause().getMessage() : ""));
        }
        return ComponentPolicies.over(base, "", properties);
    }

    /**
     * The settings of {@code text}: {@code key=value} pairs separated by commas, semicolons or new lines.
     *
     * @throws HmsPropertyException naming a pair that is not {@code key=value}
     */
    public static Map<String, String> parse(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : text.split("[,;\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new HmsPropertyException("settings", "'" + pair.strip() + "' is no key=value pair; write them"
                        + " as \"timeout=300ms, breaker.failure-rate-threshold=40\"");
            }
            settings.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return settings;
    }

    private static String local(String name) {
        return name.length() > ROOT.length() ? name.substring(ROOT.length() + 1) : name;
    }
}
