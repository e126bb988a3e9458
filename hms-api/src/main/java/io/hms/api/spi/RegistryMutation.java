package io.hms.api.spi;

import io.hms.api.FunctionDescriptor;
import io.hms.api.policy.ComponentPolicy;
import java.util.List;

/**
 * A change to the registry's replicable state, committed through the {@link Coordinator} so that
 * every instance applies the same changes in the same order.
 */
public sealed interface RegistryMutation {

    /**
     * A component's policy becomes a new version.
     *
     * <p>A coordinator that keeps only the latest versions of each policy numbers the commits it
     * tells, so that a registry rebuilt from them numbers its versions as the registries that saw
     * every commit do; a commit made by a caller, or told by a coordinator that does not number them,
     * has version 0 and becomes the registry's next version. The version takes part in
     * {@code equals}: compare a commit told back by a coordinator with the one sent through
     * {@link #unnumbered()}.
     *
     * <p>A caller that numbers its commit asks for a compare-and-set: the commit must make exactly
     * {@code version}, so it is applied only while the component is at {@code version - 1} in the
     * coordinator's order of commits, and otherwise refused with a
     * {@link PolicyVersionConflictException} naming the current version. Of several commits numbered
     * alike, exactly one is applied. A commit numbered 0 is applied whatever the current version. (The
     * embedded local coordinator does not number commits: it applies them at once on the committing
     * thread, and the registry skips one whose version it already holds.)
     *
     * @param component the component
     * @param policy    the policy
     * @param source    who made it, e.g. {@code "patch:<id>"}
     * @param version   the version this commit makes (2 for a component's first commit, since version 1
     *                  is the policy it was registered with), or 0 to leave the numbering to the registry
     */
    record PolicyCommit(String component, ComponentPolicy policy, String source, long version)
            implements RegistryMutation {

        /** Validates the version. */
        public PolicyCommit {
            if (version != 0 && version < 2) {
                throw new IllegalArgumentException("a committed policy version is at least 2 (version 1 is the"
                        + " registered policy), or 0 for the registry's next; got " + version);
            }
        }

        /** A commit that becomes the registry's next version. */
        public PolicyCommit(String component, ComponentPolicy policy, String source) {
            this(component, policy, source, 0);
        }

        /** This commit without its version number, as a caller makes it. */
        public PolicyCommit unnumbered() {
            return version == 0 ? this : new PolicyCommit(component, policy, source);
        }
    }

    /**
     * The functions an instance offers, replacing what it published before.
     *
     * @param nodeId      the instance
     * @param descriptors its functions
     */
    record DescriptorsPublished(String nodeId, List<FunctionDescriptor> descriptors)
            implements RegistryMutation {

        /** Copies the list. */
        public DescriptorsPublished {
            descriptors = List.copyOf(descriptors);
        }
    }
}
