package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.spi.RegistryMutation;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The version check of a numbered policy commit, made by the state machine as it applies the entry. */
class PolicyCompareAndSetTest {

    final CommandCodec codec = new CommandCodec();
    final ReplicatedState state = new ReplicatedState();
    final List<RegistryMutation> told = new ArrayList<>();
    long index;

    PolicyCompareAndSetTest() {
        state.addCommitListener(told::add);
    }

    private static ComponentPolicy policy(int n) {
        return ComponentPolicy.defaults().withHealth(HealthPolicy.defaults().withHysteresis(1 + n, 2));
    }

    /** Applies {@code commit} as a replica does: from its log-entry form. */
    private Applied apply(ReplicatedState replica, RegistryMutation.PolicyCommit commit) {
        Command decoded = codec.decode(ByteBuffer.wrap(codec.encode(Command.of(commit))));
        return replica.apply(++index, decoded);
    }

    private Applied apply(RegistryMutation.PolicyCommit commit) {
        return apply(state, commit);
    }

    @Test
    void ofTwoCommitsOnTheSameBaseTheFirstInLogOrderWinsAndTheOtherIsRefusedNamingTheCurrentVersion() {
        Applied first = apply(new RegistryMutation.PolicyCommit("inventory", policy(1), "patch:a", 2));
        Applied second = apply(new RegistryMutation.PolicyCommit("inventory", policy(2), "patch:b", 2));

        assertThat(first.refused()).isFalse();
        assertThat(first.version()).isEqualTo(2);
        assertThat(second.refused()).isTrue();
        assertThat(second.conflictVersion()).as("the version that refused it").isEqualTo(2);
        assertThat(second.version()).isZero();
        assertThat(told).as("only the winner is told").containsExactly(
                new RegistryMutation.PolicyCommit("inventory", policy(1), "patch:a", 2));
        assertThat(state.policyVersion("inventory")).isEqualTo(2);
    }

    @Test
    void aCommitNumberedAheadOfTheNextVersionIsRefusedToo() {
        apply(new RegistryMutation.PolicyCommit("inventory", policy(1), "patch:a", 2));

        Applied ahead = apply(new RegistryMutation.PolicyCommit("inventory", policy(2), "patch:b", 4));

        assertThat(ahead.conflictVersion()).isEqualTo(2);
        assertThat(state.policyVersion("inventory")).isEqualTo(2);
    }

    @Test
    void eachCommitOnTheCurrentVersionMakesTheNextAndNamesIt() {
        for (int version = 2; version <= 6; version++) {
            Applied applied = apply(new RegistryMutation.PolicyCommit("inventory", policy(version), "patch:" + version,
                    version));
            assertThat(applied.version()).isEqualTo(version);
        }
        Applied unnumbered = apply(new RegistryMutation.PolicyCommit("inventory", policy(9), "anyone"));

        assertThat(unnumbered.version()).as("an unnumbered commit is applied on any version").isEqualTo(7);
        assertThat(told).extracting(m -> ((RegistryMutation.PolicyCommit) m).version())
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void versionsAreCountedPerComponentAndOtherChangesDoNotCount() {
        apply(new RegistryMutation.PolicyCommit("inventory", policy(1), "patch:a", 2));
        state.apply(++index, Command.of(new RegistryMutation.DescriptorsPublished("n1", List.of())));

        assertThat(apply(new RegistryMutation.PolicyCommit("cache", policy(1), "patch:c", 2)).refused()).isFalse();
        assertThat(apply(new RegistryMutation.PolicyCommit("inventory", policy(2), "patch:b", 3)).version())
                .isEqualTo(3);
    }

    @Test
    void everyReplicaDecidesAlikeAndARestoredOneKeepsDeciding() {
        ReplicatedState other = new ReplicatedState();
        List<RegistryMutation.PolicyCommit> log = List.of(
                new RegistryMutation.PolicyCommit("inventory", policy(1), "patch:a", 2),
                new RegistryMutation.PolicyCommit("inventory", policy(2), "patch:b", 2),
                new RegistryMutation.PolicyCommit("inventory", policy(3), "patch:c", 3));
        List<Applied> here = new ArrayList<>();
        List<Applied> there = new ArrayList<>();
        for (RegistryMutation.PolicyCommit commit : log) {
            long at = index;
            here.add(apply(state, commit));
            index = at;
            there.add(apply(other, commit));
        }
        ReplicatedState restored = new ReplicatedState();
        restored.restore(codec.read(codec.write(state.snapshot()), StateSnapshot.class));

        assertThat(there).isEqualTo(here);
        assertThat(here).extracting(Applied::conflictVersion).containsExactly(0L, 2L, 0L);
        assertThat(apply(restored, new RegistryMutation.PolicyCommit("inventory", policy(4), "patch:d", 3))
                .conflictVersion()).isEqualTo(3);
        assertThat(apply(restored, new RegistryMutation.PolicyCommit("inventory", policy(4), "patch:d", 4))
                .version()).isEqualTo(4);
    }
}
