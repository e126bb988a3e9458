package io.hms.core.time;

import java.util.concurrent.CompletableFuture;

/**
 * One run of host code started by a {@link TimeLimiter}: what it answered, and when its thread really let
 * go of it.
 *
 * <p>The two differ for code that ignores its deadline: {@link #result()} fails with a
 * {@link java.util.concurrent.TimeoutException} at the deadline, while {@link #returned()} completes only
 * when the code has returned (or when it was called off before it started). Whoever must not start the
 * same code twice waits for {@link #returned()}.
 *
 * @param result   completes with the code's answer, its exception, or a {@code TimeoutException}
 * @param returned completes, never exceptionally, once the code no longer runs
 * @param <T>      the answer's type
 */
public record HostCall<T>(CompletableFuture<T> result, CompletableFuture<Void> returned) {

    /** Whether the code still runs (or waits for a thread). */
    public boolean running() {
        return !returned.isDone();
    }
}
