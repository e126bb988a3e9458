package io.hms.benchmarks.soak;

import java.time.Duration;

/**
 * Runs a soak from the command line and prints each sample as it is taken, then the verdict; exits with
 * status 1 when a metric drifted beyond the tolerance.
 *
 * <pre>
 * java --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar \
 *     io.hms.benchmarks.soak.SoakHarness [seconds [baselineSeconds [sampleSeconds [seed]]]]
 * </pre>
 *
 * Without arguments: {@link SoakOptions#defaults()}, ten minutes with the baseline at minute 2 and a
 * sample every 10 s.
 */
public final class SoakHarness {

    private SoakHarness() {
    }

    /** Runs the soak the arguments describe. */
    public static void main(String[] args) throws Exception {
        SoakOptions defaults = SoakOptions.defaults();
        SoakOptions options = defaults.withTiming(
                args.length > 0 ? seconds(args[0], "seconds") : defaults.duration(),
                args.length > 1 ? seconds(args[1], "baselineSeconds") : defaults.baselineAt(),
                args.length > 2 ? seconds(args[2], "sampleSeconds") : defaults.sampleEvery())
                .withSeed(args.length > 3 ? Long.parseLong(args[3]) : defaults.seed());
        System.out.printf("soak: %d callers of %d µs calls, %d components, %d s, baseline at %d s, "
                        + "a sample every %d s, tolerance ±%.0f %% (heap: median of %d samples, "
                        + "threads: least of %d), seed %d, %s%n",
                options.callers(), options.callLatency().toNanos() / 1000, options.components(),
                options.duration().toSeconds(), options.baselineAt().toSeconds(), options.sampleEvery().toSeconds(),
                100 * options.tolerance(), options.heapWindow(), options.threadWindow(), options.seed(),
                Runtime.version());
        System.out.print(SoakTable.header());
        SoakResult result = SoakRun.run(options, sample -> System.out.print(SoakTable.row(sample)));
        System.out.print(result.summary());
        System.exit(result.verdict().passed() ? 0 : 1);
    }

    private static Duration seconds(String value, String name) {
        try {
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of seconds, got '" + value + "'", e);
        }
    }
}
