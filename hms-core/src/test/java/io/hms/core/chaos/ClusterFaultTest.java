package io.hms.core.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.event.ChaosInjected;
import io.hms.api.spi.ClusterFaults;
import io.hms.core.chaos.fault.NodeKillFault;
import io.hms.core.chaos.fault.PartitionFault;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.guard.Guards;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterFaultTest {

    /** Records what the chaos agent asked of the node. */
    private static final class RecordingNode implements ClusterFaults {
        final List<String> calls = new ArrayList<>();
        boolean restartFails;

        @Override
        public void crashNode() {
            calls.add("crash");
        }

        @Override
        public void restartNode() {
            calls.add("restart");
            if (restartFails) {
                throw new IllegalStateException("port 7001 is in use");
            }
        }

        @Override
        public void isolateNode() {
            calls.add("isolate");
        }

        @Override
        public void healNode() {
            calls.add("heal");
        }
    }

    private final ManualScheduler time = new ManualScheduler();
    private final List<String> kinds = new ArrayList<>();
    private final RecordingNode node = new RecordingNode();

    private Chaos chaos(ClusterFaults faults) {
        return new Chaos(ChaosOptions.enabled(), time, new Guards(time, e -> { }), e -> {
            if (e instanceof ChaosInjected i) {
                kinds.add(i.kind() + "@" + i.target());
            }
        }, faults == null ? null : new FakeClusterCoordinator(faults));
    }

    @Test
    void aNodeKillCrashesTheNodeAndItsDeadlineRestartsIt() {
        Chaos chaos = chaos(node);
        ActiveFault kill = chaos.inject(new NodeKillFault(), Duration.ofSeconds(5));
        assertThat(node.calls).containsExactly("crash");
        assertThat(kinds).containsExactly("node_kill@coordinator");

        time.advance(Duration.ofSeconds(5)); // the restart runs off the scheduler thread

        assertThat(kill.reverted()).succeedsWithin(Duration.ofSeconds(10))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("deadline"));
        assertThat(kill.isActive()).isFalse();
        assertThat(node.calls).containsExactly("crash", "restart");
    }

    @Test
    void aRestartThatFailsIsReportedWithTheRevert() {
        node.restartFails = true;
        Chaos chaos = chaos(node);
        ActiveFault kill = chaos.inject(new NodeKillFault(), Duration.ofSeconds(5));

        kill.revert();

        assertThat(kill.reverted()).isCompleted();
        assertThat(kill.reverted().join().reason()).contains("the revert failed: port 7001 is in use");
    }

    @Test
    void aPartitionIsolatesTheNodeAndCloseHealsIt() {
        Chaos chaos = chaos(node);
        chaos.inject(new PartitionFault(), Duration.ofSeconds(5));
        chaos.close();
        assertThat(node.calls).containsExactly("isolate", "heal");
    }

    @Test
    void oneClusterFaultAtATime() {
        Chaos chaos = chaos(node);
        chaos.inject(new PartitionFault(), Duration.ofSeconds(5));
        assertThatThrownBy(() -> chaos.inject(new NodeKillFault(), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("revert it first");
        assertThat(node.calls).containsExactly("isolate");
    }

    @Test
    void theLocalCoordinatorCannotBeKilledAndTheMessageSaysWhatToDo() {
        try (LocalCoordinator local = new LocalCoordinator("node-1", time)) {
            Chaos chaos = new Chaos(ChaosOptions.enabled(), time, new Guards(time, e -> { }), e -> { }, local);
            assertThatThrownBy(() -> chaos.inject(new NodeKillFault(), Duration.ofSeconds(5)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("LocalCoordinator").hasMessageContaining("RaftConfig.chaosFaults(true)");
            assertThat(chaos.active()).isEmpty();
        }
    }

    @Test
    void clusterFaultsAreRefusedWhileChaosIsDisabled() {
        Chaos chaos = new Chaos(ChaosOptions.disabled(), time, new Guards(time, e -> { }), e -> { },
                new FakeClusterCoordinator(node));
        assertThatThrownBy(() -> chaos.inject(new PartitionFault(), Duration.ofSeconds(5)))
                .isInstanceOf(ChaosDisabledException.class);
        assertThat(node.calls).isEmpty();
    }

    @Test
    void noComponentRepairEndsAClusterFault() {
        assertThatThrownBy(() -> chaos(node).injectUntilRepaired(new NodeKillFault(), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inject(fault, duration)");
    }
}
