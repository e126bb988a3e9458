package io.hms.core.chaos;

import io.hms.api.event.ChaosReverted;
import io.hms.core.chaos.fault.Fault;
import io.hms.core.chaos.internal.Injection;
import io.hms.core.time.Cancellable;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A fault that was injected: its id, what it is, when it reverts by itself, and a handle to revert it
 * sooner. Reverting is idempotent; exactly one {@link ChaosReverted} is published per fault.
 *
 * <pre>{@code
 * ActiveFault fault = chaos.inject(new ErrorFault("inventory", 1.0), Duration.ofSeconds(5));
 * ...
 * fault.revert();                                   // or wait: fault.reverted().get(6, SECONDS)
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ActiveFault {

    private final String id;
    private final Fault fault;
    private final Instant injectedAt;
    private final Instant deadline;
    private final boolean endsOnRepair;
    private final Injection injection;
    private final Chaos owner;
    private final AtomicBoolean active = new AtomicBoolean(true);
    private final CompletableFuture<ChaosReverted> reverted = new CompletableFuture<>();
    private volatile Cancellable timer;

    ActiveFault(String id, Fault fault, Instant injectedAt, Instant deadline, boolean endsOnRepair,
                Injection injection, Chaos owner) {
        this.id = id;
        this.fault = fault;
        this.injectedAt = injectedAt;
        this.deadline = deadline;
        this.endsOnRepair = endsOnRepair;
        this.injection = injection;
        this.owner = owner;
    }

    /** Its id, {@code chaos-<n>}. */
    public String id() {
        return id;
    }

    /** What was injected. */
    public Fault fault() {
        return fault;
    }

    /** When it was injected, on the runtime's clock. */
    public Instant injectedAt() {
        return injectedAt;
    }

    /** When it reverts by itself at the latest. */
    public Instant deadline() {
        return deadline;
    }

    /** Whether a repair of its component also reverts it. */
    public boolean endsOnRepair() {
        return endsOnRepair;
    }

    /** Whether it is still in effect. */
    public boolean isActive() {
        return active.get();
    }

    /** Completes with the revert event when the fault is taken back, whatever the reason. */
    public CompletableFuture<ChaosReverted> reverted() {
        return reverted.copy();
    }

    /** Takes the fault back now (reason {@code "reverted"}); does nothing if it already was. */
    public void revert() {
        revert("reverted");
    }

    /**
     * Takes the fault back now, the {@link ChaosReverted} event giving {@code reason} (an experiment says
     * {@code "experiment ended"}); does nothing if it already was.
     *
     * @return whether this call reverted it
     */
    public boolean revert(String reason) {
        return owner.revert(this, Objects.requireNonNull(reason, "reason"));
    }

    void timer(Cancellable value) {
        this.timer = value;
    }

    /** Claims the revert; true only for the first caller. */
    boolean claimRevert() {
        if (!active.compareAndSet(true, false)) {
            return false;
        }
        Cancellable t = timer;
        if (t != null) {
            t.cancel();
        }
        return true;
    }

    Injection injection() {
        return injection;
    }

    void completed(ChaosReverted event) {
        reverted.complete(event);
    }

    @Override
    public String toString() {
        return id + "[" + fault.kind().tag() + " on " + fault.target() + ": " + fault.describe() + "]";
    }
}
