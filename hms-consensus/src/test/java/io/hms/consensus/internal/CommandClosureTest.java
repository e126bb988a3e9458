package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.alipay.sofa.jraft.Status;
import com.alipay.sofa.jraft.error.RaftError;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class CommandClosureTest {

    @Test
    void aTaskRefusedBeforeItReachedTheLogMayBeProposedAgain() {
        assertThat(failure(new Status(RaftError.EPERM, "Is not leader.")).notLeader()).isTrue();
    }

    @Test
    void aTaskDroppedAfterItReachedTheLogMayStillCommitSoItIsNotProposedAgain() {
        assertThat(failure(new Status(RaftError.EPERM, "Leader stepped down")).notLeader()).isFalse();
        assertThat(failure(new Status(RaftError.EBUSY, "Is transferring leadership.")).notLeader()).isFalse();
    }

    private static RaftCommandException failure(Status status) {
        CommandClosure closure = new CommandClosure(null);
        closure.run(status);
        assertThat(closure.result()).isCompletedExceptionally();
        try {
            closure.result().join();
            throw new AssertionError("the closure completed normally");
        } catch (CompletionException e) {
            return (RaftCommandException) e.getCause();
        }
    }
}
