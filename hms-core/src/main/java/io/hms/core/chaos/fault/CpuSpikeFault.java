package io.hms.core.chaos.fault;

/**
 * Takes the cores: {@code threads} busy platform threads ({@code hms-chaos-cpu-…}) spin until the
 * fault is reverted; reverting stops and joins them.
 *
 * <pre>{@code chaos.inject(CpuSpikeFault.allCores(), Duration.ofSeconds(2)); }</pre>
 *
 * @param threads how many busy threads, at least 1
 */
public record CpuSpikeFault(int threads) implements Fault {

    /** Validates the argument. */
    public CpuSpikeFault {
        FaultChecks.positive(threads, "threads");
    }

    /** One busy thread per available processor: ~100% CPU. */
    public static CpuSpikeFault allCores() {
        return new CpuSpikeFault(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public FaultKind kind() {
        return FaultKind.CPU_SPIKE;
    }

    @Override
    public String target() {
        return io.hms.api.event.ChaosInjected.PROCESS;
    }

    @Override
    public String describe() {
        return threads + " busy threads";
    }
}
