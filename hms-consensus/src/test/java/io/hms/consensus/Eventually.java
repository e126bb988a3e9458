package io.hms.consensus;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits, with a deadline, for a condition on real state; fails the test with a description if it never holds. */
public final class Eventually {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private Eventually() {
    }

    static void until(String what, BooleanSupplier condition) {
        value(what, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    static <T> T value(String what, Supplier<T> probe) {
        return value(what, PATIENCE, probe);
    }

    /** The first non-null answer of {@code probe} within {@code patience}; fails the test naming {@code what}. */
    public static <T> T value(String what, Duration patience, Supplier<T> probe) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + patience + ": " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
