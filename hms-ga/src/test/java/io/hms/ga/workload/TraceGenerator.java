package io.hms.ga.workload;

import io.hms.api.optimize.CallRecords;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes a synthetic trace of an unguarded dependency: Poisson arrivals at a time-varying rate, each
 * attempt failing with a time-varying probability, latencies log-normal around a time-varying median.
 * Deterministic per seed. Not thread-safe; one generator per trace. The engine of {@link SyntheticWorkloads}.
 */
final class TraceGenerator {

    /** The dependency's behaviour at a time, in seconds from the trace's start. */
    interface Behaviour {
        /** Calls offered per second. */
        double rate(double t);

        /** The probability an attempt fails. */
        double errorProbability(double t);

        /** The median latency of a successful attempt, in milliseconds. */
        double successMillis(double t);

        /** The median latency of a failed attempt, in milliseconds. */
        double failureMillis(double t);
    }

    private static final double SIGMA = 0.4;

    private TraceGenerator() {
    }

    /** A trace of {@code seconds} of {@code behaviour}, drawn from {@code seed}. */
    static CallRecords generate(long seed, double seconds, Behaviour behaviour) {
        SplittableRandom random = new SplittableRandom(seed);
        int capacity = 1024;
        long[] starts = new long[capacity];
        long[] latencies = new long[capacity];
        CallRecords.Outcome[] outcomes = new CallRecords.Outcome[capacity];
        int n = 0;
        double t = 0;
        while (true) {
            double rate = Math.max(1e-3, behaviour.rate(t));
            t += -Math.log(1 - random.nextDouble()) / rate;
            if (t >= seconds) {
                break;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                latencies = Arrays.copyOf(latencies, n * 2);
                outcomes = Arrays.copyOf(outcomes, n * 2);
            }
            boolean fails = random.nextDouble() < behaviour.errorProbability(t);
            double median = fails ? behaviour.failureMillis(t) : behaviour.successMillis(t);
            double millis = median * Math.exp(SIGMA * random.nextGaussian());
            starts[n] = (long) (t * 1e9);
            latencies[n] = Math.max(1_000, (long) (millis * 1e6));
            outcomes[n] = fails ? CallRecords.Outcome.FAILURE : CallRecords.Outcome.SUCCESS;
            n++;
        }
        return new CallRecords(Arrays.copyOf(starts, n), Arrays.copyOf(latencies, n), Arrays.copyOf(outcomes, n));
    }
}
