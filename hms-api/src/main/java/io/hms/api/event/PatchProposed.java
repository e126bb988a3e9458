package io.hms.api.event;

import java.time.Instant;

/**
 * A policy patch was accepted for canary.
 *
 * @param time        when
 * @param component   the component
 * @param patchId     the patch
 * @param baseVersion the version it changes
 * @param source      who proposed it
 * @param reason      why
 */
public record PatchProposed(Instant time, String component, String patchId, long baseVersion, String source,
                            String reason) implements ComponentEvent {
}
