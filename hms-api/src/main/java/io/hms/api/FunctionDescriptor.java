package io.hms.api;

import java.time.Duration;
import java.util.Objects;

/**
 * The replicable description of a function registered for a component: everything about it except
 * the Java callable.
 *
 * @param component the component it serves, never blank
 * @param name      its name, unique per component and kind, never blank
 * @param kind      what it does
 * @param level     the repair level (1 = cheapest) for {@link FunctionKind#REPAIR}, 0 for the other kinds
 * @param timeout   how long one call may take; positive, or {@link Duration#ZERO} for a health check that
 *                  follows its component's health policy
 * @param interval  how often it runs, for {@link FunctionKind#HEALTH_CHECK} ({@link Duration#ZERO}: the
 *                  component's health-policy interval); {@link Duration#ZERO} for the other kinds
 * @param version   the registration's version, 1 for the first; a re-registration under the same name
 *                  gets the next
 */
public record FunctionDescriptor(
        String component, String name, FunctionKind kind, int level, Duration timeout, Duration interval,
        int version) {

    /** Validates the fields; a message names the field and the value it got. */
    public FunctionDescriptor {
        Names.requireName(component, "component");
        Names.requireName(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(interval, "interval");
        if (kind == FunctionKind.REPAIR && level < 1) {
            throw new IllegalArgumentException("repair level must be at least 1, got " + level);
        }
        if (kind != FunctionKind.REPAIR && level != 0) {
            throw new IllegalArgumentException("only repairs have a level; " + kind + " got " + level);
        }
        boolean followsPolicy = kind == FunctionKind.HEALTH_CHECK;
        if (timeout.isNegative() || (timeout.isZero() && !followsPolicy)) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (interval.isNegative() || (!followsPolicy && !interval.isZero())) {
            throw new IllegalArgumentException(followsPolicy
                    ? "health-check interval must not be negative, got " + interval
                    : "only health checks have an interval; " + kind + " got " + interval);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, got " + version);
        }
    }

    /** A health check that follows its component's health policy for interval and timeout. */
    public static FunctionDescriptor healthCheck(String component, String name) {
        return new FunctionDescriptor(component, name, FunctionKind.HEALTH_CHECK, 0, Duration.ZERO, Duration.ZERO, 1);
    }

    /** A repair at {@code level} abandoned after {@code timeout}. */
    public static FunctionDescriptor repair(String component, String name, int level, Duration timeout) {
        return new FunctionDescriptor(component, name, FunctionKind.REPAIR, level, timeout, Duration.ZERO, 1);
    }

    /** A fallback or optimize hook (kinds without level or interval), with a timeout of one second. */
    public static FunctionDescriptor of(String component, String name, FunctionKind kind) {
        return new FunctionDescriptor(component, name, kind, 0, Duration.ofSeconds(1), Duration.ZERO, 1);
    }

    /** This descriptor with another version. */
    public FunctionDescriptor withVersion(int newVersion) {
        return new FunctionDescriptor(component, name, kind, level, timeout, interval, newVersion);
    }

    /** {@code component/kind/name}, the key a registry files it under. */
    public String key() {
        return component + "/" + kind + "/" + name;
    }
}
