package io.hms.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that tells whether a component is healthy.
 *
 * <p>The method takes no arguments and returns {@link Health}, {@code boolean} ({@code false} means
 * DOWN) or {@code void} (returning normally means UP). A method that throws or does not return within
 * {@link #timeout()} counts as a failed check whose reason is the exception or the timeout.
 *
 * <pre>{@code
 * @HealthCheck(component = "inventory", interval = "500ms", timeout = "200ms")
 * Health inventoryReachable() {
 *     return client.ping() ? Health.up() : Health.down("ping failed");
 * }
 * }</pre>
 *
 * <p>Durations are written {@code 250ms}, {@code 2s}, {@code 1m}, {@code 1h} or in ISO-8601
 * ({@code PT0.5S}). An empty value takes the component's {@link io.hms.api.policy.HealthPolicy}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HealthCheck {

    /** The component this check watches; it must be declared with the runtime or a plugin. */
    String component();

    /** The function's name in the registry; the method name when empty. */
    String name() default "";

    /** How often the check runs; the health policy's interval when empty. */
    String interval() default "";

    /** How long one run may take before it counts as failed; the health policy's timeout when empty. */
    String timeout() default "";
}
