package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.FunctionDescriptor;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
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

    @Test
    void everyCommandSurvivesItsJsonForm() {
        ComponentPolicy policy = ComponentPolicy.defaults()
                .withPlaybook(Playbook.of(new PlaybookStep("restart", Duration.ofMillis(1500))));
        List<Command> commands = List.of(
                Command.of(new RegistryMutation.PolicyCommit("inventory", policy, "patch:1")),
                Command.of(new RegistryMutation.DescriptorsPublished("n1", List.of(
                        FunctionDescriptor.healthCheck("inventory", "ping"),
                        FunctionDescriptor.repair("inventory", "restart", 2, Duration.ofSeconds(3))))),
                new Command.AcquireLock("db", "n1", 5000, 1_700_000_000_000L),
                new Command.ReleaseLock("db", 7));

        assertThat(commands).allSatisfy(c -> assertThat(roundTrip(c)).isEqualTo(c));
    }

    @Test
    void theFormIsVersionedJsonWithReadableDurations() {
        String json = new String(codec.encode(Command.of(new RegistryMutation.PolicyCommit("inventory",
                ComponentPolicy.defaults(), "initial"))), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\"v\":1,").contains("\"type\":\"commit-policy\"").contains("\"PT2S\"");
    }

    @Test
    void anEntryOfANewerFormatIsRefusedRatherThanGuessed() {
        byte[] newer = "{\"v\":2,\"command\":{\"type\":\"release-lock\",\"name\":\"db\",\"token\":1}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.decode(ByteBuffer.wrap(newer)))
                .hasMessageContaining("format v2").hasMessageContaining("upgrade this instance");
    }

    @Test
    void appliedOutcomesWithLeasesSurviveTheirJsonForm() {
        Applied applied = new Applied(12, new LockLease("db", "n1", 3, Instant.ofEpochMilli(1_700_000_000_123L)));

        assertThat(codec.read(codec.write(applied), Applied.class)).isEqualTo(applied);
    }

    @Test
    void locksAreDecidedByTheLeadersStampAndTokensGrowPerGrant() {
        ReplicatedState state = new ReplicatedState();

        LockLease first = state.apply(new Command.AcquireLock("db", "a", 100, 1_000)).orElseThrow();
        assertThat(state.apply(new Command.AcquireLock("db", "b", 100, 1_099))).isEmpty();
        LockLease second = state.apply(new Command.AcquireLock("db", "b", 100, 1_100)).orElseThrow();
        state.apply(new Command.ReleaseLock("db", first.token()));

        assertThat(second.token()).isEqualTo(first.token() + 1);
        assertThat(state.apply(new Command.AcquireLock("db", "c", 100, 1_150))).as("stale release ignored").isEmpty();
        assertThat(state.newestToken("db")).isEqualTo(second.token());
    }
}
