package io.hms.core.chaos.fault;

/**
 * Kills a component: every health check of it fails ("killed by chaos fault …") until a repair of the
 * component runs, which restores it, or until the fault's deadline. The monitor sees it DOWN and the
 * healer works the incident as for a real outage.
 *
 * <pre>{@code chaos.inject(new KillFault("inventory"), Duration.ofSeconds(10)); }</pre>
 *
 * @param component the component to kill
 */
public record KillFault(String component) implements Fault {

    /** Validates the argument. */
    public KillFault {
        FaultChecks.component(component);
    }

    @Override
    public FaultKind kind() {
        return FaultKind.KILL;
    }

    @Override
    public String target() {
        return component;
    }

    @Override
    public String describe() {
        return "health checks fail until repaired";
    }
}
