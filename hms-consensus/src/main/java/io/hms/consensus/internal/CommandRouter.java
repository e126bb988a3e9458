package io.hms.consensus.internal;

import com.alipay.sofa.jraft.Node;
import com.alipay.sofa.jraft.entity.PeerId;
import com.alipay.sofa.jraft.entity.Task;
import com.alipay.sofa.jraft.error.InvokeTimeoutException;
import com.alipay.sofa.jraft.rpc.InvokeCallback;
import com.alipay.sofa.jraft.rpc.RpcClient;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Gets a command into the log from any replica: proposed directly on the leader, forwarded to the
 * leader from a follower, retried while no leader is known or the addressee no longer leads, until
 * the request timeout. The result completes only once the entry is applied on this replica.
 *
 * <p>A forward is retried only when it certainly was not proposed (no leader known, refused as not
 * leader, or the connection could not be made); a timeout or a connection lost after sending is
 * reported (the command may or may not have been applied), not retried. Lock
 * acquisitions are stamped with the leader's clock when proposed. Thread-safe.
 */
public final class CommandRouter {

    private static final long RETRY_MILLIS = 20;

    private final String groupId;
    private final Supplier<Node> node;
    private final CommandCodec codec;
    private final RpcClient rpc;
    private final AppliedIndex appliedIndex;
    private final ScheduledExecutorService retries;
    private final Clock clock;
    private final Duration timeout;

    /**
     * @param groupId      the Raft group
     * @param node         this replica
     * @param codec        encodes commands
     * @param rpc          reaches the leader
     * @param appliedIndex tells when an entry is applied here
     * @param retries      runs delayed retries
     * @param clock        stamps lock acquisitions on the leader
     * @param timeout      how long a command may take in all
     */
    public CommandRouter(String groupId, Supplier<Node> node, CommandCodec codec, RpcClient rpc, AppliedIndex appliedIndex,
                         ScheduledExecutorService retries, Clock clock, Duration timeout) {
        this.groupId = groupId;
        this.node = node;
        this.codec = codec;
        this.rpc = rpc;
        this.appliedIndex = appliedIndex;
        this.retries = retries;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Gets {@code command} into the log; completes once it is applied on this replica. */
    public CompletableFuture<Applied> submit(Command command) {
        return submit(command, System.nanoTime() + timeout.toNanos());
    }

    /**
     * Gets {@code command} into the log, giving up at {@code deadlineNanos} ({@link System#nanoTime()});
     * completes once it is applied on this replica.
     */
    public CompletableFuture<Applied> submit(Command command, long deadlineNanos) {
        CompletableFuture<Applied> result = new CompletableFuture<>();
        attempt(command, deadlineNanos, result, "no attempt made");
        return result;
    }

    /** Proposes {@code command} on this replica, which must lead; completes once applied here. */
    public CompletableFuture<Applied> proposeHere(Command command) {
        Command stamped = command instanceof Command.AcquireLock acquire ? acquire.stampedAt(clock.millis())
                : command instanceof Command.RenewLock renew ? renew.stampedAt(clock.millis()) : command;
        CommandClosure closure = new CommandClosure(stamped);
        node.get().apply(new Task(ByteBuffer.wrap(codec.encode(stamped)), closure));
        return closure.result();
    }

    private void attempt(Command command, long deadline, CompletableFuture<Applied> result, String lastFailure) {
        long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (result.isDone()) {
            return;
        }
        if (remainingMillis <= 0) {
            result.completeExceptionally(new TimeoutException("the cluster did not take the command within "
                    + timeout + " (" + lastFailure + "); check that a quorum of peers is running"));
            return;
        }
        // without the node's lock: a stale answer only sends the command the longer way (jraft refuses a
        // proposal on a node that no longer leads, and a forward to a non-leader is refused and retried)
        if (node.get().isLeader(false)) {
            proposeHere(command).whenComplete((applied, error) -> {
                if (error instanceof RaftCommandException refused && refused.notLeader()) {
                    retryLater(command, deadline, result, "this node stopped leading before proposing it");
                } else {
                    complete(result, applied, error);
                }
            });
            return;
        }
        PeerId leader = node.get().getLeaderId();
        if (leader == null || leader.isEmpty()) {
            retryLater(command, deadline, result, "no leader is known");
            return;
        }
        ForwardRequest request = new ForwardRequest(groupId, codec.encode(command));
        try {
            rpc.invokeAsync(leader.getEndpoint(), request, new InvokeCallback() {
                @Override
                public void complete(Object response, Throwable error) {
                    onForwarded(command, deadline, result, leader, response, error);
                }
            }, remainingMillis);
        } catch (Exception e) {
            retryLater(command, deadline, result, "cannot reach leader " + leader + ": " + e.getMessage());
        }
    }

    private void onForwarded(Command command, long deadline, CompletableFuture<Applied> result, PeerId leader,
                             Object response, Throwable error) {
        if (error instanceof InvokeTimeoutException) {
            result.completeExceptionally(new TimeoutException("leader " + leader + " did not answer within "
                    + timeout + "; the command may or may not have been applied"));
        } else if (error != null) {
            // the request was sent (a connection that cannot be made fails in invokeAsync): the leader may
            // have proposed it before the connection broke, so a retry could apply it twice
            result.completeExceptionally(new RaftCommandException("lost the connection to leader " + leader
                    + " (" + error.getMessage() + "); the command may or may not have been applied", false));
        } else if (response instanceof ForwardResponse answer && answer.applied != null) {
            Applied applied = codec.read(answer.applied, Applied.class);
            appliedIndex.await(applied.index()).whenComplete((v, e) -> complete(result, applied, e));
        } else if (response instanceof ForwardResponse answer && answer.notLeader) {
            retryLater(command, deadline, result, leader + " no longer leads");
        } else {
            String why = response instanceof ForwardResponse answer ? answer.error : String.valueOf(response);
            result.completeExceptionally(new RaftCommandException("leader " + leader + " refused: " + why, false));
        }
    }

    private void retryLater(Command command, long deadline, CompletableFuture<Applied> result, String why) {
        try {
            retries.schedule(() -> attempt(command, deadline, result, why), RETRY_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            result.completeExceptionally(new RaftCommandException("the coordinator is closed (" + why + ")", false));
        }
    }

    private static void complete(CompletableFuture<Applied> result, Applied applied, Throwable error) {
        if (error != null) {
            result.completeExceptionally(error);
        } else {
            result.complete(applied);
        }
    }
}
