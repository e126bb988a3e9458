package io.hms.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of an {@link HmsTest} class that configures each test's runtime before it is built: it takes one
 * {@code HmsBuilder} (already on the test's manual clock, chaos enabled) and returns nothing. Static or not;
 * those of superclasses run first.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface HmsSetup {
}
