package io.hms.benchmarks.soak;

import io.hms.core.Hms;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * Takes a {@link Sample}: the used heap right after {@code System.gc()}, the live threads (virtual ones
 * included, from a {@link ThreadCensus}), and the event bus's backlog and dropped deliveries.
 */
final class ResourceSampler {

    private static final String HMS_THREAD_PREFIX = "hms-";

    private final Hms hms;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ThreadCensus census = ThreadCensus.of();

    ResourceSampler(Hms hms) {
        this.hms = hms;
    }

    /** Measures now; {@code calls} is the callers' count, passed through. */
    Sample sample(Duration elapsed, long calls) {
        System.gc();
        long heap = memory.getHeapMemoryUsage().getUsed();
        ThreadCensus.Counts counted = census.count(HMS_THREAD_PREFIX);
        return new Sample(elapsed, heap, counted.all(), threads.getThreadCount(), counted.named(),
                hms.events().dropped(), hms.events().backlog(), calls, hms.incidents().size());
    }
}
