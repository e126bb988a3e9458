package io.hms.core.chaos.fault;

/**
 * Makes a share of the guarded calls of a component fail with an {@link InjectedFailureException}
 * before the guarded code runs.
 *
 * <pre>{@code chaos.inject(new ErrorFault("inventory", 0.5), Duration.ofSeconds(5)); }</pre>
 *
 * @param component the guarded component
 * @param fraction  the share of attempts that fail, chosen at random, in (0, 1]
 */
public record ErrorFault(String component, double fraction) implements Fault {

    /** Validates the arguments. */
    public ErrorFault {
        FaultChecks.component(component);
        FaultChecks.fraction(fraction);
    }

    @Override
    public FaultKind kind() {
        return FaultKind.ERROR;
    }

    @Override
    public String target() {
        return component;
    }

    @Override
    public String describe() {
        return "failures on " + FaultChecks.percent(fraction) + " of calls";
    }
}
