/**
 * What the optimizer may change: a {@link io.hms.api.optimize.PolicySpace} names the tunable
 * {@link io.hms.api.optimize.Parameter}s of a component's guard policy and the
 * {@link io.hms.api.optimize.ParameterRange} each may take. Plain, validated, replicable data; the
 * optimizer (hms-ga) turns a space into a genome and never proposes a policy outside it.
 */
package io.hms.api.optimize;
