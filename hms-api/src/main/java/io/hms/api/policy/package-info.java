/**
 * Policies: immutable, validated data that govern one component's health checks, guard and repair
 * playbook. A {@link io.hms.api.policy.ComponentPolicy} bundles them; each change of it becomes a new
 * {@link io.hms.api.policy.VersionedPolicy}, proposed as a {@link io.hms.api.policy.PolicyPatch}.
 *
 * <p>Every record validates in its compact constructor and throws {@link IllegalArgumentException}
 * naming the field and the value it got; {@code defaults()} gives sensible starting values and
 * {@code withX} methods derive changed copies.
 */
package io.hms.api.policy;
