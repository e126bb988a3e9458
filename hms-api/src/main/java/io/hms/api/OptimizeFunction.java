package io.hms.api;

import io.hms.api.policy.ComponentPolicy;

/**
 * A host hook called after a new policy of its component is promoted, so the host can retune what
 * HMS does not own (a pool size matching the new concurrency limit, a client timeout). A hook that
 * throws is logged; the promotion stands.
 */
@FunctionalInterface
public interface OptimizeFunction {

    /** Applies the promoted policy to the host's own resources. */
    void apply(ComponentPolicy promoted) throws Exception;
}
