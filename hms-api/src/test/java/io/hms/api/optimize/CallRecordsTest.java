package io.hms.api.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallRecordsTest {

    private static final CallRecords.Outcome OK = CallRecords.Outcome.SUCCESS;
    private static final CallRecords.Outcome FAILED = CallRecords.Outcome.FAILURE;

    @Test
    void withoutAttemptNumbersEveryAttemptIsACallOfItsOwn() {
        CallRecords records = new CallRecords(new long[] {1, 2}, new long[] {5, 5}, new CallRecords.Outcome[] {OK, OK});
        assertThat(records.attempts()).containsExactly(1, 1);
        assertThat(records.calls()).isEqualTo(2);
    }

    @Test
    void callsCountTheFirstAttempts() {
        CallRecords records = new CallRecords(new long[] {1, 2, 3, 4}, new long[] {5, 5, 5, 5},
                new CallRecords.Outcome[] {FAILED, FAILED, OK, OK}, new int[] {1, 2, 3, 1});
        assertThat(records.size()).isEqualTo(4);
        assertThat(records.calls()).isEqualTo(2);
        assertThat(records.attempt(2)).isEqualTo(3);
    }

    @Test
    void waitsForAPlaceAreKeptAndZeroWithoutTheColumn() {
        CallRecords waited = new CallRecords(new long[] {1, 2}, new long[] {5, 5}, new CallRecords.Outcome[] {OK, OK},
                new int[] {1, 1}, new long[] {0, 7});
        assertThat(waited.waitNanos(1)).isEqualTo(7);
        assertThat(waited.waitNanos()).containsExactly(0, 7);
        CallRecords without = new CallRecords(new long[] {1}, new long[] {5}, new CallRecords.Outcome[] {OK});
        assertThat(without.waitNanos(0)).isZero();
        assertThat(without.waitNanos()).containsExactly(0);
        assertThatThrownBy(() -> without.waitNanos(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new CallRecords(new long[] {1}, new long[] {5}, new CallRecords.Outcome[] {OK},
                new int[] {1}, new long[] {-1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attempt 0 waited -1 ns for a place; a wait is 0 or more");
    }

    @Test
    void anAttemptNumberBelowOneIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> new CallRecords(new long[] {1, 2}, new long[] {5, 5},
                new CallRecords.Outcome[] {OK, OK}, new int[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attempt 1 has number 0")
                .hasMessageContaining("from 1 (its first)");
    }

    @Test
    void columnsOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> new CallRecords(new long[] {1}, new long[] {5}, new CallRecords.Outcome[] {OK},
                new int[] {1, 1}))
                .hasMessageContaining("one length, got 1, 1, 1 and 2");
    }

    @Test
    void theColumnsAreCopies() {
        int[] attempts = {1};
        CallRecords records = new CallRecords(new long[] {1}, new long[] {5}, new CallRecords.Outcome[] {OK}, attempts);
        attempts[0] = 9;
        records.attempts()[0] = 9;
        assertThat(records.attempt(0)).isEqualTo(1);
    }
}
