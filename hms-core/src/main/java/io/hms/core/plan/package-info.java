/**
 * The interface through which {@code Hms.builder().plan(path)} reads a plan file; {@code hms-plan} implements it.
 */
package io.hms.core.plan;
