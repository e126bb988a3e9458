package io.hms.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A plan: what an HMS organism should be and do, as a YAML file declares it. Read one with {@link Plans}.
 *
 * <pre>{@code
 * Plan plan = Plans.read(Path.of("checkout.hms.yaml"));   // or PlanException listing every problem
 * plan.components().forEach((name, c) -> System.out.println(name + ": " + c.over(ComponentPolicy.defaults())));
 * }</pre>
 *
 * @param version     the plan format's version, 1
 * @param name        the plan's name
 * @param components  the components by name, in the file's order, each with what the plan sets of its policy
 * @param experiments the chaos experiments to run, in order
 * @param optimizer   the optimizer runs to ask for
 */
public record Plan(@JsonProperty("hms-plan") int version, String name, Map<String, ComponentPlan> components,
                   List<Experiment> experiments, Optimizer optimizer) {

    /** Empty sections read as empty, never null. */
    public Plan {
        components = components == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(components));
        experiments = experiments == null ? List.of() : List.copyOf(experiments);
        optimizer = optimizer == null ? new Optimizer(List.of()) : optimizer;
    }

    /**
     * A chaos experiment: a fault and how soon its target must recover.
     *
     * @param name          the experiment's name
     * @param fault         the fault to inject
     * @param recoverWithin how soon the component must be back for the experiment to pass
     */
    public record Experiment(String name, Fault fault, Duration recoverWithin) {
    }

    /**
     * A fault, as the admin API takes it.
     *
     * @param kind          latency, error, kill, cpu_spike, memory_pressure, limit_exhaustion, node_kill,
     *                      partition or agent_crash
     * @param target        the component (or agent) it hits, when the kind has one
     * @param duration      how long it lasts at most
     * @param untilRepaired whether a repair of the component ends it too
     * @param delay         latency: the added delay
     * @param fraction      latency, error: the share of calls hit
     * @param threads       cpu_spike: busy threads
     * @param bytes         memory_pressure: bytes to hold
     */
    public record Fault(String kind, String target, Duration duration, Boolean untilRepaired, Duration delay,
                        Double fraction, Integer threads, Long bytes) {
    }

    /**
     * The optimizer runs a plan asks for.
     *
     * @param runs the runs, in order
     */
    public record Optimizer(List<Run> runs) {

        /** No runs reads as an empty list. */
        public Optimizer {
            runs = runs == null ? List.of() : List.copyOf(runs);
        }
    }

    /**
     * One optimizer run.
     *
     * @param component   the component whose policy is searched
     * @param evaluations the run's budget of candidate evaluations; null or 0 for the optimizer's own
     */
    public record Run(String component, Long evaluations) {
    }
}
