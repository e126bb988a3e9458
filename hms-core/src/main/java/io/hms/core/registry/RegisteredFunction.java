package io.hms.core.registry;

import io.hms.api.FallbackFunction;
import io.hms.api.FunctionDescriptor;
import io.hms.api.FunctionKind;
import io.hms.api.HealthCheckFunction;
import io.hms.api.OptimizeFunction;
import io.hms.api.RepairFunction;
import java.util.Objects;

/**
 * A function in the registry: its replicable descriptor, the local callable, and where it came from.
 *
 * @param descriptor what it is
 * @param invoker    the callable; its type matches the kind ({@link HealthCheckFunction},
 *                   {@link RepairFunction}, {@link FallbackFunction}, {@link OptimizeFunction})
 * @param origin     where it was registered, e.g. {@code com.acme.Inventory#ping()} or {@code plugin com.acme.P}
 */
public record RegisteredFunction(FunctionDescriptor descriptor, Object invoker, String origin) {

    /** Checks that the invoker matches the kind. */
    public RegisteredFunction {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(invoker, "invoker");
        Objects.requireNonNull(origin, "origin");
        Class<?> expected = switch (descriptor.kind()) {
            case HEALTH_CHECK -> HealthCheckFunction.class;
            case REPAIR -> RepairFunction.class;
            case FALLBACK -> FallbackFunction.class;
            case OPTIMIZE -> OptimizeFunction.class;
        };
        if (!expected.isInstance(invoker)) {
            throw new IllegalArgumentException(origin + ": a " + descriptor.kind() + " function must be a "
                    + expected.getSimpleName() + ", got " + invoker.getClass().getName());
        }
    }

    /** The component it serves. */
    public String component() {
        return descriptor.component();
    }

    /** Its name. */
    public String name() {
        return descriptor.name();
    }

    /** Its kind. */
    public FunctionKind kind() {
        return descriptor.kind();
    }

    /** The health check; only for {@link FunctionKind#HEALTH_CHECK}. */
    public HealthCheckFunction healthCheck() {
        return (HealthCheckFunction) invoker;
    }

    /** The repair; only for {@link FunctionKind#REPAIR}. */
    public RepairFunction repair() {
        return (RepairFunction) invoker;
    }

    /** The fallback; only for {@link FunctionKind#FALLBACK}. */
    public FallbackFunction fallback() {
        return (FallbackFunction) invoker;
    }

    /** The optimize hook; only for {@link FunctionKind#OPTIMIZE}. */
    public OptimizeFunction optimize() {
        return (OptimizeFunction) invoker;
    }
}
