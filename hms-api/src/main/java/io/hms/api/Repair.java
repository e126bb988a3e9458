package io.hms.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that repairs a component, one rung of its repair ladder.
 *
 * <p>Level 1 is the cheapest repair (reset a connection), higher levels cost more (restart a
 * client, fail over). The healer runs levels in order and verifies with the component's health
 * checks after each, escalating only when the component is still unhealthy.
 *
 * <p>The method takes no arguments or one {@link RepairContext}, and returns {@code void} (returning
 * normally means the repair ran) or {@code boolean} ({@code false} means it could not run). A repair
 * that throws is recorded and escalated; one that does not return within {@link #timeout()} is
 * abandoned (its thread is interrupted) and escalated.
 *
 * <pre>{@code
 * @Repair(component = "inventory", level = 1, timeout = "2s")
 * void resetPool() { pool.evictAll(); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Repair {

    /** The component this repair heals; it must be declared with the runtime or a plugin. */
    String component();

    /** The rung of the ladder, 1 for the cheapest; at least 1. */
    int level();

    /** The function's name in the registry; the method name when empty. */
    String name() default "";

    /** How long the repair may run before it is abandoned, e.g. {@code 2s}. */
    String timeout() default "5s";
}
