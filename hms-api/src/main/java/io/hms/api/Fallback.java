package io.hms.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that answers in place of a component when a guarded call fails or is refused.
 *
 * <p>The method takes no arguments or one {@link Throwable} (the final failure) and returns the value
 * the caller receives; it must not return {@code void}. At most one fallback per component.
 *
 * <pre>{@code
 * @Fallback(component = "inventory")
 * Stock cachedStock(Throwable cause) { return cache.lastKnown(); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Fallback {

    /** The component this fallback answers for; it must be declared with the runtime or a plugin. */
    String component();

    /** The function's name in the registry; the method name when empty. */
    String name() default "";
}
