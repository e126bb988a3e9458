package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.spi.LockLease;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** A lock request applied again (a retry whose first answer was lost) answers its own grant. */
class IdempotentLockTest {

    final CommandCodec codec = new CommandCodec();
    final ReplicatedState state = new ReplicatedState();
    long index;

    /** Applies {@code command} as a replica does: from its log-entry form. */
    private LockLease acquire(String holder, long leaseMillis, long stampMillis, String requestId) {
        Command entry = codec.decode(ByteBuffer.wrap(codec.encode(
                new Command.AcquireLock("db", holder, leaseMillis, stampMillis, requestId))));
        return state.apply(++index, entry).lease();
    }

    @Test
    void theSameRequestAppliedTwiceAnswersTheSameLeaseWithoutASecondToken() {
        LockLease granted = acquire("a", 1_000, 10_000, "a-1");

        LockLease retried = acquire("a", 1_000, 10_400, "a-1");

        assertThat(retried).isEqualTo(granted);
        assertThat(state.newestToken("db")).isEqualTo(granted.token());
        assertThat(acquire("a", 1_000, 10_500, "a-2")).as("another request of the same holder waits").isNull();
    }

    @Test
    void aRetryAfterItsLeaseEndedStillAnswersItWhileNoOneElseTookTheLock() {
        LockLease granted = acquire("a", 1_000, 10_000, "a-1");

        assertThat(acquire("a", 1_000, 12_000, "a-1")).isEqualTo(granted);
    }

    @Test
    void aRetryAfterAnotherHolderTookTheLockIsRefused() {
        LockLease lapsed = acquire("a", 1_000, 10_000, "a-1");
        LockLease next = acquire("b", 1_000, 11_000, "b-1");

        assertThat(acquire("a", 1_000, 11_100, "a-1")).isNull();
        assertThat(next.token()).isEqualTo(lapsed.token() + 1);
        assertThat(state.leaseOf("db", "b-1")).contains(next);
        assertThat(state.leaseOf("db", "a-1")).as("a lookup finds only the current grant's request").isEmpty();
    }

    @Test
    void aLookupFindsTheGrantOfARequestAndSoDoesARestoredReplica() {
        LockLease granted = acquire("a", 60_000, 10_000, "a-1");
        ReplicatedState restored = new ReplicatedState();
        restored.restore(codec.read(codec.write(state.snapshot()), StateSnapshot.class));

        assertThat(state.leaseOf("db", "a-1")).contains(granted);
        assertThat(restored.leaseOf("db", "a-1")).contains(granted);
        assertThat(restored.apply(++index, new Command.AcquireLock("db", "a", 60_000, 10_100, "a-1")).lease())
                .isEqualTo(granted);
    }

    @Test
    void entriesWrittenWithoutARequestIdAreNeverTakenForRetries() {
        assertThat(acquire("a", 1_000, 10_000, null)).isNotNull();

        assertThat(acquire("a", 1_000, 10_100, null)).isNull();
    }
}
