package io.hms.api.spi;

/** Whether a coordinator can currently reach its cluster. */
public enum CoordinatorStatus {
    /** Connected: commits and locks work cluster-wide. */
    ACTIVE,
    /** No quorum: the instance keeps guarding and healing locally on its last known policies. */
    DEGRADED,
    /** Closed. */
    STOPPED
}
