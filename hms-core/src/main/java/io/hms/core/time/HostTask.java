package io.hms.core.time;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One run of host code on a {@link HostThreads} thread: queued, running, done or called off. Calling it off
 * before it starts means it never starts; calling it off while it runs interrupts its thread, and only that
 * run, even if the thread has moved on by then. A run that returns completes {@link HostCall#returned()}
 * before its result, so whoever sees the result may start the same code again at once.
 */
final class HostTask<T> implements Runnable {

    private enum State { QUEUED, RUNNING, DONE }

    private final Callable<T> code;
    private final Consumer<HostTask<?>> onReturn;
    private final InFlightWork work;
    private final HostCall<T> call = new HostCall<>(new CompletableFuture<>(), new CompletableFuture<>());
    private State state = State.QUEUED;
    private Thread thread;

    /**
     * @param work     the host code
     * @param onReturn told when the run returns or is called off before it started
     * @param inFlight counts the task as work from now until its result is answered
     */
    HostTask(Callable<T> work, Consumer<HostTask<?>> onReturn, InFlightWork inFlight) {
        this.code = work;
        this.onReturn = onReturn;
        this.work = inFlight;
        inFlight.begin();
    }

    HostCall<T> call() {
        return call;
    }

    @Override
    public void run() {
        synchronized (this) {
            if (state != State.QUEUED) {
                return;
            }
            state = State.RUNNING;
            thread = Thread.currentThread();
        }
        T value = null;
        Throwable error = null;
        try {
            value = code.call();
        } catch (Throwable e) {
            error = e;
        } finally {
            synchronized (this) {
                state = State.DONE;
                thread = null;
                Thread.interrupted(); // an interrupt meant for this run must not reach the thread's next task
            }
            finish();
        }
        // answered only once the run counts as returned, so whoever sees the answer may start the code again
        answer(error != null ? call.result().completeExceptionally(error) : call.result().complete(value));
    }

    /** The deadline passed: the result times out and the run is called off. */
    void expire(Duration timeout) {
        if (call.result().completeExceptionally(new TimeoutException("did not finish within " + timeout))) {
            cancel();
            work.end();
        }
    }

    /** Never starts if queued; interrupted if running. */
    void cancel() {
        boolean neverRan;
        synchronized (this) {
            neverRan = state == State.QUEUED;
            if (neverRan) {
                state = State.DONE;
            } else if (state == State.RUNNING) {
                thread.interrupt();
            }
        }
        if (neverRan) {
            answer(call.result().completeExceptionally(new RejectedExecutionException("called off before it started")));
            finish();
        }
    }

    HostCall<T> rejected(String why) {
        synchronized (this) {
            state = State.DONE;
        }
        answer(call.result().completeExceptionally(new RejectedExecutionException(why)));
        call.returned().complete(null);
        return call;
    }

    /**
     * The result was answered by whoever completed it first ({@code first} is true for that one), and
     * whatever its listeners started on this thread has been handed over: the task is no longer work.
     */
    private void answer(boolean first) {
        if (first) {
            work.end();
        }
    }

    private void finish() {
        onReturn.accept(this);
        call.returned().complete(null);
    }
}
