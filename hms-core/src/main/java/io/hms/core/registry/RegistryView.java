package io.hms.core.registry;

import io.hms.api.ComponentSpec;
import io.hms.api.FunctionKind;
import io.hms.api.policy.VersionedPolicy;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a host reads of a runtime's registry: the declared components, their functions and their
 * versioned policies. Read-only: components and functions are registered with
 * {@code Hms.register(...)} (or the builder and plugins), and a policy changes only through
 * {@code hms.configurator()}, which canaries it and commits it through the coordinator before the
 * registry takes it.
 *
 * <pre>{@code
 * VersionedPolicy current = hms.registry().policy("inventory");
 * PolicyPatch patch = PolicyPatch.of("inventory", current.version(), tuned, "operator:alice", "shorter open");
 * hms.configurator().propose(patch);
 * }</pre>
 *
 * <p>Thread-safe; every read sees a consistent state.
 */
public interface RegistryView {

    /** The declared component, if any. */
    Optional<ComponentSpec> component(String name);

    /** The names of the declared components, in declaration order. */
    Set<String> componentNames();

    /** The declared components, in declaration order. */
    List<ComponentSpec> components();

    /**
     * The component's functions of {@code kind}; repairs come in level order.
     *
     * @throws IllegalArgumentException naming the declared components for an unknown one
     */
    List<RegisteredFunction> functions(String component, FunctionKind kind);

    /** Every registered function. */
    List<RegisteredFunction> functions();

    /** One function, if registered. */
    Optional<RegisteredFunction> find(String component, FunctionKind kind, String name);

    /**
     * The component's current policy.
     *
     * @throws IllegalArgumentException naming the declared components for an unknown one
     */
    VersionedPolicy policy(String component);

    /** One version of the component's policy, if it exists and is still kept. */
    Optional<VersionedPolicy> policy(String component, long version);

    /** The versions of the component's policy still kept (the latest ones), oldest first. */
    List<VersionedPolicy> policyHistory(String component);
}
