/**
 * Plans: YAML files that declare what an HMS organism should be and do (components and their policies, chaos
 * experiments, optimizer runs), checked against a JSON Schema with every problem reported at its line and
 * column. {@link io.hms.plan.Plans} reads them; {@code Hms.builder().plan(path)} declares their components.
 */
package io.hms.plan;
