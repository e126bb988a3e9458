package io.hms.core.registry;

import io.hms.api.ComponentSpec;
import java.util.List;

/**
 * Components and functions registered together, all or nothing.
 *
 * @param components the components to declare, each with the place that declared it
 * @param functions  the functions to register
 */
public record RegistrationBatch(List<Declaration> components, List<RegisteredFunction> functions) {

    /** Copies the lists. */
    public RegistrationBatch {
        components = List.copyOf(components);
        functions = List.copyOf(functions);
    }

    /** A batch of functions only. */
    public static RegistrationBatch ofFunctions(List<RegisteredFunction> functions) {
        return new RegistrationBatch(List.of(), functions);
    }

    /**
     * A component declaration and where it was made.
     *
     * @param spec   the component
     * @param origin the place, for error messages
     */
    public record Declaration(ComponentSpec spec, String origin) {
    }
}
