package io.hms.api.spi;

import io.hms.api.HealthStatus;
import io.hms.api.event.BreakerState;
import io.hms.api.policy.GuardPolicy;
import java.util.List;
import java.util.Objects;

/**
 * A small fact one instance tells the others of its cluster through the {@link Coordinator}, replaced by
 * the next report of the same kind from the same instance about the same {@link #subject()}: soft state,
 * refreshed every few seconds, never part of the registry. A receiver judges a report's age by when it
 * arrived, and drops it when the reporter stops renewing it.
 */
public sealed interface SwarmReport {

    /** The instance that made the report, as {@link CoordinatorView#nodeId()} names it. */
    String nodeId();

    /** What the report is about: a component's name. */
    String subject();

    /**
     * What an instance's breaker of a component shared by the cluster saw: its window's calls and failures
     * and its state. It is a summary, never the calls themselves.
     *
     * @param nodeId        the reporting instance
     * @param component     the component, named alike on every instance that shares it
     * @param windowCalls   calls in the breaker's window
     * @param windowFailures failed calls in the window
     * @param state         the breaker's state
     * @param heldByCluster whether the state is the cluster's doing, not its own calls' evidence: OPEN because the
     *                      cluster held it, or HALF_OPEN probing since the cluster let it go
     */
    record BreakerWindow(String nodeId, String component, int windowCalls, int windowFailures, BreakerState state,
                         boolean heldByCluster) implements SwarmReport {

        /** Validates the fields. */
        public BreakerWindow {
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(state, "state");
            if (windowCalls < 0 || windowFailures < 0 || windowFailures > windowCalls) {
                throw new IllegalArgumentException("a breaker window holds 0 <= failures <= calls; got "
                        + windowFailures + " of " + windowCalls);
            }
        }

        @Override
        public String subject() {
            return component;
        }

        /**
         * Whether this instance's own calls say the component is failing: its breaker opened on them, or probes
         * after that. A breaker whose state is the cluster's doing says nothing of its own.
         */
        public boolean failingByOwnEvidence() {
            return state != BreakerState.CLOSED && !heldByCluster;
        }
    }

    /**
     * How far an instance's repair of a component got: the rung it started last under its lock's lease, or that
     * the pass ended. An instance that takes the component's lock over from a holder that died mid-repair goes on
     * from the rung after the one reached, instead of climbing the ladder again from the bottom.
     *
     * @param nodeId    the repairing instance
     * @param component the component being repaired
     * @param function  the repair it started last
     * @param level     that repair's rung
     * @param token     the fencing token of the lease it ran under
     * @param ended     whether the pass ended (verified, exhausted or stopped) rather than being under way
     */
    record RepairProgress(String nodeId, String component, String function, int level, long token, boolean ended)
            implements SwarmReport {

        /** Validates the fields. */
        public RepairProgress {
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(function, "function");
        }

        @Override
        public String subject() {
            return component;
        }
    }

    /**
     * What an instance knows of each of its components now: enough for any instance to answer "what is
     * happening to component X across the cluster". Replaced by the instance's next one.
     *
     * @param nodeId     the reporting instance
     * @param components one line per component
     */
    record NodeState(String nodeId, List<ComponentState> components) implements SwarmReport {

        /** Validates and copies. */
        public NodeState {
            Objects.requireNonNull(nodeId, "nodeId");
            components = List.copyOf(components);
        }

        @Override
        public String subject() {
            return "components";
        }
    }

    /**
     * One component as one instance sees it.
     *
     * @param component     the component
     * @param health        the monitor's judgement
     * @param breaker       its guard's breaker
     * @param openIncident  the id of its open incident on that instance, or empty
     * @param levelReached  the highest rung the open incident has run, 0 before any
     * @param policyVersion the version of its policy in force there
     */
    record ComponentState(String component, HealthStatus health, BreakerState breaker, String openIncident,
                          int levelReached, long policyVersion) {

        /** Validates the fields. */
        public ComponentState {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(health, "health");
            Objects.requireNonNull(breaker, "breaker");
            Objects.requireNonNull(openIncident, "openIncident");
        }
    }

    /**
     * An island's best candidates, sent to the other islands of one optimizer run: every instance evolves on its
     * own traces and takes in what the others found. The leader's first report of a run (generation 0, no
     * candidates) calls the other instances to join it.
     *
     * @param nodeId     the sending instance
     * @param component  the component whose guard policy is searched
     * @param run        the run, named by the leader that started it
     * @param generation the generation after which they were sent, 0 for the call
     * @param policies   the candidates, best first
     */
    record Migrants(String nodeId, String component, long run, long generation, List<GuardPolicy> policies)
            implements SwarmReport {

        /** Validates and copies. */
        public Migrants {
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(component, "component");
            policies = List.copyOf(policies);
        }

        @Override
        public String subject() {
            return component;
        }
    }
}
