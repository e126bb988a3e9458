package io.hms.core.guard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs the same work on several threads released at once, for tests of what happens when threads race. */
final class Racers {

    private Racers() {
    }

    /**
     * Runs {@code perThread} on {@code threads} daemon threads started together and waits for all of them;
     * rethrows the first failure, or a timeout after {@code deadline}.
     */
    static void race(int threads, Duration deadline, Runnable perThread) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            CompletableFuture<Void> finished = new CompletableFuture<>();
            done.add(finished);
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    perThread.run();
                    finished.complete(null);
                } catch (Throwable e) {
                    finished.completeExceptionally(e);
                }
            }, "test-racer-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        start.countDown();
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }
}
