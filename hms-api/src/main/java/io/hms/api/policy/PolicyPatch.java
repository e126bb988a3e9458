package io.hms.api.policy;

import io.hms.api.Names;
import java.util.Objects;
import java.util.UUID;

/**
 * A proposed change to a component's policy, from a person, a plan file or the optimizer. It stays
 * pending until it is canaried and promoted (a new version) or rolled back.
 *
 * @param id          unique id of the patch
 * @param component   the component
 * @param baseVersion the version it was derived from; a patch whose base is no longer current is refused,
 *                    when proposed and again, in the coordinator's commit order, when it is promoted: of
 *                    several patches on the same base exactly one becomes version {@code baseVersion + 1}
 * @param candidate   the proposed policy
 * @param source      who proposed it (e.g. {@code "optimizer"}, {@code "operator:alice"})
 * @param reason      why, for people reading the history
 */
public record PolicyPatch(String id, String component, long baseVersion, ComponentPolicy candidate, String source,
                          String reason) {

    /** Validates the fields. */
    public PolicyPatch {
        Objects.requireNonNull(id, "id");
        Names.requireName(component, "component");
        if (baseVersion < 1) {
            throw new IllegalArgumentException("baseVersion must be at least 1, got " + baseVersion);
        }
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    /** A patch with a fresh random id. */
    public static PolicyPatch of(String component, long baseVersion, ComponentPolicy candidate, String source,
                                 String reason) {
        return new PolicyPatch(UUID.randomUUID().toString(), component, baseVersion, candidate, source, reason);
    }
}
