package io.hms.benchmarks.soak;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Judges a soak's samples: each metric must stay within the tolerance of its value at the baseline.
 *
 * <ul>
 *   <li>{@code heapAfterGc} is judged on medians: a sample's figure is the median of it and the
 *       {@code heapWindow - 1} samples before it, so one collection that found more in flight does not
 *       decide; a leak moves the median as surely as the samples;</li>
 *   <li>{@code liveThreads} is judged on floors: a sample's figure is the least of it and the
 *       {@code threadWindow - 1} samples before it (fewer at the start). Threads that start and end between
 *       samples (health checks, repairs, reverts in flight: 0 to 40 in a 10-minute soak on a loaded
 *       machine, 30 % of samples with 12 or more) are work, not a leak, and come in bursts that last a few
 *       samples while the machine is busy; a thread that never ends raises the floor, and one that is
 *       lost lowers it;</li>
 *   <li>{@code eventBacklog} is judged on medians like the heap, its distance from the baseline taken as a
 *       share of the baseline or of {@value #BACKLOG_FLOOR} events, whichever is more. A backlog near empty
 *       comes and goes by a few events as samples catch deliveries in flight, which passes while it stays
 *       within 5 events of the baseline; a listener that falls behind for good moves the median past that;</li>
 *   <li>{@code droppedEvents}, a running total, is judged as sampled: a total that keeps growing after the
 *       baseline fails, and one that was 0 must stay 0.</li>
 * </ul>
 *
 * The baseline is the first sample at or after {@link SoakOptions#baselineAt()}.
 *
 * @param metrics one verdict per judged metric
 */
public record SoakVerdict(List<MetricVerdict> metrics) {

    /** The least baseline the event backlog is judged against, in events. */
    static final int BACKLOG_FLOOR = 100;

    /** Judges {@code samples}, oldest first, by {@code options}. */
    public static SoakVerdict of(List<Sample> samples, SoakOptions options) {
        int base = baselineIndex(samples, options.baselineAt());
        if (base < options.heapWindow() - 1 || base == samples.size() - 1) {
            throw new IllegalArgumentException(samples.size() + " samples, baseline at index " + base
                    + ": a verdict needs " + options.heapWindow() + " samples up to the baseline and one after it");
        }
        return new SoakVerdict(List.of(
                judge("heapAfterGc", samples, base, medians(samples, Sample::heapAfterGc, options.heapWindow()),
                        options.tolerance()),
                judge("liveThreads", samples, base, floors(samples, Sample::liveThreads, options.threadWindow()),
                        options.tolerance()),
                judge("eventBacklog", samples, base, medians(samples, Sample::eventBacklog, options.heapWindow()),
                        BACKLOG_FLOOR, options.tolerance()),
                judge("droppedEvents", samples, base, raw(samples, Sample::droppedEvents), options.tolerance())));
    }

    /** Whether every metric passed. */
    public boolean passed() {
        return metrics.stream().allMatch(MetricVerdict::passed);
    }

    /** The metrics that did not pass, by name. */
    public List<String> drifted() {
        return metrics.stream().filter(m -> !m.passed()).map(MetricVerdict::metric).toList();
    }

    /** One line per metric. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        metrics.forEach(m -> text.append(m.describe()).append('\n'));
        return text.toString();
    }

    private static int baselineIndex(List<Sample> samples, Duration baselineAt) {
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i).elapsed().compareTo(baselineAt) >= 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no sample at or after the baseline time " + baselineAt + " among "
                + samples.size() + " samples; run the soak longer than its baseline");
    }

    /** Each sample's figure as the median of it and the {@code window - 1} before it (fewer at the start). */
    static double[] medians(List<Sample> samples, ToDoubleFunction<Sample> figure, int window) {
        double[] values = raw(samples, figure);
        double[] medians = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double[] recent = Arrays.copyOfRange(values, Math.max(0, i - window + 1), i + 1);
            Arrays.sort(recent);
            int n = recent.length;
            medians[i] = n % 2 == 1 ? recent[n / 2] : (recent[n / 2 - 1] + recent[n / 2]) / 2;
        }
        return medians;
    }

    /** Each sample's figure as the least of it and the {@code window - 1} before it (fewer at the start). */
    static double[] floors(List<Sample> samples, ToDoubleFunction<Sample> figure, int window) {
        double[] values = raw(samples, figure);
        double[] floors = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            floors[i] = Arrays.stream(values, Math.max(0, i - window + 1), i + 1).min().orElseThrow();
        }
        return floors;
    }

    private static double[] raw(List<Sample> samples, ToDoubleFunction<Sample> figure) {
        return samples.stream().mapToDouble(figure).toArray();
    }

    private static MetricVerdict judge(String metric, List<Sample> samples, int base, double[] values,
                                       double tolerance) {
        return judge(metric, samples, base, values, 0, tolerance);
    }

    private static MetricVerdict judge(String metric, List<Sample> samples, int base, double[] values,
                                       double floor, double tolerance) {
        double baseline = values[base];
        double scale = Math.max(baseline, floor);
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        double worst = 0;
        Duration worstAt = samples.get(base + 1).elapsed();
        for (int i = base + 1; i < values.length; i++) {
            lowest = Math.min(lowest, values[i]);
            highest = Math.max(highest, values[i]);
            double deviation = deviation(baseline, scale, values[i]);
            if (Math.abs(deviation) > Math.abs(worst)) {
                worst = deviation;
                worstAt = samples.get(i).elapsed();
            }
        }
        return new MetricVerdict(metric, baseline, lowest, highest, worst, worstAt, tolerance);
    }

    /** How far {@code value} is from {@code baseline}, as a share of {@code scale} (at least the baseline). */
    private static double deviation(double baseline, double scale, double value) {
        if (scale == 0) {
            return value == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return (value - baseline) / scale;
    }
}
