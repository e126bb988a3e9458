package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.test.LoopbackPorts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaftConfigTest {

    @TempDir
    Path dir;

    private RaftConfig.Builder valid() {
        String address = "127.0.0.1:" + LoopbackPorts.next();
        return RaftConfig.builder().address(address).dataDirectory(dir.resolve("node"));
    }

    @Test
    void aValidConfigHasTheDefaults() {
        RaftConfig config = valid().build();

        assertThat(config.groupId()).isEqualTo("hms");
        assertThat(config.peers()).containsExactly(config.address());
        assertThat(config.readMode()).isEqualTo(ReadMode.READ_INDEX);
        assertThat(config.electionTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.retainedPolicyVersions()).isEqualTo(RaftConfig.DEFAULT_RETAINED_POLICY_VERSIONS);
        assertThat(Files.isDirectory(config.dataDirectory())).isTrue();
    }

    @Test
    void tooFewRetainedPolicyVersionsAreRefusedNamingTheSettingAndWhy() {
        assertThat(valid().retainedPolicyVersions(2).build().retainedPolicyVersions()).isEqualTo(2);
        assertThatThrownBy(() -> valid().retainedPolicyVersions(1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retainedPolicyVersions must be at least 2, got 1")
                .hasMessageContaining("rollback");
        assertThatThrownBy(() -> valid().retainedPolicyVersions(-5).build())
                .hasMessageContaining("retainedPolicyVersions must be at least 2, got -5");
    }

    @Test
    void aBadAddressIsRefusedNamingTheSettingAndTheFix() {
        assertThatThrownBy(() -> valid().address("localhost").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("address 'localhost'").hasMessageContaining("127.0.0.1:7001");
        assertThatThrownBy(() -> valid().address("127.0.0.1:70000").build())
                .hasMessageContaining("port in 1..65535");
        assertThatThrownBy(() -> valid().address(null).build()).hasMessageContaining("address is not set");
        assertThatThrownBy(() -> valid().peers("127.0.0.1:1", "127.0.0.1:2").build())
                .hasMessageContaining("must include this node's address");
    }

    @Test
    void aPortInUseIsRefusedNamingTheAddress() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String address = "127.0.0.1:" + taken.getLocalPort();

            assertThatThrownBy(() -> valid().address(address).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("address " + address)
                    .hasMessageContaining("pick a free port");
        }
    }

    @Test
    void anUnwritableDataDirectoryIsRefusedNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");

        assertThatThrownBy(() -> valid().dataDirectory(file.resolve("data")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dataDirectory " + file.resolve("data"))
                .hasMessageContaining("cannot be written");
    }

    @Test
    void systemPropertiesDescribeAConfig() {
        String address = "127.0.0.1:" + LoopbackPorts.next();
        Properties properties = new Properties();
        properties.setProperty("hms.raft.address", address);
        properties.setProperty("hms.raft.peers", address + ", 127.0.0.1:1,127.0.0.1:2");
        properties.setProperty("hms.raft.dataDir", dir.resolve("props").toString());
        properties.setProperty("hms.raft.readMode", "lease");
        properties.setProperty("hms.raft.electionTimeoutMs", "700");
        properties.setProperty("hms.raft.join", "true");
        properties.setProperty("hms.raft.retainedPolicyVersions", "12");

        RaftConfig config = RaftCoordinatorProvider.config(properties);

        assertThat(config.peers()).containsExactly(address, "127.0.0.1:1", "127.0.0.1:2");
        assertThat(config.readMode()).isEqualTo(ReadMode.LEASE);
        assertThat(config.electionTimeout()).isEqualTo(Duration.ofMillis(700));
        assertThat(config.dataDirectory()).isEqualTo(dir.resolve("props"));
        assertThat(config.join()).isTrue();
        assertThat(config.retainedPolicyVersions()).isEqualTo(12);
    }

    @Test
    void aMissingOrBadPropertyIsNamed() {
        assertThatThrownBy(() -> RaftCoordinatorProvider.config(new Properties()))
                .hasMessageContaining("hms.raft.address is not set");
        Properties properties = new Properties();
        properties.setProperty("hms.raft.address", "127.0.0.1:" + LoopbackPorts.next());
        properties.setProperty("hms.raft.dataDir", dir.toString());
        properties.setProperty("hms.raft.electionTimeoutMs", "soon");
        assertThatThrownBy(() -> RaftCoordinatorProvider.config(properties))
                .hasMessageContaining("hms.raft.electionTimeoutMs 'soon'");
        properties.remove("hms.raft.electionTimeoutMs");
        for (String bad : new String[] {"1", "10000000000"}) {
            properties.setProperty("hms.raft.retainedPolicyVersions", bad);
            assertThatThrownBy(() -> RaftCoordinatorProvider.config(properties))
                    .hasMessageContaining("hms.raft.retainedPolicyVersions is " + bad)
                    .hasMessageContaining("between 2");
        }
    }
}
