package io.hms.api.policy;

import io.hms.api.Names;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a component's policy. Versions start at 1 and grow by one with each change;
 * earlier versions are kept for diff and rollback.
 *
 * @param component the component
 * @param version   the version, from 1
 * @param policy    the policy in force from this version
 * @param time      when it took effect
 * @param source    who made it: {@code "initial"}, {@code "patch:<id>"}, {@code "rollback:<v>"}, ...
 */
public record VersionedPolicy(String component, long version, ComponentPolicy policy, Instant time, String source) {

    /** Validates the fields. */
    public VersionedPolicy {
        Names.requireName(component, "component");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, got " + version);
        }
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(source, "source");
    }
}
