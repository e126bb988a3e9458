/**
 * HMS in a Spring Boot application: the auto-configuration ({@link io.hms.spring.boot.HmsAutoConfiguration}), the
 * {@code hms.*} properties ({@link io.hms.spring.boot.HmsProperties}), {@link io.hms.spring.boot.Guarded} bean
 * methods and {@link io.hms.spring.boot.HmsBuilderCustomizer}s.
 */
package io.hms.spring.boot;
