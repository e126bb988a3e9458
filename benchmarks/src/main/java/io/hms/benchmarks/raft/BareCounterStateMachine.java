package io.hms.benchmarks.raft;

import com.alipay.sofa.jraft.Iterator;
import com.alipay.sofa.jraft.Status;
import com.alipay.sofa.jraft.core.StateMachineAdapter;

/**
 * The smallest useful jraft state machine: each entry is an 8-byte delta added to a counter. The
 * baseline against which the coordinator's registry writes are measured.
 */
public final class BareCounterStateMachine extends StateMachineAdapter {

    private volatile long value;

    @Override
    public void onApply(Iterator iterator) {
        long sum = value;
        while (iterator.hasNext()) {
            sum += iterator.getData().getLong();
            if (iterator.done() != null) {
                iterator.done().run(Status.OK());
            }
            iterator.next();
        }
        value = sum;
    }

    /** The counter's value on this replica. */
    public long value() {
        return value;
    }
}
