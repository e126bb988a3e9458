package io.hms.core.registry;

import io.hms.api.ComponentSpec;
import io.hms.api.policy.VersionedPolicy;

/**
 * Told about every change of the registry, synchronously and in order, on the thread that made it.
 * Keep implementations short; an exception is logged and does not undo the change.
 */
public interface RegistryListener {

    /** A component was declared. */
    default void componentDeclared(ComponentSpec spec, VersionedPolicy initial) {
    }

    /** A function was registered (or re-registered under a new version). */
    default void functionRegistered(RegisteredFunction function) {
    }

    /** A function was removed. */
    default void functionUnregistered(RegisteredFunction function) {
    }

    /** A component's policy became a new version. */
    default void policyChanged(VersionedPolicy previous, VersionedPolicy current) {
    }
}
