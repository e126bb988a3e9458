package io.hms.core.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.event.ChaosInjected;
import io.hms.core.chaos.fault.CpuSpikeFault;
import io.hms.core.chaos.fault.ExecutorExhaustionFault;
import io.hms.core.chaos.fault.MemoryPressureFault;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessFaultTest {

    private final ChaosFixture f = new ChaosFixture();

    @AfterEach
    void revertEverything() {
        f.close(); // stops CPU spike threads even when an assertion failed
    }

    private static List<Thread> cpuThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("hms-chaos-cpu-"))
                .toList();
    }

    @Test
    void aCpuSpikeRunsBusyNamedThreadsAndRevertingStopsThemAll() {
        ActiveFault spike = f.chaos.inject(new CpuSpikeFault(2), Duration.ofSeconds(2));

        assertThat(cpuThreads()).hasSize(2).allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
        assertThat(f.events.get(0)).isInstanceOfSatisfying(ChaosInjected.class,
                e -> assertThat(e.target()).isEqualTo(ChaosInjected.PROCESS));

        f.time.advance(Duration.ofSeconds(2)); // the deadline reverts it, joining the threads

        assertThat(spike.isActive()).isFalse();
        assertThat(cpuThreads()).isEmpty();
    }

    @Test
    void memoryPressureIsBoundedByTheOptions() {
        try (ChaosFixture small = new ChaosFixture(ChaosOptions.enabled().withMaxMemoryBytes(1L << 20))) {
            assertThatThrownBy(() -> small.chaos.inject(new MemoryPressureFault(2L << 20), Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxMemoryBytes");
        }
        ActiveFault held = f.chaos.inject(new MemoryPressureFault(8L << 20), Duration.ofSeconds(1));
        assertThat(held.fault().describe()).isEqualTo("8 MiB held");
        f.time.advance(Duration.ofSeconds(1));
        assertThat(held.isActive()).isFalse();
    }

    @Test
    void executorExhaustionOccupiesTheHostPoolUntilReverted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ActiveFault fault = f.chaos.inject(new ExecutorExhaustionFault("db", pool, 2), Duration.ofSeconds(1));
            CompletableFuture<String> hostWork = CompletableFuture.supplyAsync(() -> "done", pool);

            assertThat(hostWork).isNotDone();
            fault.revert();

            assertThat(hostWork.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aProcessFaultCannotEndOnAComponentRepair() {
        assertThatThrownBy(() -> f.chaos.injectUntilRepaired(new CpuSpikeFault(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole JVM");
        assertThat(cpuThreads()).isEmpty();
    }
}
