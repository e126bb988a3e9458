package io.hms.consensus.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.consensus.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three node JVMs share one HTTP dependency, each calling it through the guard of a component whose breaker
 * follows the cluster (majority). What the dependency sees decides: a node that has not yet seen a shared
 * outage stops calling once the two others opened; a failure private to one node never stops the others.
 */
@Tag("multi-jvm")
class ClusterBreakerAcrossProcessesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @TempDir
    Path dir;
    SharedDependency dependency;
    ChaosCluster cluster;

    @BeforeEach
    void start() throws Exception {
        dependency = new SharedDependency();
        cluster = new ChaosCluster(dir, 3, List.of("shared=" + dependency.url())).startAll();
        Eventually.value("a leader", PATIENCE, () -> cluster.leader().orElse(null));
    }

    @AfterEach
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
        if (dependency != null) {
            dependency.close();
        }
    }

    @Test
    void aSharedOutageHoldsOpenTheBreakerOfTheNodeThatHasNotSeenItYetAndReleasesItAfter() throws Exception {
        request(0, "CALLS", "40");
        request(1, "CALLS", "40");
        request(2, "CALLS", "1"); // its own window needs 10 calls: ten seconds of a dead dependency
        Eventually.value("every node served", PATIENCE, () -> cluster.addresses.stream()
                .allMatch(a -> dependency.served(a) > 0) ? true : null);

        dependency.down(true);
        Eventually.value("node 2 held open by the cluster", PATIENCE,
                () -> request(2, "BREAKER", null).startsWith("OPEN true") ? true : null);
        long failedWhenHeld = dependency.failed(cluster.addresses.get(2));

        assertThat(failedWhenHeld).as("node 2's calls that reached the dead dependency").isLessThan(10);
        dependency.down(false);
        for (int i = 0; i < 3; i++) {
            int node = i;
            Eventually.value("node " + i + " closed again", PATIENCE,
                    () -> request(node, "BREAKER", null).startsWith("CLOSED") ? true : null);
        }
        assertThat(request(2, "BREAKER", null)).endsWith(" 1"); // held once
    }

    @Test
    void aFailurePrivateToOneNodeNeverOpensTheOthers() throws Exception {
        for (int i = 0; i < 3; i++) {
            request(i, "CALLS", "20");
        }
        String first = cluster.addresses.get(0);
        dependency.downFor(first);
        Eventually.value("node 0 open on its own calls", PATIENCE,
                () -> request(0, "BREAKER", null).startsWith("OPEN false") ? true : null);
        long[] servedThen = {dependency.served(cluster.addresses.get(1)), dependency.served(cluster.addresses.get(2))};

        // the others go on being served well past several of node 0's reports (one a second)
        Eventually.value("nodes 1 and 2 served 80 more calls each", PATIENCE, () ->
                dependency.served(cluster.addresses.get(1)) >= servedThen[0] + 80
                        && dependency.served(cluster.addresses.get(2)) >= servedThen[1] + 80 ? true : null);

        assertThat(request(0, "BREAKER", null)).doesNotStartWith("CLOSED");
        assertThat(request(1, "BREAKER", null)).isEqualTo("CLOSED false 0");
        assertThat(request(2, "BREAKER", null)).isEqualTo("CLOSED false 0");
    }

    private String request(int node, String verb, String arg) {
        try {
            return cluster.node(node).request(verb, arg).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("node " + node + " did not answer " + verb, e);
        }
    }
}
