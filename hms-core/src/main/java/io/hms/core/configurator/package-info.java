/**
 * The Configurator agent: applies {@link io.hms.api.policy.PolicyPatch}es. A patch is validated,
 * canaried on a fraction of the component's calls for a bake window, compared with the baseline, and
 * then promoted (committed through the coordinator as a new policy version, on every instance) or
 * rolled back. Manual apply and rollback skip the canary.
 */
package io.hms.core.configurator;
