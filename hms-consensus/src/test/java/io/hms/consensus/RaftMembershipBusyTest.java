package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import com.alipay.sofa.jraft.Status;
import com.alipay.sofa.jraft.error.RaftError;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RaftMembershipBusyTest {

    private static final Status BUSY = new Status(RaftError.EBUSY, "Doing another configuration change.");
    private static final Status REFUSED = new Status(RaftError.EINVAL, "Peer not in the configuration");

    @Test
    void aChangeRefusedAsBusyIsAskedAgainUntilTheLeaderTakesIt() {
        AtomicInteger asked = new AtomicInteger();

        Status status = RaftMembership.whileBusy(answers(asked, BUSY, BUSY, Status.OK()), Duration.ofSeconds(30));

        assertThat(status.isOk()).isTrue();
        assertThat(asked).hasValue(3);
    }

    @Test
    void anotherRefusalOrAnExhaustedPatienceEndsAtOnce() {
        AtomicInteger asked = new AtomicInteger();
        assertThat(RaftMembership.whileBusy(answers(asked, REFUSED, Status.OK()), Duration.ofSeconds(30))
                .getRaftError()).isEqualTo(RaftError.EINVAL);
        assertThat(asked).hasValue(1);

        AtomicInteger again = new AtomicInteger();
        assertThat(RaftMembership.whileBusy(answers(again, BUSY, Status.OK()), Duration.ZERO).getRaftError())
                .isEqualTo(RaftError.EBUSY);
        assertThat(again).hasValue(1);
    }

    @Test
    void anInterruptedWaitGivesTheLastAnswerAndKeepsTheInterrupt() {
        AtomicInteger asked = new AtomicInteger();
        Thread.currentThread().interrupt();
        try {
            assertThat(RaftMembership.whileBusy(answers(asked, BUSY, Status.OK()), Duration.ofSeconds(30))
                    .getRaftError()).isEqualTo(RaftError.EBUSY);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(asked).hasValue(1);
    }

    private static Supplier<Status> answers(AtomicInteger asked, Status... statuses) {
        ArrayDeque<Status> queue = new ArrayDeque<>(List.of(statuses));
        return () -> {
            asked.incrementAndGet();
            return queue.size() > 1 ? queue.poll() : queue.peek();
        };
    }
}
