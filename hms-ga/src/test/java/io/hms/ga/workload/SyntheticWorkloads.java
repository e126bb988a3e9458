package io.hms.ga.workload;

import io.hms.api.optimize.CallRecords;
import io.hms.ga.workload.TraceGenerator.Behaviour;

/**
 * Seeded synthetic traces of a dependency in trouble, for tests and benchmarks. Each is
 * {@value #SECONDS} seconds of an unguarded dependency (no retries, no refusals recorded) offered
 * {@value #RATE} calls per second (Poisson), healthy latency log-normal around {@value #HEALTHY_MILLIS} ms
 * with {@value #HEALTHY_ERRORS} failures, and one kind of trouble:
 *
 * <ul>
 *   <li>{@link #transientErrorBursts}: every 10 s, a one-second burst in which 60 % of attempts fail fast (5 ms);</li>
 *   <li>{@link #latencySpikes}: every 15 s, a two-second spike with ten times the latency;</li>
 *   <li>{@link #overload}: the offered rate ramps from 100/s to 400/s; above 200/s latency and errors grow with
 *       the excess rate (at 400/s: 4x latency, 31 % failures). They follow the clock's ramp, not the calls in
 *       flight, so a model that learns load from concurrency sees a dependency that changed over time
 *       ({@link InFlightOverload} is the one load slows);</li>
 *   <li>{@link #flapping}: five seconds healthy, five seconds failing (90 % fast failures), over and over;</li>
 *   <li>{@link #longOutage}: from {@value #OUTAGE_START_SECONDS} s to {@value #OUTAGE_END_SECONDS} s every attempt
 *       fails after hanging about 800 ms.</li>
 * </ul>
 *
 * <pre>{@code
 * TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(SyntheticWorkloads.overload(7L)));
 * }</pre>
 *
 * <p>Deterministic: one seed, one trace. Thread-safe (stateless). A test fixture, not part of the optimizer:
 * it lives in hms-ga's test sources and reaches the benchmarks through hms-ga's test jar
 * ({@code <type>test-jar</type>}).
 */
public final class SyntheticWorkloads {

    /** The length of every trace, in seconds. */
    public static final int SECONDS = 60;
    /** The offered rate outside the overload ramp, calls per second. */
    public static final int RATE = 200;
    /** The healthy median latency, milliseconds. */
    public static final int HEALTHY_MILLIS = 20;
    /** The healthy failure probability. */
    public static final double HEALTHY_ERRORS = 0.01;
    /** When the long outage starts, seconds from the start. */
    public static final int OUTAGE_START_SECONDS = 15;
    /** When the long outage ends, seconds from the start. */
    public static final int OUTAGE_END_SECONDS = 45;

    private SyntheticWorkloads() {
    }

    /** A healthy dependency throughout. */
    public static CallRecords steady(long seed) {
        return TraceGenerator.generate(seed, SECONDS, new Shape() {
        });
    }

    /** Short bursts of fast failures. */
    public static CallRecords transientErrorBursts(long seed) {
        return TraceGenerator.generate(seed, SECONDS, new Shape() {
            @Override
            public double errorProbability(double t) {
                return t % 10 >= 5 && t % 10 < 6 ? 0.6 : HEALTHY_ERRORS;
            }

            @Override
            public double failureMillis(double t) {
                return 5;
            }
        });
    }

    /** Short spikes of tenfold latency. */
    public static CallRecords latencySpikes(long seed) {
        return TraceGenerator.generate(seed, SECONDS, new Shape() {
            @Override
            public double successMillis(double t) {
                return t % 15 >= 7 && t % 15 < 9 ? HEALTHY_MILLIS * 10 : HEALTHY_MILLIS;
            }
        });
    }

    /** A rising offered load that saturates the dependency. */
    public static CallRecords overload(long seed) {
        return TraceGenerator.generate(seed, SECONDS, new Shape() {
            @Override
            public double rate(double t) {
                return 100 + 300 * t / SECONDS;
            }

            private double excess(double t) {
                return Math.max(0, rate(t) / RATE - 1);
            }

            @Override
            public double errorProbability(double t) {
                return HEALTHY_ERRORS + 0.3 * excess(t);
            }

            @Override
            public double successMillis(double t) {
                return HEALTHY_MILLIS * (1 + 3 * excess(t));
            }

            @Override
            public double failureMillis(double t) {
                return successMillis(t);
            }
        });
    }

    /** Alternating healthy and failing periods of five seconds. */
    public static CallRecords flapping(long seed) {
        return TraceGenerator.generate(seed, SECONDS, new Shape() {
            @Override
            public double errorProbability(double t) {
                return (int) (t / 5) % 2 == 1 ? 0.9 : HEALTHY_ERRORS;
            }

            @Override
            public double failureMillis(double t) {
                return 10;
            }
        });
    }

    /** A thirty-second outage of hanging failures in the middle of the trace. */
    public static CallRecords longOutage(long seed) {
        return TraceGenerator.generate(seed, SECONDS, new Shape() {
            private boolean down(double t) {
                return t >= OUTAGE_START_SECONDS && t < OUTAGE_END_SECONDS;
            }

            @Override
            public double errorProbability(double t) {
                return down(t) ? 1.0 : HEALTHY_ERRORS;
            }

            @Override
            public double failureMillis(double t) {
                return down(t) ? 800 : HEALTHY_MILLIS;
            }
        });
    }

    /** The healthy dependency; each workload overrides what goes wrong. */
    private interface Shape extends Behaviour {
        @Override
        default double rate(double t) {
            return RATE;
        }

        @Override
        default double errorProbability(double t) {
            return HEALTHY_ERRORS;
        }

        @Override
        default double successMillis(double t) {
            return HEALTHY_MILLIS;
        }

        @Override
        default double failureMillis(double t) {
            return HEALTHY_MILLIS;
        }
    }
}
