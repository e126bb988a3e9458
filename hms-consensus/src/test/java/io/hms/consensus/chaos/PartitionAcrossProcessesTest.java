package io.hms.consensus.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.consensus.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partition between processes: three node JVMs, the leader's cut off inside its own process only. The
 * others cannot reach it (its server answers nothing) and it cannot reach them, so the majority elects a
 * new leader and commits on; after the heal the isolated node catches up.
 */
@Tag("multi-jvm")
class PartitionAcrossProcessesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    ChaosCluster cluster;

    @AfterEach
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static <T> T eventually(String what, Supplier<T> probe) {
        return Eventually.value(what, PATIENCE, probe);
    }

    private String ask(int node, String verb, String arg) {
        try {
            return cluster.node(node).request(verb, arg).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    void anIsolatedLeaderProcessStepsDownTheOthersCommitAndTheHealCatchesItUp() {
        cluster = new ChaosCluster(dir, 3).startAll();
        int leader = eventually("a leader", () -> cluster.leader().orElse(null));
        assertThat(ask(leader, "W", "v1")).isNotNull();

        assertThat(ask(leader, "ISOLATE", null)).isEqualTo("");

        int next = eventually("another leader", () -> {
            for (int i = 0; i < cluster.size(); i++) {
                if (i != leader && "leader".equals(ask(i, "ROLE", null))) {
                    return i;
                }
            }
            return null;
        });
        assertThat(ask(next, "W", "v2")).as("the majority commits").isNotNull();
        assertThat(ask(next, "W", "v3")).isNotNull();
        eventually("the isolated node stepped down", () -> "follower".equals(ask(leader, "ROLE", null)) ? true : null);
        assertThat(ask(leader, "LOG", null)).as("nothing reached the isolated node").isEqualTo("v1");

        assertThat(ask(leader, "HEAL", null)).isEqualTo("");

        eventually("the healed node caught up", () -> "v1,v2,v3".equals(ask(leader, "LOG", null)) ? true : null);
    }
}
