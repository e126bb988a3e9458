package io.hms.api.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.CallRecords.Outcome;
import org.junit.jupiter.api.Test;

/** The per-attempt accessors, the counts and the column copies of a call trace. */
class CallRecordsQueriesTest {

    private final CallRecords records = new CallRecords(new long[] {10, 20, 30, 40}, new long[] {5, 0, 7, 9},
            new Outcome[] {Outcome.SUCCESS, Outcome.REJECTED, Outcome.TIMEOUT, Outcome.SUCCESS});

    @Test
    void eachAttemptIsReadByItsIndex() {
        assertThat(records.startNanos(2)).isEqualTo(30);
        assertThat(records.latencyNanos(2)).isEqualTo(7);
        assertThat(records.outcome(1)).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void countTalliesTheAttemptsThatEndedOneWay() {
        assertThat(records.count(Outcome.SUCCESS)).isEqualTo(2);
        assertThat(records.count(Outcome.TIMEOUT)).isEqualTo(1);
        assertThat(records.count(Outcome.FAILURE)).isZero();
    }

    @Test
    void theColumnAccessorsReturnCopies() {
        records.startNanos()[0] = -1;
        records.latencyNanos()[0] = -1;
        records.outcomes()[0] = Outcome.FAILURE;
        assertThat(records.startNanos()).containsExactly(10, 20, 30, 40);
        assertThat(records.latencyNanos()).containsExactly(5, 0, 7, 9);
        assertThat(records.outcomes()).containsExactly(Outcome.SUCCESS, Outcome.REJECTED, Outcome.TIMEOUT,
                Outcome.SUCCESS);
    }

    @Test
    void theEmptyTraceHasNoAttemptsAndNoCalls() {
        assertThat(CallRecords.empty().size()).isZero();
        assertThat(CallRecords.empty().calls()).isZero();
        assertThat(CallRecords.empty().count(Outcome.SUCCESS)).isZero();
    }

    @Test
    void toStringShowsTheSizeAndAtMostTheFirstEightOutcomes() {
        assertThat(records).hasToString("CallRecords[size=4, outcomes=[SUCCESS, REJECTED, TIMEOUT, SUCCESS]]");
        Outcome[] nine = new Outcome[9];
        java.util.Arrays.fill(nine, Outcome.FAILURE);
        CallRecords long9 = new CallRecords(new long[9], new long[9], nine);
        assertThat(long9.toString()).startsWith("CallRecords[size=9, outcomes=[FAILURE,").endsWith("FAILURE]...]");
        assertThat(long9.toString().split("FAILURE", -1)).hasSize(9);
    }
}
