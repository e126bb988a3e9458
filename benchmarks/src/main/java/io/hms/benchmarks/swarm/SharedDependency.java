package io.hms.benchmarks.swarm;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A dependency three instances share, in this JVM: answers in 2 ms while up; while down (for everyone, or
 * for one instance) an attempt fails after 5 ms. It counts, per instance, the attempts that reached it
 * while it was down for that instance: the calls wasted on it.
 */
final class SharedDependency {

    private final AtomicLongArray wasted;
    private final AtomicLongArray served;
    private volatile boolean down;
    private volatile int downOnlyFor = -1;

    SharedDependency(int instances) {
        wasted = new AtomicLongArray(instances);
        served = new AtomicLongArray(instances);
    }

    /** Down for everyone, or up again. */
    void down(boolean value) {
        down = value;
    }

    /** Down for {@code instance} alone (-1: for nobody). */
    void downOnlyFor(int instance) {
        downOnlyFor = instance;
    }

    /** One attempt from {@code instance}. */
    String call(int instance) {
        if (down || downOnlyFor == instance) {
            wasted.incrementAndGet(instance);
            LockSupport.parkNanos(5_000_000);
            throw new IllegalStateException("the shared dependency is down");
        }
        LockSupport.parkNanos(2_000_000);
        served.incrementAndGet(instance);
        return "ok";
    }

    long wasted(int instance) {
        return wasted.get(instance);
    }

    long served(int instance) {
        return served.get(instance);
    }
}
