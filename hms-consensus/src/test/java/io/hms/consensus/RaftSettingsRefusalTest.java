package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.test.LoopbackPorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each setting a node cannot run with is refused before anything starts, naming the setting and the fix. */
class RaftSettingsRefusalTest {

    @TempDir
    Path dir;

    private RaftConfig.Builder valid() {
        return RaftConfig.builder().address("127.0.0.1:" + LoopbackPorts.next()).dataDirectory(dir.resolve("node"));
    }

    @Test
    void aBlankGroupIsRefused() {
        assertThatThrownBy(() -> valid().groupId(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("groupId must not be blank; use the same name on every node, e.g. \"hms\"");
        assertThatThrownBy(() -> valid().groupId(null).build()).hasMessageStartingWith("groupId must not be blank");
    }

    @Test
    void snapshotsAtLeastOneSecondApartAreRequired() {
        assertThatThrownBy(() -> valid().snapshotInterval(Duration.ofMillis(999)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("snapshotInterval must be at least 1 s, got PT0.999S");
        assertThat(valid().snapshotInterval(Duration.ofSeconds(1)).build().snapshotInterval())
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> valid().electionTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("electionTimeout must be positive, got PT0S");
        assertThatThrownBy(() -> valid().requestTimeout(null).build())
                .hasMessage("requestTimeout must be positive, got null");
    }

    @Test
    void aMissingDataDirectoryIsRefusedWithAnExample() {
        assertThatThrownBy(() -> RaftConfig.builder().address("127.0.0.1:" + LoopbackPorts.next()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dataDirectory is not set")
                .hasMessageContaining("Path.of(\"data/hms-raft\")");
    }

    @Test
    void aPortThatIsNotANumberIsRefusedLikeAMissingOne() {
        assertThatThrownBy(() -> valid().address("127.0.0.1:http").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("address '127.0.0.1:http' is not a valid host:port address; use e.g. 127.0.0.1:7001"
                        + " (port in 1..65535)");
        assertThatThrownBy(() -> valid().peers("127.0.0.1:1", ":7001").build())
                .hasMessageStartingWith("peer ':7001' is not a valid host:port address");
    }

    @Test
    void anUnknownReadModePropertyListsTheModes() {
        Properties properties = new Properties();
        properties.setProperty("hms.raft.address", "127.0.0.1:" + LoopbackPorts.next());
        properties.setProperty("hms.raft.dataDir", dir.toString());
        properties.setProperty("hms.raft.readMode", "eventual");

        assertThatThrownBy(() -> RaftCoordinatorProvider.config(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hms.raft.readMode 'eventual' is not one of " + java.util.Arrays.toString(ReadMode.values()));
    }
}
