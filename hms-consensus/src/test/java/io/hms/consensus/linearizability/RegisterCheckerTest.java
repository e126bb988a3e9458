package io.hms.consensus.linearizability;

import static io.hms.consensus.linearizability.Operation.failedWrite;
import static io.hms.consensus.linearizability.Operation.read;
import static io.hms.consensus.linearizability.Operation.unknownWrite;
import static io.hms.consensus.linearizability.Operation.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterCheckerTest {

    private static Verdict check(Operation... history) {
        return RegisterChecker.check(List.of(history));
    }

    @Test
    void anEmptyHistoryIsLinearizable() {
        assertThat(check().linearizable()).isTrue();
    }

    @Test
    void aReadBeforeAnyWriteSeesTheInitialState() {
        assertThat(check(read(1, null, 0, 1), write(2, "a", 2, 3), read(3, "a", 4, 5)).linearizable()).isTrue();
    }

    @Test
    void sequentialWritesAndReadsOfTheLatestValueAreLinearizable() {
        assertThat(check(write(1, "a", 0, 1), read(2, "a", 2, 3), write(3, "b", 4, 5), read(4, "b", 6, 7))
                .linearizable()).isTrue();
    }

    @Test
    void aStaleReadAfterACompletedWriteIsRefused() {
        Verdict verdict = check(write(1, "a", 0, 1), write(2, "b", 2, 3), read(3, "a", 4, 5));

        assertThat(verdict.linearizable()).isFalse();
        assertThat(verdict.explanation()).contains("#3 read()->a");
    }

    @Test
    void aLostWriteIsRefused() {
        // "b" was acknowledged, yet a later read sees the value from before it
        assertThat(check(write(1, "a", 0, 1), write(2, "b", 2, 3), read(3, "b", 4, 5), read(4, "a", 6, 7))
                .linearizable()).isFalse();
        assertThat(check(write(1, "a", 0, 1), write(2, "b", 2, 3), read(3, null, 4, 5)).linearizable()).isFalse();
    }

    @Test
    void aReadOfAValueNeverWrittenIsRefused() {
        assertThat(check(write(1, "a", 0, 1), read(2, "z", 2, 3)).linearizable()).isFalse();
    }

    @Test
    void overlappingOperationsMayTakeEffectInEitherOrder() {
        // the read overlaps both writes: it may see either value, and later reads agree with one order
        assertThat(check(write(1, "a", 0, 10), write(2, "b", 1, 11), read(3, "a", 2, 12), read(4, "a", 13, 14))
                .linearizable()).isTrue();
        assertThat(check(write(1, "a", 0, 10), write(2, "b", 1, 11), read(3, "b", 2, 12), read(4, "a", 13, 14))
                .linearizable()).isTrue();
        assertThat(check(write(1, "a", 0, 10), read(2, null, 1, 2), read(3, "a", 3, 4)).linearizable()).isTrue();
    }

    @Test
    void readsMustNotSeeValuesGoBackwards() {
        // both reads overlap the write, but once "a" has been seen the initial state cannot come back
        assertThat(check(write(1, "a", 0, 10), read(2, "a", 1, 2), read(3, null, 3, 4)).linearizable()).isFalse();
    }

    @Test
    void anUnknownWriteMayHaveTakenEffect() {
        assertThat(check(write(1, "a", 0, 1), unknownWrite(2, "b", 2), read(3, "b", 10, 11), read(4, "b", 12, 13))
                .linearizable()).isTrue();
    }

    @Test
    void anUnknownWriteMayNotHaveTakenEffect() {
        assertThat(check(write(1, "a", 0, 1), unknownWrite(2, "b", 2), read(3, "a", 10, 11)).linearizable())
                .isTrue();
    }

    @Test
    void anUnknownWriteTakesEffectAtMostOnceAndNotBeforeItsInvocation() {
        assertThat(check(write(1, "a", 0, 1), unknownWrite(2, "b", 2), read(3, "b", 3, 4), read(4, "a", 5, 6))
                .linearizable()).isFalse();
        assertThat(check(read(1, "b", 0, 1), unknownWrite(2, "b", 2)).linearizable()).isFalse();
    }

    @Test
    void aRefusedWriteNeverTakesEffect() {
        assertThat(check(write(1, "a", 0, 1), failedWrite(2, "b", 2, 3), read(3, "a", 4, 5)).linearizable()).isTrue();
        assertThat(check(write(1, "a", 0, 1), failedWrite(2, "b", 2, 3), read(3, "b", 4, 5)).linearizable())
                .isFalse();
    }

    @Test
    void aLongConcurrentHistoryWithManyUnknownWritesIsCheckedQuickly() {
        List<Operation> history = new ArrayList<>();
        int id = 0;
        long t = 0;
        String last = null;
        for (int i = 0; i < 3_000; i++) {
            String value = "v" + i;
            if (i % 100 == 50) {
                history.add(unknownWrite(++id, value + "-lost", t));
            }
            history.add(write(++id, value, t, t + 3));
            history.add(read(++id, i % 2 == 0 ? last : value, t + 1, t + 4));
            last = value;
            t += 4;
        }

        Verdict verdict = RegisterChecker.check(history);

        assertThat(verdict.linearizable()).as(verdict.explanation()).isTrue();
        assertThat(verdict.checked()).isEqualTo(history.size());
    }
}
