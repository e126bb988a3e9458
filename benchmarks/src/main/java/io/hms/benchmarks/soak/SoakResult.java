package io.hms.benchmarks.soak;

import io.hms.core.chaos.fault.FaultKind;
import java.util.List;
import java.util.Map;

/**
 * What a soak did and measured.
 *
 * @param options       how it ran
 * @param samples       the samples, oldest first
 * @param verdict       how the metrics kept to their baselines
 * @param calls         guarded calls made
 * @param callerThreads caller threads started (each makes a few hundred calls, then a new one takes over)
 * @param escaped       guarded calls that threw although every component has a fallback (0 expected)
 * @param injected      faults injected, by kind
 * @param refused       injections the chaos agent refused (a fault of the same family already active)
 */
public record SoakResult(SoakOptions options, List<Sample> samples, SoakVerdict verdict, long calls,
                         long callerThreads, long escaped, Map<FaultKind, Long> injected, long refused) {

    /** The samples as a table, then {@link #summary()}. */
    public String describe() {
        StringBuilder text = new StringBuilder(SoakTable.header());
        samples.forEach(s -> text.append(SoakTable.row(s)));
        return text.append(summary()).toString();
    }

    /** The counts of calls and faults, one line per judged metric, and the verdict. */
    public String summary() {
        double seconds = samples.getLast().elapsed().toMillis() / 1000.0;
        StringBuilder text = new StringBuilder(String.format(
                "%,d guarded calls (%,.0f/s) from %,d caller threads, %d escaped; faults injected %s, %d refused%n",
                calls, calls / seconds, callerThreads, escaped, injected, refused));
        text.append(verdict.describe());
        text.append(verdict.passed() ? "soak PASSED" : "soak FAILED: " + String.join(", ", verdict.drifted())
                + " drifted beyond " + Math.round(100 * options.tolerance()) + " %").append('\n');
        return text.toString();
    }
}
