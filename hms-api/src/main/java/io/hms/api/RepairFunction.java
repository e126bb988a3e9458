package io.hms.api;

/**
 * A repair in code: one rung of a component's repair ladder. Returns {@code true} when it ran,
 * {@code false} when it could not; throwing counts as failed. Whether the component is healthy again
 * is decided afterwards by its health checks, not by this result. Called on an HMS virtual thread
 * that is interrupted when the repair's timeout passes.
 */
@FunctionalInterface
public interface RepairFunction {

    /** Runs the repair once. */
    boolean repair(RepairContext context) throws Exception;
}
