package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.ComponentPolicy;
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

        state.apply(decoded(ComponentPolicy.defaults(), "a"));
        state.apply(decoded(ComponentPolicy.defaults(), "b"));
        state.apply(decoded(changed, "c"));
        List<RetainedMutation> retained = state.snapshot().mutations();

        assertThat(retained).hasSize(3);
        assertThat(policyOf(retained.get(1).command())).isSameAs(policyOf(retained.get(0).command()));
        assertThat(policyOf(retained.get(2).command())).isEqualTo(changed);
        assertThat(told).extracting(m -> ((RegistryMutation.PolicyCommit) m).source()).containsExactly("a", "b", "c");
    }

    @Test
    void theV2NameTableHasEachNameOnce() {
        assertThat(EntryNames.NAMES).doesNotHaveDuplicates();
    }
}
