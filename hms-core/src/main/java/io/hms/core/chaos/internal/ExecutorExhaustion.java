package io.hms.core.chaos.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/** Submits tasks that block a host executor's threads until reverted; rejected tasks are skipped. */
public final class ExecutorExhaustion implements Injection {

    private final Executor executor;
    private final int tasks;
    private final CountDownLatch release = new CountDownLatch(1);

    /** @param executor the host's executor; @param tasks how many blocking tasks */
    public ExecutorExhaustion(Executor executor, int tasks) {
        this.executor = executor;
        this.tasks = tasks;
    }

    @Override
    public void apply() {
        for (int i = 0; i < tasks; i++) {
            try {
                executor.execute(this::block);
            } catch (RejectedExecutionException e) {
                return;
            }
        }
    }

    private void block() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void revert() {
        release.countDown();
    }
}
