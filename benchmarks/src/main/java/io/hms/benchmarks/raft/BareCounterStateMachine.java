package io.hms.benchmarks.raft;

import com.alipay.sofa.jraft.Iterator;
import com.alipay.sofa.jraft.Status;
import com.alipay.sofa.jraft.core.StateMachineAdapter;
import com.alipay.sofa.jraft.error.RaftException;

/**
 * The smallest useful jraft state machine: each entry is an 8-byte delta added to a counter. The
 * baseline against which the coordinator's registry writes are measured. Made with a number of
 * nanoseconds, it also stays busy that long on each entry: a control for how the time a state machine
 * spends per entry changes the group's throughput.
 */
public final class BareCounterStateMachine extends StateMachineAdapter {

    private final long busyNanosPerEntry;
    private volatile long value;

    /** A counter that does nothing else. */
    public BareCounterStateMachine() {
        this(0);
    }

    /** A counter that also stays busy {@code busyNanosPerEntry} on each entry it applies. */
    public BareCounterStateMachine(long busyNanosPerEntry) {
        this.busyNanosPerEntry = busyNanosPerEntry;
    }

    @Override
    public void onApply(Iterator iterator) {
        long sum = value;
        while (iterator.hasNext()) {
            // absolute: the entry's buffer is the one the leader's log keeps for replicas still catching up
            sum += iterator.getData().getLong(0);
            if (busyNanosPerEntry > 0) {
                busy();
            }
            if (iterator.done() != null) {
                iterator.done().run(Status.OK());
            }
            iterator.next();
        }
        value = sum;
    }

    /**
     * Says so on standard error, whatever the log level: a replica whose state machine failed leaves a group
     * that still commits, with less work to do, and a baseline measured on it would be too fast.
     */
    @Override
    public void onError(RaftException e) {
        System.err.println("a bare counter replica's state machine failed: " + e);
    }

    /** The counter's value on this replica. */
    public long value() {
        return value;
    }

    private void busy() {
        long end = System.nanoTime() + busyNanosPerEntry;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
