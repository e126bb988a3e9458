package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.spi.LockLease;
import io.hms.consensus.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The leases an instance grants itself once it has lost its quorum, and when it may. */
class LocalLeaseTest {

    final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    final QuorumContact contact = new QuorumContact(clock, Duration.ofSeconds(1));

    @Test
    void localTokensAreNegativeAndGrowWithEveryGrantAndAcrossARestart() {
        DegradedLocks locks = new DegradedLocks(clock);
        LockLease first = locks.tryLock("db", "a", Duration.ofSeconds(1), "a-1").orElseThrow();
        locks.unlock(first);
        LockLease second = locks.tryLock("db", "b", Duration.ofSeconds(1), "b-1").orElseThrow();
        LockLease other = locks.tryLock("cache", "a", Duration.ofSeconds(1), "a-2").orElseThrow();
        clock.advance(Duration.ofMillis(1));
        LockLease afterRestart = new DegradedLocks(clock).tryLock("db", "c", Duration.ofSeconds(1), "c-1").orElseThrow();

        assertThat(first.token()).isNegative();
        assertThat(second.token()).isGreaterThan(first.token());
        assertThat(other.token()).isGreaterThan(second.token());
        assertThat(afterRestart.token()).isGreaterThan(other.token()).isNegative();
        assertThat(DegradedLocks.isLocal(afterRestart)).isTrue();
    }

    @Test
    void aLocalRequestAskedAgainAnswersItsOwnLease() {
        DegradedLocks locks = new DegradedLocks(clock);
        LockLease granted = locks.tryLock("db", "a", Duration.ofSeconds(1), "a-1").orElseThrow();

        assertThat(locks.tryLock("db", "a", Duration.ofSeconds(1), "a-1")).contains(granted);
        assertThat(locks.tryLock("db", "b", Duration.ofSeconds(1), "b-1")).isEmpty();
    }

    @Test
    void aNodeCatchingUpAfterItsStartHasLostNothing() {
        contact.started();
        clock.advance(Duration.ofMinutes(5));

        assertThat(contact.contactLost()).isFalse();
        assertThat(contact.groupLost()).isFalse();
    }

    @Test
    void theGroupCountsAsLostOnlyAfterAWholeQuietPeriodWithoutALeader() {
        contact.started();
        contact.gained();
        contact.lost();
        clock.advance(Duration.ofMillis(999));

        assertThat(contact.contactLost()).isTrue();
        assertThat(contact.groupLost()).as("an election may still be running").isFalse();
        assertThat(contact.untilGroupLost()).isEqualTo(Duration.ofMillis(1));
        clock.advance(Duration.ofMillis(1));
        assertThat(contact.groupLost()).isTrue();
    }

    @Test
    void aLeaderFoundAgainOrARestartEndsTheLoss() {
        contact.started();
        contact.gained();
        contact.lost();
        clock.advance(Duration.ofMillis(600));
        contact.gained();
        contact.lost();
        clock.advance(Duration.ofMillis(600));

        assertThat(contact.groupLost()).as("the quiet period counts from the latest loss").isFalse();
        clock.advance(Duration.ofMillis(400));
        assertThat(contact.groupLost()).isTrue();
        contact.started();
        assertThat(contact.groupLost()).as("a restarted node catches up first").isFalse();
    }
}
