package io.hms.api.event;

import java.time.Instant;

/**
 * A policy patch became the component's policy.
 *
 * @param time      when
 * @param component the component
 * @param patchId   the patch
 * @param version   the new policy version
 * @param detail    the canary's figures against the baseline, or {@code "manual"}
 */
public record PatchPromoted(Instant time, String component, String patchId, long version, String detail)
        implements ComponentEvent {
}
