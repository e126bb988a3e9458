package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.FunctionDescriptor;
import io.hms.api.HealthStatus;
import io.hms.api.event.BreakerState;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
import io.hms.api.spi.SwarmReport;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
                new Command.ReleaseLock("db", 7),
                Command.of(new SwarmReport.BreakerWindow("n1", "db", 50, 26, BreakerState.OPEN, false), 1),
                Command.of(new SwarmReport.RepairProgress("n1", "db", "restart", 2, 7, false), 2),
                new Command.RenewLock("db", 7, 15_000, 1_700_000_000_000L),
                Command.of(new SwarmReport.NodeState("n1", List.of(new SwarmReport.ComponentState("db",
                        HealthStatus.DOWN, BreakerState.OPEN, "inc-3", 2, 4))), 3),
                Command.of(new SwarmReport.Migrants("n1", "db", 17, 4, List.of(GuardPolicy.defaults(),
                        GuardPolicy.defaults().withRetry(RetryPolicy.none()))), 4));
    }

    @Test
    void aPolicySnapshotWrittenBeforeTheWaitForAPlaceReadsAsNoWait() {
        String json = new String(codec.write(ComponentPolicy.defaults()), StandardCharsets.UTF_8);
        String older = json.replaceAll(",?\"maxWait\":[^,}]+", "");
        assertThat(older).isNotEqualTo(json).doesNotContain("maxWait");

        assertThat(codec.read(older.getBytes(StandardCharsets.UTF_8), ComponentPolicy.class))
                .isEqualTo(ComponentPolicy.defaults());
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
        byte[] json = codec.write(command);

        assertThat(entry[0]).isEqualTo(CommandCodec.FORMAT_VERSION);
        assertThat(entry.length).as("binary %d B vs JSON %d B", entry.length, json.length)
                .isLessThan(json.length / 2);
    }

    @Test
    void entriesOfFormatV3StillDecode() {
        // v3 is v4 without a commit's expected version and a lock request's id
        List<Command> v3Commands = List.of(
                Command.of(new RegistryMutation.PolicyCommit("inventory", ComponentPolicy.defaults()
                        .withPlaybook(Playbook.of(new PlaybookStep("restart", Duration.ofMillis(1500)))), "patch:1")),
                new Command.ReleaseLock("db", 7));
        assertThat(v3Commands).allSatisfy(c -> {
            byte[] v3 = codec.encode(c);
            v3[0] = 3;
            assertThat(codec.decode(ByteBuffer.wrap(v3))).isEqualTo(c);
        });
    }

    @Test
    void anEntryOfAFormatThisVersionDoesNotReadIsRefusedAndNamed() {
        byte[] v2 = codec.encode(new Command.ReleaseLock("db", 1));
        v2[0] = 2;
        byte[] json = "{\"v\":1,\"command\":{\"type\":\"release-lock\",\"name\":\"db\",\"token\":1}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.decode(ByteBuffer.wrap(v2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("format v2").hasMessageContaining("reads v3 and v4")
                .hasMessageNotContaining("upgrade");
        assertThatThrownBy(() -> codec.decode(ByteBuffer.wrap(json)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be read by this version");
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
        byte[] newerBinary = codec.encode(new Command.ReleaseLock("db", 1));
        newerBinary[0] = CommandCodec.FORMAT_VERSION + 1;

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
