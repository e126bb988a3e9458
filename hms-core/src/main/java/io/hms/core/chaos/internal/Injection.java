package io.hms.core.chaos.internal;

/**
 * How one fault is applied and taken back. {@link #apply()} runs once; {@link #revert()} runs once after
 * it, on any thread, and must leave nothing behind (threads stopped, memory released, places given back).
 */
public interface Injection {

    /**
     * Applies the fault.
     *
     * @throws RuntimeException if it cannot be applied; nothing is left applied then
     */
    void apply();

    /** Takes the fault back; never throws. */
    void revert();
}
