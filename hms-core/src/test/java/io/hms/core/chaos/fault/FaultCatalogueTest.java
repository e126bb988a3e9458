package io.hms.core.chaos.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.event.ChaosInjected;
import io.hms.api.spi.ClusterFaults;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The catalogue as data: every kind has its record, each names its target and refuses bad arguments. */
class FaultCatalogueTest {

    private static final Executor POOL = Runnable::run;

    private static final List<Fault> ONE_OF_EACH = List.of(
            new LatencyFault("db", Duration.ofMillis(300), 1.0), new ErrorFault("db", 0.5), new KillFault("db"),
            new LimitExhaustionFault("db"), new ExecutorExhaustionFault("db", POOL, 2), new CpuSpikeFault(2),
            new MemoryPressureFault(8L << 20), new NodeKillFault(), new PartitionFault(),
            new AgentCrashFault("healer"));

    @Test
    void everyKindHasOneRecordAndALowercaseTag() {
        assertThat(ONE_OF_EACH).extracting(Fault::kind).containsExactlyInAnyOrderElementsOf(
                EnumSet.allOf(FaultKind.class));
        assertThat(FaultKind.CPU_SPIKE.tag()).isEqualTo("cpu_spike");
    }

    @Test
    void eachFaultNamesWhatItActsOn() {
        assertThat(ONE_OF_EACH).extracting(Fault::target).containsExactly("db", "db", "db", "db", "db",
                ChaosInjected.PROCESS, ChaosInjected.PROCESS, ClusterFaults.TARGET, ClusterFaults.TARGET, "healer");
    }

    @Test
    void clusterFaultsDescribeTheNodeInTermsOfTheCoordinator() {
        assertThat(new NodeKillFault().describe()).isEqualTo("node stopped as in a crash, restarted on revert");
        assertThat(new PartitionFault().describe()).isEqualTo("cluster traffic of this node dropped both ways, "
                + "healed on revert");
    }

    @Test
    void badArgumentsAreRefusedNamingTheArgumentAndTheValue() {
        assertThatThrownBy(() -> new ErrorFault("db", 0)).hasMessage("fraction must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> new LatencyFault("db", Duration.ZERO, 1.0))
                .hasMessage("delay must be positive, got PT0S");
        assertThatThrownBy(() -> new CpuSpikeFault(0)).hasMessage("threads must be at least 1, got 0");
        assertThatThrownBy(() -> new MemoryPressureFault(0)).hasMessage("bytes must be at least 1, got 0");
        assertThatThrownBy(() -> new ExecutorExhaustionFault("db", POOL, 0))
                .hasMessage("tasks must be at least 1, got 0");
        assertThatThrownBy(() -> new KillFault(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component name");
    }
}
