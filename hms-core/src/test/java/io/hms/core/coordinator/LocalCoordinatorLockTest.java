package io.hms.core.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.spi.LockLease;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** In-process leased locks with fencing tokens, on the scheduler's clock. */
class LocalCoordinatorLockTest {

    private static final Duration LEASE = Duration.ofSeconds(10);

    private final ManualScheduler time = new ManualScheduler();
    private final LocalCoordinator coordinator = new LocalCoordinator("node-1", time);

    @Test
    void aLockIsHeldByOneHolderAtATime() {
        LockLease lease = coordinator.tryLock("db", "healer-a", LEASE).orElseThrow();

        assertThat(lease.name()).isEqualTo("db");
        assertThat(lease.holder()).isEqualTo("healer-a");
        assertThat(lease.expiresAt()).isEqualTo(time.now().plus(LEASE));
        assertThat(coordinator.tryLock("db", "healer-b", LEASE)).isEmpty();
        assertThat(coordinator.tryLock("db", "healer-a", LEASE)).isEmpty();
        assertThat(coordinator.tryLock("cache", "healer-b", LEASE)).isPresent();
    }

    @Test
    void anUnlockedLockCanBeTakenAgain() {
        LockLease first = coordinator.tryLock("db", "a", LEASE).orElseThrow();
        coordinator.unlock(first);
        assertThat(coordinator.tryLock("db", "b", LEASE)).get().extracting(LockLease::holder).isEqualTo("b");
    }

    @Test
    void aLeaseExpiresWhenTimeAdvancesToItsEnd() {
        coordinator.tryLock("db", "a", LEASE).orElseThrow();

        time.advance(LEASE.minusMillis(1));
        assertThat(coordinator.tryLock("db", "b", LEASE)).isEmpty();

        time.advance(Duration.ofMillis(1));
        assertThat(coordinator.tryLock("db", "b", LEASE)).get().extracting(LockLease::holder).isEqualTo("b");
    }

    @Test
    void fencingTokensGrowWithEveryGrantOfALock() {
        LockLease first = coordinator.tryLock("db", "a", LEASE).orElseThrow();
        coordinator.unlock(first);
        LockLease second = coordinator.tryLock("db", "a", LEASE).orElseThrow();
        time.advance(LEASE);
        LockLease third = coordinator.tryLock("db", "b", LEASE).orElseThrow();
        LockLease other = coordinator.tryLock("cache", "a", LEASE).orElseThrow();

        assertThat(second.token()).isGreaterThan(first.token());
        assertThat(third.token()).isGreaterThan(second.token());
        assertThat(other.token()).isEqualTo(first.token());
    }

    @Test
    void checkFenceRefusesAStaleLease() {
        LockLease stale = coordinator.tryLock("db", "a", LEASE).orElseThrow();
        assertThat(coordinator.checkFence(stale)).isTrue();

        time.advance(LEASE.plusSeconds(1));
        assertThat(coordinator.checkFence(stale)).as("expired, but nobody took over").isTrue();

        LockLease fresh = coordinator.tryLock("db", "b", LEASE).orElseThrow();
        assertThat(coordinator.checkFence(stale)).isFalse();
        assertThat(coordinator.checkFence(fresh)).isTrue();
    }

    @Test
    void unlockingAStaleLeaseLeavesTheNewHolderInPlace() {
        LockLease stale = coordinator.tryLock("db", "a", LEASE).orElseThrow();
        time.advance(LEASE);
        LockLease fresh = coordinator.tryLock("db", "b", LEASE).orElseThrow();

        coordinator.unlock(stale);

        assertThat(coordinator.tryLock("db", "c", LEASE)).isEmpty();
        assertThat(coordinator.checkFence(fresh)).isTrue();
        coordinator.unlock(fresh);
        assertThat(coordinator.tryLock("db", "c", LEASE)).isPresent();
    }

    @Test
    void unlockingTwiceIsHarmless() {
        LockLease lease = coordinator.tryLock("db", "a", LEASE).orElseThrow();
        coordinator.unlock(lease);
        coordinator.unlock(lease);
        assertThat(coordinator.tryLock("db", "b", LEASE)).isPresent();
    }
}
