package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.spi.RegistryMutation;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MutationLogTest {

    final CommandCodec codec = new CommandCodec();

    private Command.CommitPolicy decoded(ComponentPolicy policy, String source) {
        Command command = Command.of(new RegistryMutation.PolicyCommit("inventory", policy, source));
        return (Command.CommitPolicy) codec.decode(ByteBuffer.wrap(codec.encode(command)));
    }

    private static ComponentPolicy policyOf(Command command) {
        return ((Command.CommitPolicy) command).policy();
    }

    @Test
    void aRepeatedPolicySharesThePreviousVersionsInstanceAndEveryVersionIsStillTold() {
        ReplicatedState state = new ReplicatedState();
        List<RegistryMutation> told = new ArrayList<>();
        state.addCommitListener(told::add);
        ComponentPolicy changed = ComponentPolicy.defaults()
                .withPlaybook(Playbook.of(new PlaybookStep("restart", Duration.ofSeconds(1))));

        state.apply(0, decoded(ComponentPolicy.defaults(), "a"));
        state.apply(0, decoded(ComponentPolicy.defaults(), "b"));
        state.apply(0, decoded(changed, "c"));
        List<RetainedMutation> retained = state.snapshot().mutations();

        assertThat(retained).hasSize(3);
        assertThat(policyOf(retained.get(1).command())).isSameAs(policyOf(retained.get(0).command()));
        assertThat(policyOf(retained.get(2).command())).isEqualTo(changed);
        assertThat(told).extracting(m -> ((RegistryMutation.PolicyCommit) m).source()).containsExactly("a", "b", "c");
    }

    private static Command.CommitPolicy commit(String component, int n) {
        return new Command.CommitPolicy(component, ComponentPolicy.defaults()
                .withHealth(HealthPolicy.defaults().withHysteresis(1 + n, 2)), "patch:" + n);
    }

    private static List<Long> versions(List<RegistryMutation> told, String component) {
        return told.stream().filter(m -> m instanceof RegistryMutation.PolicyCommit c && c.component().equals(component))
                .map(m -> ((RegistryMutation.PolicyCommit) m).version()).toList();
    }

    @Test
    void onlyTheLatestVersionsOfEachPolicyAreKeptAndEveryCommitIsToldWithItsNumber() {
        ReplicatedState state = new ReplicatedState(3);
        List<RegistryMutation> told = new ArrayList<>();
        state.addCommitListener(told::add);

        for (int i = 0; i < 10; i++) {
            state.apply(0, commit("inventory", i));
        }
        state.apply(0, Command.of(new RegistryMutation.DescriptorsPublished("n1", List.of())));
        state.apply(0, commit("cache", 0));
        state.apply(0, commit("inventory", 10));
        List<RegistryMutation> late = new ArrayList<>();
        state.addCommitListener(late::add);

        assertThat(versions(told, "inventory")).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(versions(late, "inventory")).containsExactly(10L, 11L, 12L);
        assertThat(versions(late, "cache")).containsExactly(2L);
        assertThat(late).hasSize(5).contains(new RegistryMutation.DescriptorsPublished("n1", List.of()));
        assertThat(late.get(late.size() - 1)).isEqualTo(new RegistryMutation.PolicyCommit("inventory",
                commit("inventory", 10).policy(), "patch:10", 12));
        assertThat(state.snapshot().mutations()).extracting(RetainedMutation::seq).isSorted().hasSize(5);
    }

    @Test
    void aSnapshotKeepsTheNumbersAndLaterCommitsCountOn() {
        ReplicatedState state = new ReplicatedState(3);
        for (int i = 0; i < 6; i++) {
            state.apply(0, commit("inventory", i));
        }
        byte[] json = codec.write(state.snapshot());

        ReplicatedState restored = new ReplicatedState(2);
        restored.restore(codec.read(json, StateSnapshot.class));
        restored.apply(0, commit("inventory", 6));
        List<RegistryMutation> late = new ArrayList<>();
        restored.addCommitListener(late::add);

        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).contains("\"v\":2");
        assertThat(versions(late, "inventory")).as("this node keeps 2").containsExactly(7L, 8L);
        assertThat(restored.snapshot().appliedMutations()).isEqualTo(7);
    }

    @Test
    void aSnapshotOfAFormatThisVersionDoesNotReadIsRefusedAndNamed() {
        String snapshot = """
                {"v":%d,"appliedMutations":1,"mutations":[
                 {"seq":1,"command":{"type":"commit-policy","component":"inventory","policy":%s,"source":"a"}}],
                 "grants":{},"tokens":{}}""";
        ReplicatedState restored = new ReplicatedState(2);

        assertThatThrownBy(() -> restored.restore(snapshotOf(snapshot.formatted(1, json()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("snapshot of format v1")
                .hasMessageContaining("reads v2").hasMessageNotContaining("upgrade");
        assertThatThrownBy(() -> restored.restore(snapshotOf(snapshot.formatted(3, json()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("snapshot of format v3")
                .hasMessageContaining("upgrade this instance");
        assertThat(restored.snapshot().mutations()).as("nothing restored").isEmpty();
    }

    private StateSnapshot snapshotOf(String json) {
        return codec.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), StateSnapshot.class);
    }

    private String json() {
        return new String(codec.write(ComponentPolicy.defaults()), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theNameTableHasEachNameOnce() {
        assertThat(EntryNames.NAMES).doesNotHaveDuplicates();
    }
}
