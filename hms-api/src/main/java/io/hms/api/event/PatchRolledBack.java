package io.hms.api.event;

import java.time.Instant;

/**
 * A policy patch was abandoned, or a promoted policy reverted.
 *
 * @param time      when
 * @param component the component
 * @param patchId   the patch, or {@code "manual"} for an operator's rollback
 * @param reason    why, e.g. the canary's error rate against the baseline's
 */
public record PatchRolledBack(Instant time, String component, String patchId, String reason)
        implements ComponentEvent {
}
