package io.hms.api.spi;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers the {@link SwarmReport}s one instance makes, for {@link ReportBoard#post(SwarmReport, long)}: each
 * number is larger than the last, and an instance that restarts goes on from above its last one, because the
 * numbers follow the clock (microseconds since the epoch, or one more than the last when the clock has not
 * moved or went back). Thread-safe.
 *
 * <pre>{@code
 * ReportSequence sequence = new ReportSequence(Clock.systemUTC());
 * board.post(report, sequence.next());   // on the receiving side, with the number that travelled with it
 * }</pre>
 */
public final class ReportSequence {

    private final Clock clock;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    /** @param clock the clock whose time the numbers follow */
    public ReportSequence(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The next number, larger than every one before. */
    public long next() {
        long micros = Math.multiplyExact(clock.millis(), 1_000L);
        return last.accumulateAndGet(micros, (previous, now) -> Math.max(previous + 1, now));
    }
}
