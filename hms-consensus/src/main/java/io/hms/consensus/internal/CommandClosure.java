package io.hms.consensus.internal;

import com.alipay.sofa.jraft.Closure;
import com.alipay.sofa.jraft.Status;
import com.alipay.sofa.jraft.error.RaftError;
import java.util.concurrent.CompletableFuture;

/**
 * The callback of a command proposed on the leader: the state machine records the outcome when it
 * applies the entry, and jraft runs the closure with OK after that, or with an error when the entry
 * could not be committed. Thread-safe.
 */
public final class CommandClosure implements Closure {

    private static final String NOT_LEADER = "Is not leader."; // jraft's message for that refusal

    private final CompletableFuture<Applied> result = new CompletableFuture<>();
    private final Command command;
    private volatile Applied applied;

    /** @param command the command proposed, as encoded in the entry */
    public CommandClosure(Command command) {
        this.command = command;
    }

    /** The command proposed: the leader applies it as is instead of decoding its own entry again. */
    Command command() {
        return command;
    }

    /** Completes with the outcome once applied on this replica, or fails. */
    public CompletableFuture<Applied> result() {
        return result;
    }

    void applied(Applied outcome) {
        this.applied = outcome;
    }

    /**
     * Whether jraft refused the task on a node that no longer led, before appending it to the log (its
     * {@code NodeImpl.executeApplyingTasks}): safe to propose again elsewhere. "Leader stepped down", also
     * EPERM, comes after appending, when the entry may still be committed by the next leader.
     */
    private static boolean refusedBeforeAppending(Status status) {
        return !status.isOk() && status.getCode() == RaftError.EPERM.getNumber()
                && NOT_LEADER.equals(status.getErrorMsg());
    }

    @Override
    public void run(Status status) {
        if (status.isOk() && applied != null) {
            result.complete(applied);
        } else {
            result.completeExceptionally(new RaftCommandException(status.isOk()
                    ? "the entry was committed but not applied" : status.getErrorMsg(),
                    refusedBeforeAppending(status)));
        }
    }
}
