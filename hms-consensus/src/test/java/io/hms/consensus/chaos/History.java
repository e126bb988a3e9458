package io.hms.consensus.chaos;

import io.hms.consensus.linearizability.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records the operations clients make on the register, stamping invocations and completions with
 * one shared counter so that their order across threads is exact. Thread-safe.
 */
final class History {

    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<Operation> operations = new ArrayList<>();
    private final AtomicInteger readsLost = new AtomicInteger();

    /** Stamps an invocation. */
    long invoke() {
        return clock.incrementAndGet();
    }

    /** Records a write that was acknowledged. */
    void writeOk(String value, long invokedAt) {
        add(Operation.write(ids.incrementAndGet(), value, invokedAt, clock.incrementAndGet()));
    }

    /** Records a write whose fate is unknown: it may yet take effect. */
    void writeUnknown(String value, long invokedAt) {
        add(Operation.unknownWrite(ids.incrementAndGet(), value, invokedAt));
    }

    /** Records a read that returned {@code value} ({@code null}: nothing written yet). */
    void readOk(String value, long invokedAt) {
        add(Operation.read(ids.incrementAndGet(), value, invokedAt, clock.incrementAndGet()));
    }

    /** Counts a read that got no answer; it tells nothing about the register. */
    void readLost() {
        readsLost.incrementAndGet();
    }

    int readsLost() {
        return readsLost.get();
    }

    synchronized List<Operation> operations() {
        return List.copyOf(operations);
    }

    private synchronized void add(Operation operation) {
        operations.add(operation);
    }
}
