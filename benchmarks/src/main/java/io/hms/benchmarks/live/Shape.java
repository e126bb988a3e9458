package io.hms.benchmarks.live;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The shapes of traffic and dependency the harness measures, each with its offered rate, a train and a test
 * variant, and, where it has a capacity or an outage, the ideal goodput: the most good calls a second any policy
 * could get (capacity over latency, less the errors within capacity, never above the offered rate; time-weighted
 * across a capacity drop; the offered rate less the errors outside an outage; Poisson bunching not counted, so
 * it is an upper bound).
 */
public enum Shape {

    /** Healthy: about 10 ms (test: 14 ms), 0.5 % errors (test: 1 %). */
    HEALTHY("healthy", 300) {
        @Override
        LiveDependency create(Variant v, Duration phase, long startNanos, long seed) {
            return v == Variant.TRAIN ? new HealthyDependency(10, 0.005, seed) : new HealthyDependency(14, 0.01, seed);
        }

        @Override
        String describe(Variant v) {
            return v == Variant.TRAIN ? "10 ms, 0.5 % errors" : "14 ms, 1 % errors";
        }
    },

    /** Overload: 8 in flight at 50 ms, 160/s (test: 6 at 40 ms, 150/s), offered 400/s. */
    OVERLOAD("overload", 400) {
        @Override
        LiveDependency create(Variant v, Duration phase, long startNanos, long seed) {
            int c = capacity(v);
            return new CapacityDependency(t -> c, latency(v), OVERLOAD_ERRORS, startNanos, seed);
        }

        @Override
        OptionalDouble idealGoodput(Variant v, Duration phase) {
            return OptionalDouble.of(Math.min(rate(), capacity(v) * 1000.0 / latency(v)) * (1 - OVERLOAD_ERRORS));
        }

        @Override
        String describe(Variant v) {
            return String.format(Locale.ROOT, "%d in flight at %.0f ms (%.0f/s), offered %d/s", capacity(v), latency(v),
                    capacity(v) * 1000.0 / latency(v), rate());
        }

        private int capacity(Variant v) {
            return v == Variant.TRAIN ? 8 : 6;
        }

        private double latency(Variant v) {
            return v == Variant.TRAIN ? 50 : 40;
        }
    },

    /** Capacity drop: 12 in flight at 40 ms falls to 4 from 30 to 65 % of the phase (test: 3, 20 to 70 %). */
    CAPACITY_DROP("capacity-drop", 250) {
        @Override
        LiveDependency create(Variant v, Duration phase, long startNanos, long seed) {
            long from = (long) (dropFrom(v) * phase.toNanos());
            long until = (long) (dropUntil(v) * phase.toNanos());
            int low = lowCapacity(v);
            return new CapacityDependency(t -> t >= from && t < until ? low : HIGH_CAPACITY, DROP_LATENCY,
                    OVERLOAD_ERRORS, startNanos, seed);
        }

        @Override
        OptionalDouble idealGoodput(Variant v, Duration phase) {
            double high = Math.min(rate(), HIGH_CAPACITY * 1000.0 / DROP_LATENCY);
            double low = Math.min(rate(), lowCapacity(v) * 1000.0 / DROP_LATENCY);
            double share = dropUntil(v) - dropFrom(v);
            return OptionalDouble.of(((1 - share) * high + share * low) * (1 - OVERLOAD_ERRORS));
        }

        @Override
        String describe(Variant v) {
            return String.format(Locale.ROOT, "%d in flight at %.0f ms, %d from %.0f to %.0f %% of the phase",
                    HIGH_CAPACITY, DROP_LATENCY, lowCapacity(v), 100 * dropFrom(v), 100 * dropUntil(v));
        }

        private int lowCapacity(Variant v) {
            return v == Variant.TRAIN ? 4 : 3;
        }

        private double dropFrom(Variant v) {
            return v == Variant.TRAIN ? 0.30 : 0.20;
        }

        private double dropUntil(Variant v) {
            return v == Variant.TRAIN ? 0.65 : 0.70;
        }
    },

    /** Latency tail: 10 ms, 5 % of attempts about 2 s (test: 3 % about 3 s). */
    LATENCY_TAIL("latency-tail", 300) {
        @Override
        LiveDependency create(Variant v, Duration phase, long startNanos, long seed) {
            return v == Variant.TRAIN ? new LatencyTailDependency(10, 2000, 0.05, 0.005, seed)
                    : new LatencyTailDependency(10, 3000, 0.03, 0.005, seed);
        }

        @Override
        String describe(Variant v) {
            return v == Variant.TRAIN ? "10 ms, 5 % at 2 s" : "10 ms, 3 % at 3 s";
        }
    },

    /** Error bursts: every 1.5 s a 0.4 s burst of 90 % fast failures (test: every 1.0 s for 0.3 s). */
    ERROR_BURSTS("error-bursts", 300) {
        @Override
        LiveDependency create(Variant v, Duration phase, long startNanos, long seed) {
            return new ErrorBurstDependency(10, 0.01, period(v).toNanos(), length(v).toNanos(), 0.9, startNanos, seed);
        }

        @Override
        String describe(Variant v) {
            return String.format(Locale.ROOT, "10 ms; every %d ms a %d ms burst of 90 %% errors", period(v).toMillis(),
                    length(v).toMillis());
        }

        private Duration period(Variant v) {
            return Duration.ofMillis(v == Variant.TRAIN ? 1500 : 1000);
        }

        private Duration length(Variant v) {
            return Duration.ofMillis(v == Variant.TRAIN ? 400 : 300);
        }
    },

    /** Outage: down (hangs 1.5 s, then fails) from 25 to 55 % of the phase (test: 15 to 65 %), else 10 ms. */
    OUTAGE("outage", 250) {
        @Override
        LiveDependency create(Variant v, Duration phase, long startNanos, long seed) {
            double from = v == Variant.TRAIN ? 0.25 : 0.15;
            return new OutageDependency(10, OUTAGE_ERRORS, (long) (from * phase.toNanos()),
                    (long) ((from + downShare(v)) * phase.toNanos()), 1500, startNanos, seed);
        }

        @Override
        OptionalDouble idealGoodput(Variant v, Duration phase) {
            return OptionalDouble.of(rate() * (1 - downShare(v)) * (1 - OUTAGE_ERRORS));
        }

        @Override
        String describe(Variant v) {
            return String.format(Locale.ROOT, "10 ms; down (hangs 1.5 s) for %.0f %% of the phase", 100 * downShare(v));
        }

        private double downShare(Variant v) {
            return v == Variant.TRAIN ? 0.30 : 0.50;
        }
    },

    /** Slow degradation: 10 ms rising to 1.6 s at the phase's end (test: to 2.5 s). */
    DEGRADATION("degradation", 200) {
        @Override
        LiveDependency create(Variant v, Duration phase, long startNanos, long seed) {
            return new DegradingDependency(10, endMillis(v), phase.toNanos(), 0.01, startNanos, seed);
        }

        @Override
        String describe(Variant v) {
            return String.format(Locale.ROOT, "10 ms rising to %.0f ms at the end", endMillis(v));
        }

        private double endMillis(Variant v) {
            return v == Variant.TRAIN ? 1600 : 2500;
        }
    };

    private static final double OVERLOAD_ERRORS = 0.02;
    private static final double OUTAGE_ERRORS = 0.01;
    private static final int HIGH_CAPACITY = 12;
    private static final double DROP_LATENCY = 40;

    private final String label;
    private final int rate;

    Shape(String label, int rate) {
        this.label = label;
        this.rate = rate;
    }

    /** The name on the command line and in the report. */
    public String label() {
        return label;
    }

    /** Offered calls per second. */
    public int rate() {
        return rate;
    }

    /** A fresh dependency of {@code variant} for a phase of {@code phase} that started at {@code startNanos}. */
    abstract LiveDependency create(Variant variant, Duration phase, long startNanos, long seed);

    /** The variant's parameters in words. */
    abstract String describe(Variant variant);

    /** The most good calls a second any policy could get, where the shape has one (a capacity or an outage). */
    OptionalDouble idealGoodput(Variant variant, Duration phase) {
        return OptionalDouble.empty();
    }

    /** The shape named {@code label}. */
    public static Shape byLabel(String label) {
        for (Shape s : values()) {
            if (s.label.equals(label.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("no shape '" + label + "'; the shapes are "
                + java.util.Arrays.stream(values()).map(Shape::label).toList());
    }
}
