package io.hms.core.chaos.experiment;

import io.hms.api.Names;
import io.hms.core.chaos.Chaos;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.chaos.fault.Fault;
import io.hms.core.chaos.fault.KillFault;
import java.time.Duration;
import java.util.Objects;

/**
 * One chaos experiment, immutable: which component to watch, the steady state it starts from and must
 * return to, the fault to inject and for how long, what HMS is expected to do, how much harm aborts it,
 * and the deadline no run outlives.
 *
 * <pre>{@code
 * Experiment kill = Experiment.named("kill-inventory")
 *         .watching("inventory")
 *         .fault(new KillFault("inventory"), Duration.ofSeconds(10))
 *         .expect(Expectations.recoveredWithin(Duration.ofSeconds(5)).detectedWithin(Duration.ofSeconds(1)))
 *         .build();
 * ExperimentReport report = hms.experiments().run(kill).get();
 * }</pre>
 *
 * @param name          names the experiment in reports and meters
 * @param component     the component whose guard and health are measured
 * @param fault         what to inject
 * @param faultDuration the fault's deadline, at most {@link ChaosOptions#maxDuration()}
 * @param endsOnRepair  whether a repair of the component also ends the fault (see {@link Chaos#injectUntilRepaired})
 * @param steadyState   the hypothesis before and after
 * @param expectations  what HMS must achieve
 * @param blastRadius   what aborts the run
 * @param deadline      the longest a run lasts, whatever happens; at least two steady-state windows and the
 *                      fault, plus room for detection, recovery and the guard's timeout (see {@link Experiments})
 */
public record Experiment(String name, String component, Fault fault, Duration faultDuration, boolean endsOnRepair,
                         SteadyState steadyState, Expectations expectations, BlastRadius blastRadius,
                         Duration deadline) {

    /** Validates the fields, naming the bad one. */
    public Experiment {
        Names.requireName(name, "experiment name");
        Names.requireName(component, "component name");
        Objects.requireNonNull(fault, "fault");
        ExperimentChecks.positive(faultDuration, "faultDuration");
        Objects.requireNonNull(steadyState, "steadyState");
        Objects.requireNonNull(expectations, "expectations");
        Objects.requireNonNull(blastRadius, "blastRadius");
        ExperimentChecks.positive(deadline, "deadline");
        Duration least = steadyState.window().multipliedBy(2).plus(faultDuration);
        if (deadline.compareTo(least) < 0) {
            throw new IllegalArgumentException("deadline " + deadline + " of experiment '" + name + "' is shorter "
                    + "than two steady-state windows and the fault (" + least + "); give it more time");
        }
    }

    /** Starts a builder. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Builds an {@link Experiment}; defaults: steady state and blast radius defaults, a 30 s deadline. */
    public static final class Builder {
        private final String name;
        private String component;
        private Fault fault;
        private Duration faultDuration;
        private boolean endsOnRepair;
        private SteadyState steadyState = SteadyState.defaults();
        private Expectations expectations;
        private BlastRadius blastRadius = BlastRadius.defaults();
        private Duration deadline = Duration.ofSeconds(30);

        private Builder(String name) {
            this.name = name;
        }

        /** The component to measure. */
        public Builder watching(String value) {
            this.component = value;
            return this;
        }

        /** The fault, reverted at {@code duration} at the latest. */
        public Builder fault(Fault value, Duration duration) {
            this.fault = value;
            this.faultDuration = duration;
            return this;
        }

        /** The fault, reverted by a repair of its component or at {@code duration}. */
        public Builder faultUntilRepaired(Fault value, Duration duration) {
            fault(value, duration);
            this.endsOnRepair = true;
            return this;
        }

        /** The steady-state hypothesis. */
        public Builder steadyState(SteadyState value) {
            this.steadyState = value;
            return this;
        }

        /** The expectations. */
        public Builder expect(Expectations value) {
            this.expectations = value;
            return this;
        }

        /** The blast radius. */
        public Builder blastRadius(BlastRadius value) {
            this.blastRadius = value;
            return this;
        }

        /** The deadline of a run: two windows and the fault at least, with room for recovery and the timeout. */
        public Builder deadline(Duration value) {
            this.deadline = value;
            return this;
        }

        /** The experiment; the fault's component is watched unless {@link #watching} said otherwise. */
        public Experiment build() {
            Objects.requireNonNull(fault, "fault: call fault(...) before build()");
            String watched = component != null ? component : fault.target();
            return new Experiment(name, watched, fault, faultDuration, endsOnRepair || fault instanceof KillFault,
                    steadyState, Objects.requireNonNull(expectations, "expectations: call expect(...)"),
                    blastRadius, deadline);
        }
    }
}
