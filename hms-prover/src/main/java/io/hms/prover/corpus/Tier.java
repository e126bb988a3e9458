package io.hms.prover.corpus;

/**
 * How long a theorem takes: {@link #QUICK} ones are re-proved on every build, {@link #FULL} ones (seconds to
 * minutes with the default strategy) only when the whole corpus runs. A file says {@code ; tier: full}; quick
 * is the default.
 */
public enum Tier {
    /** Proved by the default strategy within a second or so. */
    QUICK,
    /** Takes the default strategy seconds or more, or is out of its reach: where strategies matter. */
    FULL
}
