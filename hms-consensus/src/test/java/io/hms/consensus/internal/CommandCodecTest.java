package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.FunctionDescriptor;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandCodecTest {

    final CommandCodec codec = new CommandCodec();

    private Command roundTrip(Command command) {
        return codec.decode(ByteBuffer.wrap(codec.encode(command)));
    }

    /** A command of every kind, the policy commit with a playbook. */
    private static List<Command> oneOfEachKind() {
        ComponentPolicy policy = ComponentPolicy.defaults()
                .withPlaybook(Playbook.of(new PlaybookStep("restart", Duration.ofMillis(1500))));
        return List.of(
                Command.of(new RegistryMutation.PolicyCommit("inventory", policy, "patch:1")),
                Command.of(new RegistryMutation.PolicyCommit("inventory", policy, "patch:2", 7)),
                Command.of(new RegistryMutation.DescriptorsPublished("n1", List.of(
                        FunctionDescriptor.healthCheck("inventory", "ping"),
                        FunctionDescriptor.repair("inventory", "restart", 2, Duration.ofSeconds(3))))),
                new Command.AcquireLock("db", "n1", 5000, 1_700_000_000_000L, "request-1"),
                new Command.ReleaseLock("db", 7));
    }

    @Test
    void everyCommandSurvivesItsLogEntryForm() {
        assertThat(oneOfEachKind()).allSatisfy(c -> assertThat(roundTrip(c)).isEqualTo(c));
    }

    @Test
    void anEntryIsAVersionByteThenABinaryFormSmallerThanItsJson() {
        Command command = Command.of(new RegistryMutation.PolicyCommit("inventory", ComponentPolicy.defaults(),
                "initial"));

        byte[] entry = codec.encode(command);
        byte[] json = codec.encodeV1(command);

        assertThat(entry[0]).isEqualTo((byte) CommandCodec.FORMAT_VERSION);
        assertThat(entry.length).as("binary %d B vs JSON %d B", entry.length, json.length)
                .isLessThan(json.length / 2);
    }

    @Test
    void entriesOfFormatV2StillDecode() {
        assertThat(oneOfEachKind()).allSatisfy(c -> {
            byte[] v2 = codec.encodeV2(c);
            assertThat(v2[0]).isEqualTo((byte) 2);
            assertThat(codec.decode(ByteBuffer.wrap(v2))).isEqualTo(c);
        });
    }

    @Test
    void aFormatV2EntryWrittenByThePreviousVersionStillDecodes() {
        // the bytes the previous version wrote for this commit: version byte 2, Smile, every property
        byte[] v2 = HexFormat.of().parseHex("023a290a00fa83747970654c636f6d6d69742d706f6c696379803048696e76656e746f72798031fa813130fa8131332a"
                + "92841d665920008131342a92840e732c5000813135c6813136c4fb813131fa813134fa8131342a92843b4d324000fb81"
                + "3137fa8131384341494d4481313924a8813230c281323124069081323229003f7633194c6633194d8132332a92841d66"
                + "59200081323429003f7c00000000000000fb813235fa81323644434f554e548132372401a48132382804122000008132"
                + "392804162000008133302a92843b4d32400081333124a88133322a92850034135c1800813333cafb813334fa813335c6"
                + "8133362a9284013e5e080081333729004000000000000000008133382a92841d6659200081333929003f700000000000"
                + "0000fbfb813132fa813430f8fa81343246726573746172748131342a92842c5a057000fbf981343122fbfb8032467061"
                + "7463683a31fb");
        ComponentPolicy policy = ComponentPolicy.defaults()
                .withGuard(GuardPolicy.defaults().withBreaker(BreakerPolicy.defaults()
                        .withOpenDuration(Duration.ofMillis(3500))))
                .withPlaybook(Playbook.of(new PlaybookStep("restart", Duration.ofMillis(1500))));

        assertThat(codec.decode(ByteBuffer.wrap(v2)))
                .isEqualTo(new Command.CommitPolicy("inventory", policy, "patch:1"));
    }

    @Test
    void entriesOfFormatV1StillDecode() {
        ComponentPolicy policy = ComponentPolicy.defaults()
                .withPlaybook(Playbook.of(new PlaybookStep("restart", Duration.ofMillis(1500))));
        Command command = Command.of(new RegistryMutation.PolicyCommit("inventory", policy, "patch:1"));
        byte[] v1 = ("{\"v\":1,\"command\":{\"type\":\"release-lock\",\"name\":\"db\",\"token\":7}}")
                .getBytes(StandardCharsets.UTF_8);

        String json = new String(codec.encodeV1(command), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"v\":1,").contains("\"type\":\"commit-policy\"").contains("\"PT2S\"");
        assertThat(codec.decode(ByteBuffer.wrap(codec.encodeV1(command)))).isEqualTo(command);
        assertThat(codec.decode(ByteBuffer.wrap(v1))).isEqualTo(new Command.ReleaseLock("db", 7));
    }

    @Test
    void anEntryIsReadWhereverItSitsInItsBuffer() {
        Command command = new Command.ReleaseLock("db", 7);
        byte[] entry = codec.encode(command);
        ByteBuffer padded = ByteBuffer.allocate(entry.length + 6).put(new byte[3]).put(entry);
        padded.position(3).limit(3 + entry.length);
        ByteBuffer direct = ByteBuffer.allocateDirect(entry.length).put(entry).flip();

        assertThat(codec.decode(padded.slice())).isEqualTo(command);
        assertThat(codec.decode(padded)).isEqualTo(command);
        assertThat(padded.position()).as("position unchanged").isEqualTo(3);
        assertThat(codec.decode(direct)).isEqualTo(command);
    }

    @Test
    void anEntryOfANewerFormatIsRefusedRatherThanGuessed() {
        byte[] newerJson = "{\"v\":2,\"command\":{\"type\":\"release-lock\",\"name\":\"db\",\"token\":1}}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] newerBinary = codec.encode(new Command.ReleaseLock("db", 1));
        newerBinary[0] = CommandCodec.FORMAT_VERSION + 1;

        assertThatThrownBy(() -> codec.decode(ByteBuffer.wrap(newerJson)))
                .hasMessageContaining("format v2").hasMessageContaining("upgrade this instance");
        assertThatThrownBy(() -> codec.decode(ByteBuffer.wrap(newerBinary)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("format v" + (CommandCodec.FORMAT_VERSION + 1))
                .hasMessageContaining("upgrade this instance");
    }

    @Test
    void anEmptyOrCorruptEntryIsRefusedClearly() {
        byte[] entry = codec.encode(new Command.ReleaseLock("db", 1));
        byte[] truncated = java.util.Arrays.copyOf(entry, entry.length / 2);

        assertThatThrownBy(() -> codec.decode(ByteBuffer.allocate(0))).hasMessageContaining("empty log entry");
        assertThatThrownBy(() -> codec.decode(ByteBuffer.wrap(truncated)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unreadable");
    }

    @Test
    void appliedOutcomesWithLeasesSurviveTheirJsonForm() {
        Applied applied = new Applied(12, new LockLease("db", "n1", 3, Instant.ofEpochMilli(1_700_000_000_123L)),
                0, 0);
        Applied refused = new Applied(13, null, 0, 5);

        assertThat(codec.read(codec.write(applied), Applied.class)).isEqualTo(applied);
        assertThat(codec.read(codec.write(refused), Applied.class)).isEqualTo(refused);
    }

    @Test
    void locksAreDecidedByTheLeadersStampAndTokensGrowPerGrant() {
        ReplicatedState state = new ReplicatedState();

        LockLease first = state.apply(1, new Command.AcquireLock("db", "a", 100, 1_000, "a1")).lease();
        assertThat(state.apply(2, new Command.AcquireLock("db", "b", 100, 1_099, "b1")).lease()).isNull();
        LockLease second = state.apply(3, new Command.AcquireLock("db", "b", 100, 1_100, "b2")).lease();
        state.apply(4, new Command.ReleaseLock("db", first.token()));

        assertThat(second.token()).isEqualTo(first.token() + 1);
        assertThat(state.apply(5, new Command.AcquireLock("db", "c", 100, 1_150, "c1")).lease())
                .as("stale release ignored").isNull();
        assertThat(state.newestToken("db")).isEqualTo(second.token());
    }
}
