package io.hms.core.chaos.fault;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Keeps a host-provided executor busy: submits {@code tasks} tasks that block until the fault is
 * reverted, so the host's own work queues up behind them. Tasks the executor rejects are not retried.
 *
 * <pre>{@code chaos.inject(new ExecutorExhaustionFault("inventory", orderPool, 8), Duration.ofSeconds(2)); }</pre>
 *
 * @param component the component whose work runs on the executor (events and meters are tagged with it)
 * @param executor  the host's executor
 * @param tasks     how many blocking tasks to submit, at least 1 (its thread count to take it all)
 */
public record ExecutorExhaustionFault(String component, Executor executor, int tasks) implements Fault {

    /** Validates the arguments. */
    public ExecutorExhaustionFault {
        FaultChecks.component(component);
        Objects.requireNonNull(executor, "executor");
        FaultChecks.positive(tasks, "tasks");
    }

    @Override
    public FaultKind kind() {
        return FaultKind.EXECUTOR_EXHAUSTION;
    }

    @Override
    public String target() {
        return component;
    }

    @Override
    public String describe() {
        return tasks + " blocking tasks";
    }
}
