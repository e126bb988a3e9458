package io.hms.benchmarks.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One soak: a {@link SoakHost} under guarded calls from {@link SoakOptions#callers()} virtual threads while
 * a {@link FaultDriver} injects and takes back faults, sampled every {@link SoakOptions#sampleEvery()} until
 * {@link SoakOptions#duration()} has passed, then judged by {@link SoakVerdict}.
 *
 * <pre>{@code
 * SoakResult result = SoakRun.run(SoakOptions.ci(), sample -> { });
 * if (!result.verdict().passed()) System.out.println(result.describe());
 * }</pre>
 *
 * <p>Before each sample the process-wide faults (busy threads, held memory) are reverted and kept off
 * until the sample is taken, so that a sample counts the runtime's heap and threads, not a fault's.
 */
public final class SoakRun {

    private SoakRun() {
    }

    /**
     * Runs a soak in real time.
     *
     * @param options  how long, how many callers and components, how it is judged
     * @param onSample told of each sample as it is taken
     */
    public static SoakResult run(SoakOptions options, Consumer<? super Sample> onSample) throws Exception {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(onSample, "onSample");
        List<Sample> samples = new ArrayList<>();
        long calls;
        long escaped;
        long callerThreads;
        FaultDriver driver;
        try (SoakHost host = new SoakHost(options.components())) {
            ResourceSampler sampler = new ResourceSampler(host.hms());
            Callers callers = new Callers(host, options.callLatency());
            driver = new FaultDriver(host, options.seed());
            try (callers; driver) {
                long start = System.nanoTime();
                callers.start(options.callers());
                driver.start();
                for (Duration at = options.sampleEvery(); at.compareTo(options.duration()) <= 0;
                     at = at.plus(options.sampleEvery())) {
                    sleepUntil(start + at.toNanos());
                    driver.quiesceProcessFaults();
                    try {
                        Sample sample = sampler.sample(Duration.ofNanos(System.nanoTime() - start), callers.calls());
                        samples.add(sample);
                        onSample.accept(sample);
                    } finally {
                        driver.resumeProcessFaults();
                    }
                }
            }
            calls = callers.calls();
            escaped = callers.escaped();
            callerThreads = callers.threadsStarted();
        }
        return new SoakResult(options, List.copyOf(samples), SoakVerdict.of(samples, options), calls, callerThreads,
                escaped, driver.injected(), driver.refused());
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }
}
