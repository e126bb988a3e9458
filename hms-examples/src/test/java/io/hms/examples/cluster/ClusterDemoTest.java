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
                "both remaining instances run the new policy");
        assertThat(narration.split("breaker open duration 3000 ms", -1)).as(narration).hasSizeGreaterThanOrEqualTo(4);
        assertThat(narration).containsPattern("node-\\d +leader +policy v\\d+, breaker open 5000 ms");
    }
}
