package io.hms.examples.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("multi-jvm")
class ClusterDemoTest {

    @Test
    void aPatchPromotedOnTheLeaderReachesEveryInstanceAndAnotherInstanceTakesOverAfterAKill() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Duration failover = new ClusterDemo(new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        String narration = printed.toString(StandardCharsets.UTF_8);
        assertThat(failover).as(narration).isPositive();
        assertThat(narration).contains("every instance runs the patched policy", "took over after",
                "both remaining instances run the new policy", "the others' discovery reached it",
                "opened by the cluster: 2 of 3 instances see 'payments' fail",
                "payments is back; every instance's breaker closed again");
        assertThat(narration).containsPattern("\\[node-3\\] sees 127\\.0\\.0\\.1:\\d+ +health \\w+, breaker OPEN");
        assertThat(narration.split("breaker open duration 3000 ms", -1)).as(narration).hasSizeGreaterThanOrEqualTo(4);
        assertThat(narration).containsPattern("node-\\d +leader +policy v\\d+, breaker open 5000 ms");
    }
}
