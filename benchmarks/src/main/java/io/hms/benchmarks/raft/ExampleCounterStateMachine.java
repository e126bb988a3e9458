package io.hms.benchmarks.raft;

import com.alipay.remoting.exception.CodecException;
import com.alipay.remoting.serialization.Serializer;
import com.alipay.remoting.serialization.SerializerManager;
import com.alipay.sofa.jraft.Closure;
import com.alipay.sofa.jraft.Iterator;
import com.alipay.sofa.jraft.Node;
import com.alipay.sofa.jraft.Status;
import com.alipay.sofa.jraft.core.StateMachineAdapter;
import com.alipay.sofa.jraft.entity.Task;
import com.alipay.sofa.jraft.error.RaftError;
import com.alipay.sofa.jraft.error.RaftException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * The counter of jraft's own example ({@code jraft-example}'s counter server), rebuilt: each entry is
 * an operation object (an op code and a delta) serialized with bolt's Hessian2 serializer, 76 bytes
 * ({@link #entryBytes()}); the leader applies the operation it keeps in the proposer's closure, a
 * follower decodes it from the entry. Unlike the example, it logs nothing per entry and keeps its value
 * in a plain volatile field, so it is, if anything, faster. The counter a jraft user starts from, as
 * opposed to {@link BareCounterStateMachine}, the minimal one (an 8-byte delta).
 */
public final class ExampleCounterStateMachine extends StateMachineAdapter {

    private static final Serializer HESSIAN2 = SerializerManager.getSerializer(SerializerManager.Hessian2);

    private volatile long value;

    /** A counter at zero. */
    public ExampleCounterStateMachine() {
        // the value starts at zero
    }

    /**
     * An operation as the example's clients send it: an op code (only increments here) and a delta. A
     * plain class, since Hessian sets the fields of what it decodes.
     */
    public static final class Increment implements Serializable {
        private static final long serialVersionUID = 1L;
        private static final byte INCREMENT = 0x02;

        private byte op;
        private long delta;

        /** An increment by {@code delta}. */
        public Increment(long delta) {
            this.op = INCREMENT;
            this.delta = delta;
        }

        /** How much is added. */
        public long delta() {
            return delta;
        }

        @Override
        public String toString() {
            return "Increment[op=" + op + ", delta=" + delta + "]";
        }
    }

    /** The proposer's callback: holds the operation, completes with the counter's value after it. */
    private static final class Proposed implements Closure {
        private final Increment operation;
        private final CompletableFuture<Long> result = new CompletableFuture<>();
        private long valueAfter;

        Proposed(Increment operation) {
            this.operation = operation;
        }

        @Override
        public void run(Status status) {
            if (status.isOk()) {
                result.complete(valueAfter);
            } else {
                result.completeExceptionally(new IllegalStateException(status.toString()));
            }
        }
    }

    /** Adds {@code delta} through {@code leader}; completes with the counter's value once applied there. */
    public static CompletableFuture<Long> increment(Node leader, long delta) {
        Proposed proposed = new Proposed(new Increment(delta));
        try {
            leader.apply(new Task(ByteBuffer.wrap(HESSIAN2.serialize(proposed.operation)), proposed));
        } catch (CodecException e) {
            proposed.run(new Status(RaftError.EINTERNAL, "cannot encode " + proposed.operation + ": " + e));
        }
        return proposed.result;
    }

    /** The size of an increment's log entry. */
    public static int entryBytes() {
        try {
            return HESSIAN2.serialize(new Increment(1)).length;
        } catch (CodecException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onApply(Iterator iterator) {
        while (iterator.hasNext()) {
            Closure done = iterator.done();
            Proposed proposed = done instanceof Proposed p ? p : null;
            Increment operation;
            if (proposed != null) {
                operation = proposed.operation; // applied by its proposer: no need to decode the entry
            } else {
                ByteBuffer data = iterator.getData();
                try {
                    operation = HESSIAN2.deserialize(data.array(), Increment.class.getName());
                } catch (CodecException e) {
                    iterator.setErrorAndRollback(1, new Status(RaftError.ESTATEMACHINE, e.toString()));
                    return;
                }
            }
            long after = value + operation.delta();
            value = after;
            if (proposed != null) {
                proposed.valueAfter = after;
            }
            if (done != null) {
                done.run(Status.OK());
            }
            iterator.next();
        }
    }

    /** Says so on standard error, whatever the log level (see {@link BareCounterStateMachine#onError}). */
    @Override
    public void onError(RaftException e) {
        System.err.println("an example counter replica's state machine failed: " + e);
    }

    /** The counter's value on this replica. */
    public long value() {
        return value;
    }
}
