package io.hms.test;

import static io.hms.test.HmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import io.hms.core.chaos.Chaos;
import io.hms.core.chaos.fault.KillFault;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The extension as a host's test uses it: a runtime on a manual clock, a fault, assertions that wait. */
@HmsTest
class HmsExtensionTest {

    private final AtomicBoolean poolBroken = new AtomicBoolean();

    @HmsSetup
    void inventory(HmsBuilder hms) {
        hms.component("inventory")
                .healthCheck("inventory", "ping", () -> poolBroken.get() ? Health.down("pool exhausted") : Health.up())
                .repair("inventory", "evict", 1, Duration.ofSeconds(1), ctx -> false)
                .repair("inventory", "restart", 2, Duration.ofSeconds(1), ctx -> {
                    poolBroken.set(false);
                    return true;
                });
    }

    @Test
    void aBrokenComponentIsRepairedUpTheLadderOnTheTestsOwnClock(Hms hms, ManualScheduler clock) {
        poolBroken.set(true);

        assertThat(hms).recoversWithin("inventory", Duration.ofSeconds(30)).escalatedTo("inventory", 2);
        Assertions.assertThat(hms.scheduler()).isSameAs(clock);
        Assertions.assertThat(hms.incidents()).singleElement()
                .satisfies(i -> Assertions.assertThat(i.resolvedBy()).isEqualTo("restart"));
    }

    @Test
    void aKilledComponentRecoversAndAnAssertionThatFailsPrintsTheTimeline(Hms hms, Chaos chaos) {
        chaos.injectUntilRepaired(new KillFault("inventory"), Duration.ofSeconds(20));

        assertThat(hms).recoversWithin("inventory", Duration.ofSeconds(30));
        assertThatThrownBy(() -> assertThat(hms).openedBreaker("inventory"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected the breaker of 'inventory' to have opened")
                .hasMessageContaining("Timeline:").hasMessageContaining("IncidentOpened");
        assertThatThrownBy(() -> assertThat(hms).escalatedTo("inventory", 3))
                .hasMessageContaining("the highest run was");
    }

    @Test
    void aComponentThatNeverRecoversFailsWithWhereItStands(Hms hms) {
        hms.register(r -> r.component(ComponentSpec.of("ledger"))
                .healthCheck("ledger", "ping", () -> Health.down("disk full")));

        assertThatThrownBy(() -> assertThat(hms).recoversWithin("ledger", Duration.ofSeconds(3)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected 'ledger' to recover within PT3S, but after PT3S it is DOWN")
                .hasMessageContaining("with incident inc-");
    }
}
