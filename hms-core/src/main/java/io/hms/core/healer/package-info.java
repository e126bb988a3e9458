/**
 * The Healer agent: opens an incident when a component goes DOWN or its breaker opens, runs the
 * component's repair playbook level by level under the component's coordinator lock, verifies each
 * step with the component's health checks, escalates with backoff, and closes the incident with its
 * time to recover.
 *
 * <p>{@link io.hms.core.healer.Healer} is the agent, {@link io.hms.core.healer.HealerOptions} its
 * settings, {@link io.hms.core.healer.Incident} and {@link io.hms.core.healer.IncidentStep} the records
 * it keeps. The rest of the package (the triage state machine, repair passes, the repair budget) is
 * package-private machinery.
 */
package io.hms.core.healer;
