package io.hms.core.chaos.fault;

/**
 * Takes every place of a component's concurrency limit, so its guarded calls are refused with
 * {@code LimitExceededException} (answered by the fallback if there is one) until reverted.
 *
 * <pre>{@code chaos.inject(new LimitExhaustionFault("inventory"), Duration.ofSeconds(2)); }</pre>
 *
 * @param component the guarded component
 */
public record LimitExhaustionFault(String component) implements Fault {

    /** Validates the argument. */
    public LimitExhaustionFault {
        FaultChecks.component(component);
    }

    @Override
    public FaultKind kind() {
        return FaultKind.LIMIT_EXHAUSTION;
    }

    @Override
    public String target() {
        return component;
    }

    @Override
    public String describe() {
        return "concurrency limit taken";
    }
}
