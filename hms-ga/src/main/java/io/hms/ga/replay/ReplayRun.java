package io.hms.ga.replay;

import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.HmsEvent;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.core.guard.replay.ReplayBreaker;
import io.hms.core.guard.replay.ReplayLimit;
import io.hms.ga.replay.internal.EventQueue;
import io.hms.ga.replay.internal.LatencyHistogram;
import io.hms.ga.replay.internal.ReplayClock;
import io.hms.ga.replay.internal.SplitMix;
import io.hms.ga.replay.internal.TimeHeap;
import java.util.Arrays;

/**
 * One replay of a {@link DependencyModel} under one policy: a discrete-event loop on virtual time that
 * drives the state machine of a real {@link io.hms.core.guard.CircuitBreaker} and a real
 * {@link io.hms.core.guard.ConcurrencyLimiter}, with retry and timeout as the guard pipeline applies them
 * (retry outermost; a refusal ends the call, it is not retried; an attempt that finds the limit full gives
 * its breaker permission back and waits in line for a place up to the limit's {@code maxWait}, then asks the
 * breaker again, or is refused when the wait runs out). Both are made <em>confined</em>: the
 * guard's own machinery ({@link ReplayBreaker}, {@link ReplayLimit}) on plain fields instead of atomics,
 * since one thread drives them. Per call state lives in primitive arrays indexed by a recycled slot; a call
 * waits for one event at a time, which the calendar queue (sized to the trace's busiest rate) keys by the
 * slot, so the loop allocates nothing per event once its arrays have grown.
 *
 * <p>Time moves through the model's buckets; where one recovers from a failing bucket, the recovery comes at
 * a moment within it that the seed draws (the trace cannot say when within its bucket an outage ended), so the
 * seeds together judge a breaker on recoveries anywhere in its cycle.
 *
 * <p>An <em>event</em> is one turn of the loop: a call's arrival, the end of an attempt (completion,
 * failure or timeout) or the end of a retry backoff. A refused attempt ends its call inside the event
 * that started it.
 */
final class ReplayRun {

    // An event's tag: what happens to its call's slot, the slot being the event's key.
    private static final int COMPLETE = 0;  // an attempt ends for the caller
    private static final int RETRY = 1;     // a backoff is over: the next attempt starts
    private static final int FAILED = 2;    // with COMPLETE: the attempt failed or timed out
    private static final int LEFT = 4;      // with FAILED: the caller's deadline passed; the dependency goes on
    private static final int Q = DependencyModel.QUANTILES;
    private static final long LOW_53_BITS = (1L << 53) - 1;
    // What a draw is for: with the call and the attempt it keys a counter-based draw (common random numbers).
    private static final int FAILS = 0;
    private static final int LATENCY = 1;
    private static final int JITTER = 2;
    // The counters of the draws of when recoveries come, one per bucket: below any call's (which are positive).
    private static final long RECOVERY_DRAWS = -1;

    private final DependencyModel model;
    private final long randomKey;
    private final ReplayClock clock = new ReplayClock();
    private final ReplayBreaker breaker;
    private final ReplayLimit limiter;
    private final int maxAttempts;
    private final long[] backoffNanos; // by attempt number
    private final double jitter;
    private final long timeoutNanos;
    private final long maxWaitNanos;
    private final EventQueue queue;
    private final LatencyHistogram latencies = new LatencyHistogram();

    private long[] callStart = new long[64];
    private long[] callDraws = new long[64]; // the call's index in the trace, shifted: its draws' counter base
    private long[] attemptStart = new long[64]; // at the dependency; while in line for a place, the wait's start
    private int[] attempts = new int[64];
    private int[] free = new int[64];
    private int freeCount;
    private int slots;
    // The attempts in line for a place, oldest first, in a ring: they all wait the same time, so the oldest
    // is always the first whose wait runs out.
    private int[] line = new int[64];
    private int lineHead;
    private int lineLength;

    private int bucket;
    private long bucketStart;
    private long bucketEnd;
    private int settled; // the bucket whose behaviour applies: the one before, until a recovery's moment
    private long recoveryAt = Long.MAX_VALUE; // when the current bucket's recovery comes, while still to come
    private double bucketError; // the bucket's unloaded failure probability
    private long failThreshold; // unloaded: a draw53 below it fails, SplitMix.threshold53 of bucketError
    // The bucket's unloaded latency quantiles of successful attempts, then of failed ones, in nanoseconds.
    private final long[] latencyTable = new long[2 * Q];
    // Attempts at the dependency: those the caller awaits, and those it gave up on (ends in abandoned).
    private int atDependency;
    // The load's effect by level in flight, worked out once a level is first met: the latency factor for the
    // whole run, the failure threshold for the bucket (stamped with the bucket it was worked out for).
    private double[] factorAt = new double[0];
    private long[] thresholdAt = new long[0];
    private int[] thresholdStamp = new int[0];
    private final TimeHeap abandoned = new TimeHeap(64);
    private long successful;
    private long failedCalls;
    private long rejected;
    private long sent;
    private long events;
    private int openings;

    ReplayRun(DependencyModel model, GuardPolicy policy, long seed) {
        this.model = model;
        this.randomKey = SplitMix.mix(seed);
        this.breaker = new ReplayBreaker("replay", policy.breaker(), clock, this::onBreakerEvent);
        this.limiter = new ReplayLimit(policy.limit());
        RetryPolicy retry = policy.retry();
        this.maxAttempts = retry.maxAttempts();
        this.backoffNanos = new long[maxAttempts + 1];
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            backoffNanos[attempt] = retry.baseBackoffNanos(attempt);
        }
        this.jitter = retry.jitter();
        this.bucketEnd = model.buckets == 1 ? Long.MAX_VALUE : model.bucketNanos;
        settle(0);
        this.queue = new EventQueue(64, EventQueue.widthFor(peak(model.attemptRate)));
        this.timeoutNanos = policy.timeout().enabled() ? policy.timeout().timeout().toNanos() : Long.MAX_VALUE;
        this.maxWaitNanos = policy.limit().maxWait().toNanos();
    }

    private static double peak(double[] rates) {
        double max = 0;
        for (double r : rates) {
            max = Math.max(max, r);
        }
        return max;
    }

    private void onBreakerEvent(HmsEvent event) {
        if (event instanceof BreakerTransition t && t.to() == BreakerState.OPEN) {
            openings++;
        }
    }

    ReplayResult run(ScoreWeights weights) {
        long[] arrivals = model.arrivals;
        int next = 0;
        while (next < arrivals.length || !queue.isEmpty()) {
            events++;
            if (next < arrivals.length && arrivals[next] <= queue.peekTime()) { // MAX_VALUE when none waits
                long t = arrivals[next++];
                clock.set(t);
                int slot = allocate();
                callStart[slot] = t;
                callDraws[slot] = (long) (next - 1) << 32;
                attempts[slot] = 0;
                attempt(slot, t);
                continue;
            }
            long t = queue.peekTime();
            int slot = queue.peekKey();
            int tag = queue.peekTag();
            queue.pop();
            clock.set(t);
            if ((tag & RETRY) == 0) {
                if ((tag & LEFT) == 0) {
                    atDependency--;
                }
                complete(slot, t, (tag & FAILED) != 0);
            } else {
                attempt(slot, t);
            }
        }
        giveUpWaiting(Long.MAX_VALUE);
        ReplayResult unscored = new ReplayResult(arrivals.length, successful, failedCalls, rejected, sent,
                model.durationNanos(), latencies.percentile(0.99), openings, events, Double.NaN);
        return unscored.withScore(weights.score(unscored, model.referenceLatencyNanos));
    }

    private void attempt(int slot, long t) {
        int attempt = ++attempts[slot];
        if (!breaker.tryAcquirePermission()) {
            refuse(slot, t, attempt);
            return;
        }
        if (!limiter.tryAcquire()) {
            breaker.releasePermission();
            if (maxWaitNanos > 0) {
                giveUpWaiting(t);
                getInLine(slot, t);
                return;
            }
            refuse(slot, t, attempt);
            return;
        }
        send(slot, t, attempt);
    }

    private void getInLine(int slot, long t) {
        if (lineLength == line.length) {
            int[] longer = new int[line.length * 2];
            for (int i = 0; i < lineLength; i++) {
                longer[i] = line[(lineHead + i) % line.length];
            }
            line = longer;
            lineHead = 0;
        }
        line[(lineHead + lineLength++) % line.length] = slot;
        attemptStart[slot] = t;
    }

    /** Refuses, at the end of their waits, the attempts in line whose wait ran out before {@code t}. */
    private void giveUpWaiting(long t) {
        while (lineLength > 0) {
            int slot = line[lineHead];
            long end = attemptStart[slot] + maxWaitNanos;
            if (end >= t) {
                return;
            }
            leaveLine();
            refuse(slot, end, attempts[slot]);
        }
    }

    /**
     * Gives the places free at {@code t} to the attempts in line, oldest first; each asks the breaker again,
     * and one it refuses gives its place back and ends.
     */
    private void admitWaiting(long t) {
        giveUpWaiting(t);
        while (lineLength > 0 && limiter.tryAcquire()) {
            int slot = leaveLine();
            if (!breaker.tryAcquirePermission()) {
                limiter.giveBack();
                refuse(slot, t, attempts[slot]);
                continue;
            }
            send(slot, t, attempts[slot]);
        }
    }

    private int leaveLine() {
        int slot = line[lineHead];
        lineHead = (lineHead + 1) % line.length;
        lineLength--;
        return slot;
    }

    /**
     * Sends the attempt to the dependency: its outcome and latency under the load of the moment, the
     * attempts in flight at the dependency with this one.
     */
    private void send(int slot, long t, int attempt) {
        sent++;
        if (t >= bucketEnd) {
            advanceBucket(t);
            enter(t);
        } else if (t >= recoveryAt) {
            recoveryAt = Long.MAX_VALUE;
            settle(bucket);
        }
        while (!abandoned.isEmpty() && abandoned.peekTime() <= t) {
            abandoned.pop();
            atDependency--;
        }
        int inFlight = ++atDependency;
        long threshold = failThreshold;
        double factor = 1;
        if (inFlight > model.load.capacity()) { // overloaded: slower, and likelier to fail
            if (inFlight >= factorAt.length) {
                growLevels(inFlight);
            }
            if (thresholdStamp[inFlight] != settled + 1) {
                thresholdAt[inFlight] = SplitMix.threshold53(Math.min(1.0,
                        bucketError + model.load.addedErrorProbability(inFlight)));
                thresholdStamp[inFlight] = settled + 1;
            }
            threshold = thresholdAt[inFlight];
            factor = factorAt[inFlight];
        }
        // 1 when the draw is below the error probability: the sign bit of their difference. Unlike a branch,
        // which under a random outcome the processor mispredicts, it costs the same every time. The draws stay
        // integers (draw * 2^53) and the latency is interpolated in integer nanoseconds: it is the end of a
        // long chain of dependent steps that the next events wait on, and each conversion to or from double,
        // each floating-point step, adds to it.
        int fails = (int) ((draw53(slot, attempt, FAILS) - threshold) >>> 63);
        long latency = interpolate(latencyTable, fails * Q, draw53(slot, attempt, LATENCY));
        if (factor != 1) {
            latency = (long) (latency * factor);
        }
        attemptStart[slot] = t;
        if (latency > timeoutNanos) { // the caller gives up; the dependency goes on until the attempt ends
            abandoned.push(t + latency, slot);
            queue.push(t + timeoutNanos, slot, FAILED | LEFT | COMPLETE);
        } else {
            queue.push(t + latency, slot, fails * FAILED | COMPLETE);
        }
    }

    /** Makes room for levels up to {@code level}, working out their latency factors. */
    private void growLevels(int level) {
        int from = factorAt.length;
        int size = Math.max(level + 1, Math.max(64, from * 2));
        factorAt = Arrays.copyOf(factorAt, size);
        thresholdAt = Arrays.copyOf(thresholdAt, size);
        thresholdStamp = Arrays.copyOf(thresholdStamp, size);
        for (int k = from; k < size; k++) {
            factorAt[k] = model.load.latencyFactor(k);
        }
    }

    /**
     * Enters the current bucket at {@code t}. A bucket that recovers from a failing one ({@link
     * DependencyModel#FAILING}) recovers at a moment within it that the seed draws: when within its bucket a
     * recovery came the model cannot tell, and a breaker's open time would otherwise be judged only on
     * recoveries at bucket boundaries, where a lucky open time can miss every one.
     */
    private void enter(long t) {
        recoveryAt = Long.MAX_VALUE;
        double[] error = model.errorProbability;
        if (error[bucket - 1] >= DependencyModel.FAILING && error[bucket] < DependencyModel.FAILING) {
            long at = bucketStart + (long) (SplitMix.uniform(randomKey, RECOVERY_DRAWS - bucket) * model.bucketNanos);
            if (t < at) {
                recoveryAt = at;
                settle(bucket - 1);
                return;
            }
        }
        settle(bucket);
    }

    /** Works out bucket {@code b}'s unloaded behaviour, which applies from now on. */
    private void settle(int b) {
        settled = b;
        bucketError = model.errorProbability[b];
        failThreshold = SplitMix.threshold53(bucketError);
        int at = DependencyModel.successAt(b);
        for (int i = 0; i < latencyTable.length; i++) {
            latencyTable[i] = (long) model.latencyQuantiles[at + i];
        }
    }

    /** Moves to the bucket of {@code t}; time only moves forward, the last bucket is open-ended. */
    private void advanceBucket(long t) {
        while (t >= bucketEnd && bucket < model.buckets - 1) {
            bucket++;
            bucketStart = bucketEnd;
            bucketEnd += model.bucketNanos;
        }
        if (bucket == model.buckets - 1) {
            bucketEnd = Long.MAX_VALUE;
        }
    }

    /**
     * The quantile function at the draw {@code u53 / 2^53}, interpolated between the {@link #Q} quantiles of
     * {@code table} starting at {@code at}, rounded down: the draw times {@code Q - 1} picks the interval by
     * its integer part and the point within it by the 53 bits below, which scale the interval's width with a
     * multiply-high. Takes {@code u53} in [0, 2^53), {@code at + Q <= table.length}, and quantiles that never
     * fall and lie less than 2^62 ns apart.
     */
    static long interpolate(long[] table, int at, long u53) {
        long pos = u53 * (Q - 1);
        int i = (int) (pos >>> 53); // at most Q - 2, since u53 < 2^53
        long lo = table[at + i];
        long within = (pos & LOW_53_BITS) << 10; // the fraction in 63 bits, against a doubled width: 64 in all
        return lo + Math.multiplyHigh(within, (table[at + i + 1] - lo) << 1);
    }

    private void refuse(int slot, long t, int attempt) {
        if (attempt == 1) {
            rejected++;
        }
        finish(slot, t, false);
    }

    private void complete(int slot, long t, boolean failed) {
        long latency = t - attemptStart[slot];
        if (!failed) {
            breaker.onSuccess(latency);
            limiter.release(latency, false);
            finish(slot, t, true);
            if (lineLength > 0) {
                admitWaiting(t);
            }
            return;
        }
        breaker.onError(latency);
        limiter.release(latency, true);
        if (lineLength > 0) {
            admitWaiting(t);
        }
        int attempt = attempts[slot];
        if (attempt >= maxAttempts) {
            finish(slot, t, false);
            return;
        }
        long backoff = backoffNanos[attempt];
        if (jitter > 0) {
            backoff = (long) (backoff * (1 + jitter * (2 * draw(slot, attempt, JITTER) - 1)));
        }
        queue.push(t + Math.max(0, backoff), slot, RETRY);
    }

    /**
     * The uniform draw for {@code purpose} of attempt {@code attempt} of the call in {@code slot}: keyed by
     * the seed, the call's place in the trace, the attempt and the purpose, never by what was drawn before,
     * so a call's attempt meets the same dependency under every policy (common random numbers) and a policy
     * changes the outcome only where it changes the odds (load, time bucket).
     */
    private double draw(int slot, int attempt, int purpose) {
        return SplitMix.uniform(randomKey, counter(slot, attempt, purpose));
    }

    /** The same draw as {@link #draw}, times 2^53: an integer in [0, 2^53). */
    private long draw53(int slot, int attempt, int purpose) {
        return SplitMix.bits53(randomKey, counter(slot, attempt, purpose));
    }

    private long counter(int slot, int attempt, int purpose) {
        return callDraws[slot] | (long) attempt << 2 | purpose;
    }

    private void finish(int slot, long t, boolean success) {
        if (success) {
            successful++;
            latencies.record(t - callStart[slot]);
        } else {
            failedCalls++;
        }
        free[freeCount++] = slot;
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slots == callStart.length) {
            int size = slots * 2;
            callStart = Arrays.copyOf(callStart, size);
            callDraws = Arrays.copyOf(callDraws, size);
            attemptStart = Arrays.copyOf(attemptStart, size);
            attempts = Arrays.copyOf(attempts, size);
            free = Arrays.copyOf(free, size);
        }
        return slots++;
    }
}
