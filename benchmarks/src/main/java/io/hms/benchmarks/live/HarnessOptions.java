package io.hms.benchmarks.live;

import io.hms.api.optimize.CallRecords;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The harness's command line: {@code [--phase 6s] [--rounds 3] [--shapes overload,outage,...]
 * [--dump-traces DIR] [--tune-on DIR] [--seed 1]}.
 *
 * @param phase      the length of a phase (arrivals; answers are waited for a while after)
 * @param rounds     rounds per variant
 * @param shapes     the shapes to measure, in order
 * @param dumpTraces where to write each recorded trace as CSV, if anywhere
 * @param tuneOn     where to read the traces to optimize on instead of the recorded ones ({@code
 *                   <shape>-train.csv}, as {@code --dump-traces} writes them), if anywhere: the same trace
 *                   through two builds of the optimizer, measured live
 * @param seed       the base seed of the arrivals and the dependencies' draws
 */
record HarnessOptions(Duration phase, int rounds, List<Shape> shapes, Optional<Path> dumpTraces,
                      Optional<Path> tuneOn, long seed) {

    /** Checks the values. */
    HarnessOptions {
        if (phase.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("--phase must be at least 1s, got " + phase);
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1, got " + rounds);
        }
        if (shapes.isEmpty()) {
            throw new IllegalArgumentException("--shapes names no shape");
        }
        shapes = List.copyOf(shapes);
    }

    /** Six-second phases, three rounds, every shape, no dump, seed 1. */
    static HarnessOptions defaults() {
        return new HarnessOptions(Duration.ofSeconds(6), 3, List.of(Shape.values()), Optional.empty(), Optional.empty(),
                1);
    }

    /** Parses {@code args}, each option followed by its value. */
    static HarnessOptions parse(String... args) {
        HarnessOptions o = defaults();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            o = switch (name) {
                case "--phase" -> new HarnessOptions(duration(value), o.rounds, o.shapes, o.dumpTraces, o.tuneOn, o.seed);
                case "--rounds" -> new HarnessOptions(o.phase, (int) number(name, value), o.shapes, o.dumpTraces,
                        o.tuneOn, o.seed);
                case "--shapes" -> new HarnessOptions(o.phase, o.rounds, shapes(value), o.dumpTraces, o.tuneOn, o.seed);
                case "--dump-traces" -> new HarnessOptions(o.phase, o.rounds, o.shapes, Optional.of(Path.of(value)),
                        o.tuneOn, o.seed);
                case "--tune-on" -> new HarnessOptions(o.phase, o.rounds, o.shapes, o.dumpTraces,
                        Optional.of(Path.of(value)), o.seed);
                case "--seed" -> new HarnessOptions(o.phase, o.rounds, o.shapes, o.dumpTraces, o.tuneOn,
                        number(name, value));
                default -> throw new IllegalArgumentException("unknown option " + name
                        + "; the options are --phase, --rounds, --shapes, --dump-traces, --tune-on, --seed");
            };
        }
        return o;
    }

    /**
     * Each shape's trace in {@link #tuneOn()} ({@code <shape>-train.csv}), read now; empty without {@code --tune-on}.
     *
     * @throws IllegalArgumentException if a shape's trace is missing or unreadable, naming the file and the fix
     */
    Map<Shape, CallRecords> tracesToTune() {
        Map<Shape, CallRecords> traces = new EnumMap<>(Shape.class);
        tuneOn.ifPresent(dir -> shapes.forEach(s -> traces.put(s, TraceCsv.read(dir.resolve(s.label() + "-train.csv")))));
        return traces;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, got '" + value + "'", e);
        }
    }

    /** {@code 6s}, {@code 4500ms} or a number of seconds. */
    static Duration duration(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                v = v.substring(0, v.length() - 1);
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--phase takes a duration such as 6s or 4500ms, got '" + value + "'", e);
        }
    }

    private static List<Shape> shapes(String value) {
        List<Shape> out = new ArrayList<>();
        Arrays.stream(value.split(",")).filter(s -> !s.isBlank()).map(Shape::byLabel).forEach(out::add);
        return out;
    }
}
