package io.hms.api;

import io.hms.api.spi.LockLease;
import java.time.Duration;
import java.util.Objects;

/**
 * What a repair is told about the incident it serves, and the lease it runs under.
 *
 * <p>Only the holder of the component's lock repairs it; another instance takes the lock over when the holder
 * dies and its lease ends. A repair that writes to something the instances share passes
 * {@link #fencingToken()} with each write, so that the resource refuses a holder whose lease was taken over
 * while it was paused, or asks {@code hms.coordinator().checkFence(context.lease())} before it acts.
 *
 * @param component  the component being repaired
 * @param incidentId the incident, unique within the runtime
 * @param level      the rung being run
 * @param attempt    1 for the first pass over the ladder in this incident, 2 after the first escalation, ...
 * @param reason     why the incident opened (the failing health reason or breaker transition)
 * @param timeout    how long this repair may run before it is abandoned
 * @param lease      the component's lock, held for this repair
 */
public record RepairContext(
        String component, String incidentId, int level, int attempt, String reason, Duration timeout, LockLease lease) {

    /** Validates the lease. */
    public RepairContext {
        Objects.requireNonNull(lease, "lease");
    }

    /** The lease's fencing token: pass it with each write to a shared resource. */
    public long fencingToken() {
        return lease.token();
    }
}
