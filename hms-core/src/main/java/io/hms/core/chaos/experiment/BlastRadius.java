package io.hms.core.chaos.experiment;

/**
 * How far an experiment may hurt the system before it is aborted and its fault reverted: at most
 * {@code maxLostCalls} calls lost on the component, and, if {@code othersStayUp}, no other component
 * judged DOWN.
 *
 * <pre>{@code new BlastRadius(50, true)}</pre>
 *
 * @param maxLostCalls lost calls that abort the run when exceeded
 * @param othersStayUp whether another component going DOWN aborts the run
 */
public record BlastRadius(long maxLostCalls, boolean othersStayUp) {

    /** Validates the argument. */
    public BlastRadius {
        if (maxLostCalls < 0) {
            throw new IllegalArgumentException("maxLostCalls must be >= 0, got " + maxLostCalls);
        }
    }

    /** Up to 100 lost calls, other components must stay up. */
    public static BlastRadius defaults() {
        return new BlastRadius(100, true);
    }
}
