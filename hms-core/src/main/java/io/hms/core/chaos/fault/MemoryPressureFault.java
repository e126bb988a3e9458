package io.hms.core.chaos.fault;

/**
 * Holds {@code bytes} of heap (in 1 MiB arrays, touched so they are real) until reverted, then lets
 * them go. Refused when larger than {@link io.hms.core.chaos.ChaosOptions#maxMemoryBytes()} or than half the
 * free heap.
 *
 * <pre>{@code chaos.inject(new MemoryPressureFault(64L << 20), Duration.ofSeconds(2)); }</pre>
 *
 * @param bytes how much to hold, at least 1
 */
public record MemoryPressureFault(long bytes) implements Fault {

    /** Validates the argument. */
    public MemoryPressureFault {
        if (bytes < 1) {
            throw new IllegalArgumentException("bytes must be at least 1, got " + bytes);
        }
    }

    @Override
    public FaultKind kind() {
        return FaultKind.MEMORY_PRESSURE;
    }

    @Override
    public String target() {
        return io.hms.api.event.ChaosInjected.PROCESS;
    }

    @Override
    public String describe() {
        return (bytes >> 20) + " MiB held";
    }
}
