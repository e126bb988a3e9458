package io.hms.consensus.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
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

    private static final Object POSTED = new Object(); // the state once the outcome is here
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(DeliveredFuture.class, "state", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Executor callbacks;
    // null: nothing posted and no caller waiting; a Thread: the caller parked for the outcome; POSTED
    private volatile Object state;
    private T value; // written before the swap to POSTED
    private Throwable error;

    /** @param callbacks completes the future when no caller waits for it */
    public DeliveredFuture(Executor callbacks) {
        this.callbacks = callbacks;
    }

    /** A future that {@link #post posts} the outcome of {@code source}, whichever thread completes it. */
    public static <T> DeliveredFuture<T> of(CompletableFuture<T> source, Executor callbacks) {
        DeliveredFuture<T> delivered = new DeliveredFuture<>(callbacks);
        source.whenComplete(delivered::post);
        return delivered;
    }

    /**
     * Hands over the outcome, once: wakes the caller waiting for it, or has a callback thread complete
     * the future (the calling thread when the executor refuses, as it does once closed). Runs none of
     * the future's continuations itself.
     */
    public void post(T value, Throwable error) {
        this.value = value;
        this.error = error;
        Object before = STATE.getAndSet(this, POSTED);
        if (before instanceof Thread waiter) {
            LockSupport.unpark(waiter);
        } else if (before == null) {
            try {
                callbacks.execute(this::settle);
            } catch (RejectedExecutionException closing) {
                settle();
            }
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
     * too), or when another caller is the fast waiter: this one then waits on the future itself.
     *
     * @param deadline the {@link System#nanoTime()} to give up at, when {@code timed}
     */
    private void awaitPosted(boolean interruptible, boolean timed, long deadline)
            throws InterruptedException, TimeoutException {
        if (isDone()) {
            return;
        }
        Thread self = Thread.currentThread();
        if (state == null && STATE.compareAndSet(this, null, self)) {
            parkUntilPosted(self, interruptible, timed, deadline);
        }
        if (state == POSTED) {
            settle();
        }
    }

    /** Parks until posted; on a timeout or an interrupt that comes first, stops waiting and throws. */
    private void parkUntilPosted(Thread self, boolean interruptible, boolean timed, long deadline)
            throws InterruptedException, TimeoutException {
        boolean interrupted = false;
        try {
            while (state != POSTED) {
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

    private void settle() {
        if (error != null) {
            completeExceptionally(error);
        } else {
            complete(value);
        }
    }
}
