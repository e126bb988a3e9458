package io.hms.consensus.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * The future a caller of the coordinator gets: its outcome is {@linkplain #post posted} from jraft's
 * replication thread, which must never run a caller's code (a continuation that waited there for a
 * linearizable read would stall the node). So posting only hands the outcome over:
 *
 * <ul>
 *   <li>to a caller already blocked in {@link #join()} or {@link #get()}: it is woken directly and
 *       completes the future on its own thread, which then runs the future's continuations;</li>
 *   <li>otherwise to a callback thread, which completes the future and runs its continuations.</li>
 * </ul>
 *
 * <p>A caller that blocks on its command thus costs the replication thread one wake-up, as if the
 * future were completed there, and no hand-off to another thread; the rest is as for any
 * {@link CompletableFuture}, whose stages derived from this one are plain futures. Thread-safe.
 */
public final class DeliveredFuture<T> extends CompletableFuture<T> {

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(DeliveredFuture.class, "state", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What was posted. */
    private record Outcome(Object value, Throwable error) {
    }

    private final Executor callbacks;
    // null: nothing posted and no caller waiting; a Thread: the caller parked for the outcome; an Outcome
    private volatile Object state;

    /** @param callbacks completes the future when no caller waits for it; see {@link #of} */
    DeliveredFuture(Executor callbacks) {
        this.callbacks = callbacks;
        // completed some other way (cancel, complete, orTimeout...): the parked caller must notice
        whenComplete((value, error) -> {
            if (state instanceof Thread waiter) {
                LockSupport.unpark(waiter);
            }
        });
    }

    /** A future that {@link #post posts} the outcome of {@code source}, whichever thread completes it. */
    public static <T> DeliveredFuture<T> of(CompletableFuture<T> source, Executor callbacks) {
        DeliveredFuture<T> delivered = new DeliveredFuture<>(callbacks);
        source.whenComplete(delivered::post);
        return delivered;
    }

    /**
     * Hands over the outcome: wakes the caller waiting for it, or has a callback thread complete the
     * future (the calling thread when the executor refuses, as it does once closed). Runs none of the
     * future's continuations itself. The first post counts; later ones are ignored.
     */
    void post(T value, Throwable error) {
        Outcome outcome = new Outcome(value, error);
        Object before;
        do {
            before = state;
            if (before instanceof Outcome) {
                return;
            }
        } while (!STATE.compareAndSet(this, before, outcome));
        if (before instanceof Thread waiter) {
            LockSupport.unpark(waiter);
            return;
        }
        try {
            callbacks.execute(() -> settle(outcome));
        } catch (RejectedExecutionException closing) {
            settle(outcome);
        }
    }

    @Override
    public T join() {
        try {
            awaitPosted(false, false, 0);
        } catch (InterruptedException | TimeoutException impossible) {
            throw new AssertionError(impossible);
        }
        return super.join();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        try {
            awaitPosted(true, false, 0);
        } catch (TimeoutException impossible) {
            throw new AssertionError(impossible);
        }
        return super.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        long deadline = System.nanoTime() + nanos;
        boolean timed = nanos < Long.MAX_VALUE / 2; // longer is forever, and would overflow the deadline
        awaitPosted(true, timed, deadline);
        return timed ? super.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS) : super.get();
    }

    /** Whether a caller is parked for the outcome, for tests. */
    boolean hasWaiter() {
        return state instanceof Thread;
    }

    /**
     * Waits as the one fast waiter until the outcome is posted, then completes the future here. Returns
     * at once when the future is done, when the outcome is already posted (completing the future here
     * too), or when the caller should wait on the future itself: another caller is the fast waiter, or
     * this one is a fork-join worker, whose pool must learn that it blocks.
     *
     * @param deadline the {@link System#nanoTime()} to give up at, when {@code timed}
     */
    private void awaitPosted(boolean interruptible, boolean timed, long deadline)
            throws InterruptedException, TimeoutException {
        Thread self = Thread.currentThread();
        if (isDone() || self instanceof ForkJoinWorkerThread) {
            return;
        }
        if (state == null && STATE.compareAndSet(this, null, self)) {
            parkUntilPosted(self, interruptible, timed, deadline);
        }
        if (state instanceof Outcome outcome) {
            settle(outcome);
        }
    }

    /**
     * Parks until posted or completed some other way; on a timeout or an interrupt that comes first,
     * stops waiting and throws.
     */
    private void parkUntilPosted(Thread self, boolean interruptible, boolean timed, long deadline)
            throws InterruptedException, TimeoutException {
        boolean interrupted = false;
        try {
            while (!(state instanceof Outcome)) {
                if (isDone()) {
                    if (STATE.compareAndSet(this, self, null)) {
                        return;
                    }
                    continue; // posted meanwhile
                }
                long left = timed ? deadline - System.nanoTime() : Long.MAX_VALUE;
                if (left <= 0) {
                    if (STATE.compareAndSet(this, self, null)) {
                        throw new TimeoutException();
                    }
                    continue; // posted meanwhile
                }
                if (timed) {
                    LockSupport.parkNanos(this, left);
                } else {
                    LockSupport.park(this);
                }
                if (Thread.interrupted()) {
                    if (interruptible && STATE.compareAndSet(this, self, null)) {
                        throw new InterruptedException();
                    }
                    interrupted = true; // join() waits on; get() posted meanwhile returns the outcome
                }
            }
        } finally {
            if (interrupted) {
                self.interrupt();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void settle(Outcome outcome) {
        if (outcome.error() != null) {
            completeExceptionally(outcome.error());
        } else {
            complete((T) outcome.value());
        }
    }
}
