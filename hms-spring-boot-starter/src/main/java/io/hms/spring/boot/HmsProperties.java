package io.hms.spring.boot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code hms.*} properties the starter builds its {@code Hms} bean from. Every setting is optional: a
 * component's policy is {@code ComponentPolicy.defaults()} with what its properties set laid over it.
 *
 * <pre>
 * hms.components.inventory.timeout=300ms
 * hms.components.inventory.breaker.failure-rate-threshold=40
 * hms.components.inventory.health.interval=500ms
 * hms.admin.enabled=true
 * </pre>
 *
 * <p>A key under {@code hms.} that names no setting (a typo such as {@code breaker.failure-rate}) fails the start,
 * rather than leaving the setting at its default unnoticed.
 */
@ConfigurationProperties(prefix = "hms", ignoreUnknownFields = false)
public class HmsProperties {

    /** Whether the starter builds and starts an HMS runtime. */
    private boolean enabled = true;

    /**
     * The runtime's name, the value of its meters' tag hms.runtime; spring.application.name when left out, and
     * hms-1 (or the first of hms-2, ... free on the meter registry) when that is not set either.
     */
    private String runtimeName;

    /**
     * A plan file (YAML) whose components are declared, each with what the plan sets laid over the defaults;
     * needs hms-plan on the class path.
     */
    private Path plan;

    /** The components, by name: each declared with its policy when the runtime is built. */
    private Map<String, ComponentProperties> components = new LinkedHashMap<>();

    /** How many recent call attempts each component's trace keeps for the optimizer; 0 for no traces. */
    private Integer traceCapacity;

    /** Whether an optimizer found on the class path (hms-ga) tunes the guards. */
    private boolean optimizer = true;

    private final Admin admin = new Admin();

    private final Chaos chaos = new Chaos();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getRuntimeName() {
        return runtimeName;
    }

    public void setRuntimeName(String runtimeName) {
        this.runtimeName = runtimeName;
    }

    public Path getPlan() {
        return plan;
    }

    public void setPlan(Path plan) {
        this.plan = plan;
    }

    public Map<String, ComponentProperties> getComponents() {
        return components;
    }

    public void setComponents(Map<String, ComponentProperties> components) {
        this.components = components;
    }

    public Integer getTraceCapacity() {
        return traceCapacity;
    }

    public void setTraceCapacity(Integer traceCapacity) {
        this.traceCapacity = traceCapacity;
    }

    public boolean isOptimizer() {
        return optimizer;
    }

    public void setOptimizer(boolean optimizer) {
        this.optimizer = optimizer;
    }

    public Admin getAdmin() {
        return admin;
    }

    public Chaos getChaos() {
        return chaos;
    }

    /** {@code hms.admin.*}: the admin API of {@code hms-admin}, off by default. */
    public static class Admin {

        /** Whether the admin API serves (needs hms-admin on the class path). */
        private boolean enabled;

        /** The TCP port; 0 for any free one. */
        private int port;

        /** The address to listen on; loopback by default. */
        private String bindAddress = "127.0.0.1";

        /** The bearer token every request carries; generated at start (and written to the token file) when left out. */
        private String token;

        /** Where a generated token is written; a new file in the temporary directory when left out. */
        private Path tokenFile;

        /** Whether reads need no token when the address is a loopback one. */
        private boolean anonymousLoopbackReads;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public String getBindAddress() {
            return bindAddress;
        }

        public void setBindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
        }

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public Path getTokenFile() {
            return tokenFile;
        }

        public void setTokenFile(Path tokenFile) {
            this.tokenFile = tokenFile;
        }

        public boolean isAnonymousLoopbackReads() {
            return anonymousLoopbackReads;
        }

        public void setAnonymousLoopbackReads(boolean anonymousLoopbackReads) {
            this.anonymousLoopbackReads = anonymousLoopbackReads;
        }
    }

    /** {@code hms.chaos.*}: whether faults may be injected, off by default. */
    public static class Chaos {

        /** Whether chaos may be injected in this runtime (the admin API, the CLI, experiments). */
        private boolean enabled;

        /** The longest a fault may last before it reverts by itself; at most 30 s. */
        private Duration maxDuration;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getMaxDuration() {
            return maxDuration;
        }

        public void setMaxDuration(Duration maxDuration) {
            this.maxDuration = maxDuration;
        }
    }
}
