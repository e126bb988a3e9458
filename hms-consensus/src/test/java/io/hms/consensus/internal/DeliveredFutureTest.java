package io.hms.consensus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10) // a lost wake-up shows as a hang: fail it instead
class DeliveredFutureTest {

    /** Holds the tasks it is given until the test runs them. */
    private static final class HeldTasks implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable task) {
            tasks.add(task);
        }

        synchronized void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }

        synchronized int size() {
            return tasks.size();
        }
    }

    private final HeldTasks callbacks = new HeldTasks();
    private final DeliveredFuture<String> future = new DeliveredFuture<>(callbacks);

    @Test
    void aCallerBlockedInJoinIsHandedTheOutcomeWithoutACallbackThread() throws Exception {
        AtomicReference<String> got = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> got.set(future.join()));
        awaitWaiter();

        future.post("applied", null);
        caller.join();

        assertEquals("applied", got.get());
        assertEquals(0, callbacks.size(), "no hop to a callback thread");
    }

    @Test
    void continuationsRunOnTheWaitingCallersThreadNeverOnThePoster() throws Exception {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        CompletableFuture<String> next = future.thenApply(v -> {
            ranOn.set(Thread.currentThread());
            return v + "!";
        });
        Thread caller = Thread.ofPlatform().start(future::join);
        awaitWaiter();

        future.post("applied", null);
        caller.join();

        assertSame(caller, ranOn.get());
        assertEquals("applied!", next.getNow(null));
    }

    @Test
    void withNobodyWaitingACallbackThreadCompletesTheFuture() {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        CompletableFuture<String> next = future.thenApply(v -> {
            ranOn.set(Thread.currentThread());
            return v;
        });

        future.post("applied", null);

        assertFalse(future.isDone(), "the poster completes nothing itself");
        assertEquals(1, callbacks.size());
        Thread callback = Thread.ofPlatform().start(callbacks::runAll);
        assertEquals("applied", next.join());
        assertSame(callback, ranOn.get());
    }

    @Test
    void aCallerArrivingAfterThePostCompletesTheFutureItself() {
        future.post("applied", null);

        assertEquals("applied", future.join());
        assertEquals(1, callbacks.size(), "the hop still runs, and finds the future done");
        callbacks.runAll();
        assertEquals("applied", future.join());
    }

    @Test
    void aFailureReachesTheCallerAsTheCause() throws Exception {
        IllegalStateException failure = new IllegalStateException("not the leader");
        AtomicReference<Throwable> got = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                future.join();
            } catch (CompletionException e) {
                got.set(e.getCause());
            }
        });
        awaitWaiter();

        future.post(null, failure);
        caller.join();

        assertSame(failure, got.get());
    }

    @Test
    void aTimedOutCallerLeavesTheOutcomeToACallbackThread() throws Exception {
        assertThrows(TimeoutException.class, () -> future.get(1, TimeUnit.MILLISECONDS));
        assertFalse(future.hasWaiter());

        future.post("applied", null);

        assertEquals(1, callbacks.size());
        callbacks.runAll();
        assertEquals("applied", future.get(0, TimeUnit.MILLISECONDS));
    }

    @Test
    void aGetWithAnEndlessTimeoutWaitsForTheOutcome() throws Exception {
        AtomicReference<String> got = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                got.set(future.get(Long.MAX_VALUE, TimeUnit.DAYS));
            } catch (Exception e) {
                got.set(e.toString());
            }
        });
        awaitWaiter();

        future.post("applied", null);
        caller.join();

        assertEquals("applied", got.get());
    }

    @Test
    void anInterruptedGetThrowsAndTheOutcomeStillArrives() {
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, future::get);
        assertFalse(Thread.interrupted(), "the interrupt is consumed by the exception");

        future.post("applied", null);
        callbacks.runAll();

        assertEquals("applied", future.join());
    }

    @Test
    void anInterruptedJoinWaitsOnAndKeepsTheInterrupt() throws Exception {
        AtomicReference<String> got = new AtomicReference<>();
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            Thread.currentThread().interrupt();
            got.set(future.join());
            interrupted.set(Thread.currentThread().isInterrupted());
        });
        awaitWaiter();

        future.post("applied", null);
        caller.join();

        assertEquals("applied", got.get());
        assertTrue(interrupted.get());
    }

    @Test
    void aSecondCallerIsReleasedWithTheFirst() throws Exception {
        AtomicReference<String> first = new AtomicReference<>();
        AtomicReference<String> second = new AtomicReference<>();
        Thread one = Thread.ofPlatform().start(() -> first.set(future.join()));
        awaitWaiter();
        Thread two = Thread.ofPlatform().start(() -> second.set(future.join()));

        future.post("applied", null);
        one.join();
        two.join();

        assertEquals("applied", first.get());
        assertEquals("applied", second.get());
        assertEquals(0, callbacks.size());
    }

    @Test
    void aCallerParkedForTheOutcomeIsReleasedWhenTheFutureIsCancelled() throws Exception {
        AtomicReference<Throwable> got = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                future.join();
            } catch (CancellationException e) {
                got.set(e);
            }
        });
        awaitWaiter();

        future.cancel(false);
        caller.join();

        assertTrue(got.get() instanceof CancellationException);
        future.post("too late", null);
        callbacks.runAll();
        assertTrue(future.isCancelled());
    }

    @Test
    void orTimeoutReachesACallerParkedForTheOutcome() {
        CompletionException e = assertThrows(CompletionException.class,
                () -> future.orTimeout(1, TimeUnit.MILLISECONDS).join());

        assertTrue(e.getCause() instanceof TimeoutException);
    }

    @Test
    void theFirstPostCounts() {
        future.post("first", null);
        future.post("second", new IllegalStateException("second"));

        callbacks.runAll();
        assertEquals("first", future.join());
        assertEquals(0, callbacks.size(), "the second post hands nothing over");
    }

    @Test
    void aForkJoinWorkerWaitsOnTheFutureItselfSoItsPoolCanCompensate() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            Future<String> waiting = pool.submit(() -> future.join());
            while (future.getNumberOfDependents() < 2) { // the wake-up hook, then the worker's wait
                Thread.onSpinWait();
            }
            assertFalse(future.hasWaiter());

            future.post("applied", null);
            assertEquals(1, callbacks.size(), "no fast waiter: a callback thread completes the future");
            callbacks.runAll();
            assertEquals("applied", waiting.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClosedExecutorLeavesTheCompletionToThePoster() {
        DeliveredFuture<String> closing = new DeliveredFuture<>(task -> {
            throw new RejectedExecutionException("shut down");
        });

        closing.post("applied", null);

        assertEquals("applied", closing.getNow(null));
    }

    @Test
    void ofPostsWhatTheSourceCompletesWith() throws Exception {
        CompletableFuture<String> source = new CompletableFuture<>();
        DeliveredFuture<String> delivered = DeliveredFuture.of(source, callbacks);
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        delivered.thenRun(() -> ranOn.set(Thread.currentThread()));

        source.complete("applied");
        Thread callback = Thread.ofPlatform().start(callbacks::runAll);
        callback.join();

        assertEquals("applied", delivered.join());
        assertNotSame(Thread.currentThread(), ranOn.get());
        assertSame(callback, ranOn.get());
    }

    private void awaitWaiter() {
        while (!future.hasWaiter()) {
            Thread.onSpinWait();
        }
    }
}
