package io.hms.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.policy.ComponentPolicy;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The values the SPI passes between a runtime and its coordinator, optimizer and plugins. */
class SpiValuesTest {

    @Test
    void aVersionConflictNamesTheBaseItRefusedAndTheVersionToStartFrom() {
        PolicyVersionConflictException e = new PolicyVersionConflictException("inventory", 5, 7);
        assertThat(e).isInstanceOf(IllegalStateException.class)
                .hasMessage("'inventory' is at policy version 7, not 4: a commit based on version 4 is refused;"
                        + " derive the change again from version 7");
        assertThat(e.component()).isEqualTo("inventory");
        assertThat(e.requestedVersion()).isEqualTo(5);
        assertThat(e.currentVersion()).isEqualTo(7);
    }

    @Test
    void aCommitIsNumberedFromTwoOrLeftToTheRegistryWithZero() {
        ComponentPolicy p = ComponentPolicy.defaults();
        assertThat(new RegistryMutation.PolicyCommit("inventory", p, "patch:p-1").version()).isZero();
        assertThat(new RegistryMutation.PolicyCommit("inventory", p, "patch:p-1", 2).version()).isEqualTo(2);
        assertThatThrownBy(() -> new RegistryMutation.PolicyCommit("inventory", p, "patch:p-1", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a committed policy version is at least 2 (version 1 is the registered policy),"
                        + " or 0 for the registry's next; got 1");
        assertThatThrownBy(() -> new RegistryMutation.PolicyCommit("inventory", p, "patch:p-1", -3))
                .hasMessageEndingWith("got -3");
    }

    @Test
    void unnumberedDropsOnlyTheVersionSoAToldBackCommitMatchesTheSentOne() {
        ComponentPolicy p = ComponentPolicy.defaults();
        RegistryMutation.PolicyCommit sent = new RegistryMutation.PolicyCommit("inventory", p, "patch:p-1");
        RegistryMutation.PolicyCommit toldBack = new RegistryMutation.PolicyCommit("inventory", p, "patch:p-1", 4);
        assertThat(toldBack).isNotEqualTo(sent);
        assertThat(toldBack.unnumbered()).isEqualTo(sent);
        assertThat(sent.unnumbered()).isSameAs(sent);
    }

    @Test
    void aLeaseNeedsItsNameHolderAndExpiry() {
        LockLease lease = new LockLease("repair:inventory", "node-1", 3, Instant.EPOCH);
        assertThat(lease.token()).isEqualTo(3);
        assertThatThrownBy(() -> new LockLease(null, "node-1", 1, Instant.EPOCH)).hasMessage("name");
        assertThatThrownBy(() -> new LockLease("l", "node-1", 1, null)).hasMessage("expiresAt");
    }

    @Test
    void aPluginIsNamedByItsClassUnlessItSaysOtherwise() {
        HmsPlugin plugin = new QuietPlugin();
        assertThat(plugin.name()).isEqualTo(QuietPlugin.class.getName());
    }

    @Test
    void theCoordinatorStatusesAreActiveDegradedAndStopped() {
        assertThat(CoordinatorStatus.values())
                .containsExactly(CoordinatorStatus.ACTIVE, CoordinatorStatus.DEGRADED, CoordinatorStatus.STOPPED);
    }

    private static final class QuietPlugin implements HmsPlugin {
        @Override
        public void contribute(Registrar registrar) {
        }
    }
}
