package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.alipay.sofa.jraft.rpc.Connection;
import com.alipay.sofa.jraft.rpc.RpcContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The leader's side of a forwarded command: it refuses what it cannot serve and answers with the outcome. */
class ForwardProcessorTest {

    final CommandCodec codec = new CommandCodec();
    final Command release = new Command.ReleaseLock("db", 7);
    final List<Command> proposed = new ArrayList<>();
    final Answers answers = new Answers();

    private ForwardProcessor processor(boolean leading, CompletableFuture<Applied> outcome) {
        return new ForwardProcessor("hms", codec, () -> leading, command -> {
            proposed.add(command);
            return outcome;
        });
    }

    private ForwardRequest request(String groupId, byte[] entry) {
        return new ForwardRequest(groupId, entry);
    }

    @Test
    void theLeaderProposesTheCommandAndAnswersWithItsAppliedOutcome() {
        Applied applied = new Applied(42, null, 3, 0);
        processor(true, CompletableFuture.completedFuture(applied))
                .handleRequest(answers, request("hms", codec.encode(release)));

        assertThat(proposed).containsExactly(release);
        ForwardResponse answer = answers.only();
        assertThat(answer.error).isNull();
        assertThat(codec.read(answer.applied, Applied.class)).isEqualTo(applied);
    }

    @Test
    void aRequestForAnotherGroupIsRefusedWithoutProposingAndNotAsANotLeader() {
        processor(true, new CompletableFuture<>()).handleRequest(answers, request("other", codec.encode(release)));

        assertThat(proposed).isEmpty();
        assertThat(answers.only().error).isEqualTo("this node serves group 'hms', not 'other'");
        assertThat(answers.only().notLeader).isFalse();
    }

    @Test
    void aFollowerRefusesAtOnceSoTheSenderMayTryElsewhere() {
        processor(false, new CompletableFuture<>()).handleRequest(answers, request("hms", codec.encode(release)));

        assertThat(proposed).isEmpty();
        assertThat(answers.only().error).isEqualTo("not the leader");
        assertThat(answers.only().notLeader).isTrue();
        assertThat(answers.only().applied).isNull();
    }

    @Test
    void anUnreadableEntryIsRefusedWithTheReason() {
        processor(true, new CompletableFuture<>()).handleRequest(answers, request("hms", new byte[] {99, 1, 2}));

        assertThat(proposed).isEmpty();
        assertThat(answers.only().error).contains("v99");
        assertThat(answers.only().notLeader).isFalse();
    }

    @Test
    void aProposalRefusedForNotLeadingIsAnsweredAsNotLeader() {
        CompletableFuture<Applied> outcome = new CompletableFuture<>();
        processor(true, outcome).handleRequest(answers, request("hms", codec.encode(release)));
        assertThat(answers.sent).as("no answer before the outcome").isEmpty();

        outcome.completeExceptionally(new CompletionException(new RaftCommandException("lost leadership", true)));

        assertThat(answers.only().notLeader).isTrue();
        assertThat(answers.only().error).contains("lost leadership");
    }

    @Test
    void aProposalThatFailedOtherwiseIsNotRetriedElsewhere() {
        processor(true, CompletableFuture.failedFuture(new RaftCommandException("timed out", false)))
                .handleRequest(answers, request("hms", codec.encode(release)));

        assertThat(answers.only().notLeader).isFalse();
        assertThat(answers.only().error).isEqualTo("timed out");

        Answers other = new Answers();
        processor(true, CompletableFuture.failedFuture(new IllegalStateException("disk full")))
                .handleRequest(other, request("hms", codec.encode(release)));
        assertThat(other.only().notLeader).isFalse();
        assertThat(other.only().error).isEqualTo("disk full");
    }

    @Test
    void itServesForwardRequests() {
        assertThat(processor(true, new CompletableFuture<>()).interest()).isEqualTo(ForwardRequest.class.getName());
    }

    /** Collects what the processor answers. */
    static final class Answers implements RpcContext {
        final List<Object> sent = new ArrayList<>();

        @Override
        public void sendResponse(Object response) {
            sent.add(response);
        }

        @Override
        public Connection getConnection() {
            return null;
        }

        @Override
        public String getRemoteAddress() {
            return "127.0.0.1:1";
        }

        ForwardResponse only() {
            assertThat(sent).hasSize(1);
            return (ForwardResponse) sent.get(0);
        }
    }
}
