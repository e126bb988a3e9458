package io.hms.spring.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Calls of this bean method (or of every public method of this bean class) go through the guard of a component:
 * timeout, concurrency limit, circuit breaker, retry and the component's {@code @Fallback}, as
 * {@code hms.guard(component).callChecked(..)} would. It works through Spring's proxies, as {@code @Async} or
 * {@code @Transactional} do: a call from inside the bean to itself is not guarded.
 *
 * <pre>{@code
 * @Service
 * class InventoryClient {
 *     @Guarded("inventory")
 *     Stock stock(String sku) { ... }
 * }
 * }</pre>
 *
 * <p>A component no {@code hms.components.<name>} property declares is declared with the default policy.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Guarded {

    /** The component whose guard the calls go through. */
    String value();
}
