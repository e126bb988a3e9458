package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallTraceTest {

    private final ManualScheduler time = new ManualScheduler();

    @Test
    void recordsEachAttemptWithStartLatencyAndOutcome() {
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", Policies.plain().withTimeout(TimeoutPolicy.of(Duration.ofSeconds(1)))
                    .withBreaker(Policies.countBreaker(3, 3)), e -> false);
            guard.trace().start();
            guard.fallback(cause -> "fallback");
            long start = time.nanoTime();

            guard.call(() -> {
                time.advance(Duration.ofMillis(30));
                return "ok";
            });
            guard.call(() -> {
                throw new IllegalStateException("down");
            });
            guard.call(() -> {
                time.advance(Duration.ofSeconds(2));
                return "late";
            });
            guard.call(() -> "refused: the breaker is open");

            CallRecords trace = guard.trace().snapshot();
            assertThat(trace.outcomes()).containsExactly(CallRecords.Outcome.SUCCESS, CallRecords.Outcome.FAILURE,
                    CallRecords.Outcome.TIMEOUT, CallRecords.Outcome.REJECTED);
            assertThat(trace.startNanos(0)).isEqualTo(start);
            assertThat(trace.latencyNanos(0)).isEqualTo(Duration.ofMillis(30).toNanos());
            assertThat(trace.startNanos(2)).isEqualTo(start + Duration.ofMillis(30).toNanos());
            assertThat(trace.latencyNanos(2)).isEqualTo(Duration.ofSeconds(2).toNanos());
            assertThat(trace.latencyNanos(3)).isZero();
        }
    }

    @Test
    void numbersEachAttemptWithinItsCallSoRetriesAreNotCountedAsCalls() {
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", Policies.plain().withRetry(RetryPolicy.defaults().withMaxAttempts(3)),
                    e -> e instanceof IllegalStateException);
            guard.trace().start();
            AtomicInteger attempts = new AtomicInteger();
            guard.call(() -> {
                if (attempts.incrementAndGet() < 3) {
                    throw new IllegalStateException("not yet");
                }
                return "third time";
            });
            guard.call(() -> "at once");

            CallRecords trace = guard.trace().snapshot();
            assertThat(trace.outcomes()).containsExactly(CallRecords.Outcome.FAILURE, CallRecords.Outcome.FAILURE,
                    CallRecords.Outcome.SUCCESS, CallRecords.Outcome.SUCCESS);
            assertThat(trace.attempts()).containsExactly(1, 2, 3, 1);
            assertThat(trace.calls()).isEqualTo(2);
        }
    }

    @Test
    void aWaitForAPlaceIsKeptToTheMicrosecond() {
        CallTrace trace = started(new CallTrace(4));
        trace.record(10, 5, CallRecords.Outcome.SUCCESS, 1, 2_345_678);
        trace.record(20, 5, CallRecords.Outcome.SUCCESS, 1);
        CallRecords records = trace.snapshot();
        assertThat(records.waitNanos()).containsExactly(2_346_000, 0);
    }

    @Test
    void anAttemptNumberBeyondTheHighestKeptIsRecordedAsIt() {
        CallTrace trace = started(new CallTrace(2));
        trace.record(1, 1, CallRecords.Outcome.FAILURE, 500);
        assertThat(trace.snapshot().attempt(0)).isEqualTo(CallTrace.MAX_ATTEMPT);
    }

    @Test
    void keepsOnlyTheMostRecentAttemptsOldestFirst() {
        CallTrace trace = started(new CallTrace(8));
        for (int i = 0; i < 20; i++) {
            trace.record(i, i * 10L, i % 2 == 0 ? CallRecords.Outcome.SUCCESS : CallRecords.Outcome.FAILURE, 1);
        }

        CallRecords snapshot = trace.snapshot();

        assertThat(trace.recorded()).isEqualTo(20);
        assertThat(snapshot.size()).isEqualTo(8);
        assertThat(snapshot.startNanos()).containsExactly(12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(snapshot.latencyNanos(7)).isEqualTo(190);
        assertThat(snapshot.outcome(7)).isEqualTo(CallRecords.Outcome.FAILURE);
    }

    @Test
    void aGuardsTraceIsBoundedByItsCapacity() {
        try (Guards guards = new Guards(time, new EventLog(), Guards.DEFAULT_TIMEOUT_RESOLUTION, 16)) {
            Guard guard = guards.register("db", Policies.plain(), e -> false);
            guard.trace().start();
            for (int i = 0; i < 100; i++) {
                guard.call(() -> "ok");
            }
            assertThat(guard.trace().capacity()).isEqualTo(16);
            assertThat(guard.trace().snapshot().size()).isEqualTo(16);
        }
    }

    @Test
    void defaultCapacityIs4096AndOthersRoundUpToAPowerOfTwo() {
        assertThat(new CallTrace().capacity()).isEqualTo(4096);
        assertThat(new CallTrace(1000).capacity()).isEqualTo(1024);
        assertThat(new CallTrace(1).capacity()).isEqualTo(1);
        assertThat(new CallTrace(0).capacity()).isZero();
        assertThatThrownBy(() -> new CallTrace(-1)).hasMessageContaining("got -1");
        assertThatThrownBy(() -> new CallTrace(CallTrace.MAX_CAPACITY + 1)).hasMessageContaining("0 turns the trace off");
    }

    @Test
    void aTraceRecordsNothingUntilStartedAndEverythingAfter() {
        CallTrace trace = new CallTrace(8);
        trace.record(1, 1, CallRecords.Outcome.FAILURE, 1);

        assertThat(trace.recording()).isFalse();
        assertThat(trace.recorded()).isZero();
        assertThat(trace.snapshot().size()).isZero();

        assertThat(trace.start()).isTrue();
        assertThat(trace.start()).as("idempotent").isTrue();
        trace.record(2, 2, CallRecords.Outcome.SUCCESS, 1);

        assertThat(trace.recording()).isTrue();
        assertThat(trace.recorded()).isEqualTo(1);
        assertThat(trace.snapshot().startNanos()).containsExactly(2);
    }

    @Test
    void aTraceOfCapacityZeroNeverRecords() {
        CallTrace trace = new CallTrace(0);

        assertThat(trace.start()).isFalse();
        trace.record(1, 1, CallRecords.Outcome.SUCCESS, 1);

        assertThat(trace.recording()).isFalse();
        assertThat(trace.snapshot().size()).isZero();
    }

    @Test
    void aGuardsTraceRecordsOnceStarted() {
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", Policies.plain(), e -> false);
            guard.call(() -> "before");

            assertThat(guard.trace().recording()).as("no ring before anyone asks").isFalse();
            assertThat(guard.trace().snapshot().size()).isZero();

            guard.trace().start();
            guard.call(() -> "after");
            assertThat(guard.trace().snapshot().outcomes()).containsExactly(CallRecords.Outcome.SUCCESS);
        }
    }

    private static CallTrace started(CallTrace trace) {
        trace.start();
        return trace;
    }

    @Test
    void snapshotIsACopy() {
        CallTrace trace = started(new CallTrace(4));
        trace.record(1, 1, CallRecords.Outcome.SUCCESS, 1);
        CallRecords snapshot = trace.snapshot();
        snapshot.startNanos()[0] = 99;

        trace.record(2, 2, CallRecords.Outcome.SUCCESS, 1);

        assertThat(snapshot.size()).isEqualTo(1);
        assertThat(snapshot.startNanos(0)).isEqualTo(1);
    }
}
