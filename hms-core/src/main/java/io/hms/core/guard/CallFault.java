package io.hms.core.guard;

/**
 * A fault a {@link Guard} runs before each attempt of a guarded call, inside the attempt's timeout:
 * it may wait (added latency) or throw (an injected failure), and the attempt then counts exactly as
 * if the guarded code had done so (timeouts, breaker, retry, fallback, stats, trace).
 *
 * <pre>{@code
 * guard.fault(() -> { throw new IOException("injected"); });   // every attempt fails
 * guard.fault(null);                                           // back to normal
 * }</pre>
 *
 * <p>The guard reads its fault from one volatile field once per attempt; without a fault (the normal
 * case) that read is the whole cost, and the call path stays lock-free and allocation-free. The chaos
 * agent ({@code io.hms.core.chaos}) is its user. Implementations must be thread-safe: every calling
 * thread runs the same fault.
 */
@FunctionalInterface
public interface CallFault {

    /**
     * Runs before the guarded code of one attempt, on the caller's thread.
     *
     * @throws Exception to fail the attempt with it; the guarded code then does not run
     */
    void beforeAttempt() throws Exception;
}
