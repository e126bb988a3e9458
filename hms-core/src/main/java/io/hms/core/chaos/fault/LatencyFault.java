package io.hms.core.chaos.fault;

/**
 * Adds {@code delay} to a share of the guarded calls of a component, inside their timeout: a delay
 * longer than the guard's timeout makes those attempts time out.
 *
 * <pre>{@code chaos.inject(new LatencyFault("inventory", Duration.ofMillis(300), 1.0), Duration.ofSeconds(5)); }</pre>
 *
 * @param component the guarded component
 * @param delay     added to each chosen attempt; positive
 * @param fraction  the share of attempts chosen at random, in (0, 1]
 */
public record LatencyFault(String component, java.time.Duration delay, double fraction) implements Fault {

    /** Validates the arguments. */
    public LatencyFault {
        FaultChecks.component(component);
        FaultChecks.positive(delay, "delay");
        FaultChecks.fraction(fraction);
    }

    @Override
    public FaultKind kind() {
        return FaultKind.LATENCY;
    }

    @Override
    public String target() {
        return component;
    }

    @Override
    public String describe() {
        return "+" + delay.toMillis() + "ms on " + FaultChecks.percent(fraction) + " of calls";
    }
}
