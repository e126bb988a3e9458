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
     * @param component the component
     * @param policy    the policy
     * @param source    who made it, e.g. {@code "patch:<id>"}
     */
    record PolicyCommit(String component, ComponentPolicy policy, String source) implements RegistryMutation {
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
