package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.BreakerState;
import io.hms.api.spi.SwarmReport;
import io.hms.api.spi.SwarmReport.BreakerWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwarmReportsTest {

    @TempDir
    Path dir;
    TestCluster cluster;
    final Map<String, List<SwarmReport>> heard = new ConcurrentHashMap<>();

    @BeforeEach
    void start() {
        cluster = new TestCluster(dir, 3);
        cluster.nodes.forEach((address, node) -> {
            List<SwarmReport> reports = new CopyOnWriteArrayList<>();
            heard.put(address, reports);
            node.onReport(reports::add);
        });
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void aReportFromAFollowerReachesEveryInstanceAndANewListenerHearsTheLatestOfEach() throws Exception {
        RaftCoordinator leader = cluster.leader();
        RaftCoordinator follower = cluster.nodes.values().stream().filter(n -> n != leader).findFirst().orElseThrow();
        BreakerWindow closed = new BreakerWindow(follower.nodeId(), "db", 40, 2, BreakerState.CLOSED, false);
        BreakerWindow open = new BreakerWindow(follower.nodeId(), "db", 40, 30, BreakerState.OPEN, false);

        follower.publish(closed).toCompletableFuture().get(20, TimeUnit.SECONDS);
        follower.publish(open).toCompletableFuture().get(20, TimeUnit.SECONDS);

        for (String address : cluster.addresses) {
            Eventually.until(address + " heard both", () -> heard.get(address).size() == 2);
            assertThat(heard.get(address)).as(address).containsExactly(closed, open);
        }
        List<SwarmReport> late = new CopyOnWriteArrayList<>();
        leader.onReport(late::add);
        assertThat(late).as("the latest of that instance and subject only").containsExactly(open);
        assertThat(cluster.commits.get(leader.nodeId())).as("reports are no registry change").isEmpty();
    }
}
