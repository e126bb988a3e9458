package io.hms.consensus.internal;

import com.alipay.sofa.jraft.Closure;
import com.alipay.sofa.jraft.Status;
import io.hms.api.spi.LockLease;
import java.util.concurrent.CompletableFuture;

/**
 * The callback of a command proposed on the leader: the state machine records the outcome when it
 * applies the entry, and jraft runs the closure with OK after that, or with an error when the entry
 * could not be committed. Thread-safe.
 */
public final class CommandClosure implements Closure {

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

    void applied(long index, LockLease lease) {
        this.applied = new Applied(index, lease);
    }

    @Override
    public void run(Status status) {
        if (status.isOk() && applied != null) {
            result.complete(applied);
        } else {
            result.completeExceptionally(new RaftCommandException(status.isOk()
                    ? "the entry was committed but not applied" : status.getErrorMsg(), !status.isOk()
                    && status.getCode() == com.alipay.sofa.jraft.error.RaftError.EPERM.getNumber()));
        }
    }
}
