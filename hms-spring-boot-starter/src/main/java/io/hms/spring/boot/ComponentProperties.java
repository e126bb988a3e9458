package io.hms.spring.boot;

import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.WindowType;
import java.time.Duration;

/**
 * {@code hms.components.<name>.*}: one component's policy, each setting laid over
 * {@code ComponentPolicy.defaults()}; a setting left out keeps its default.
 */
public class ComponentProperties {

    /** How long a call may take before the guard abandons it; 0 for no timeout. */
    private Duration timeout;

    /** Whether the component's breaker also opens on the cluster's evidence (a cluster breaker, majority rule). */
    private boolean clusterBreaker;

    private final HealthProperties health = new HealthProperties();

    private final LimitProperties limit = new LimitProperties();

    private final BreakerProperties breaker = new BreakerProperties();

    private final RetryProperties retry = new RetryProperties();

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public boolean isClusterBreaker() {
        return clusterBreaker;
    }

    public void setClusterBreaker(boolean clusterBreaker) {
        this.clusterBreaker = clusterBreaker;
    }

    public HealthProperties getHealth() {
        return health;
    }

    public LimitProperties getLimit() {
        return limit;
    }

    public BreakerProperties getBreaker() {
        return breaker;
    }

    public RetryProperties getRetry() {
        return retry;
    }

    /** {@code hms.components.<name>.health.*}: how the monitor runs the component's health checks. */
    public static class HealthProperties {

        /** How often the checks run. */
        private Duration interval;

        /** How long a check may take before it counts as failed. */
        private Duration timeout;

        /** Consecutive failed checks before the component is DOWN. */
        private Integer failuresToDown;

        /** Consecutive good checks before a DOWN component is UP again. */
        private Integer successesToUp;

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Integer getFailuresToDown() {
            return failuresToDown;
        }

        public void setFailuresToDown(Integer failuresToDown) {
            this.failuresToDown = failuresToDown;
        }

        public Integer getSuccessesToUp() {
            return successesToUp;
        }

        public void setSuccessesToUp(Integer successesToUp) {
            this.successesToUp = successesToUp;
        }
    }

    /** {@code hms.components.<name>.limit.*}: the guard's concurrency limit. */
    public static class LimitProperties {

        /** FIXED, AIMD or GRADIENT. */
        private LimitAlgorithm algorithm;

        /** The limit the guard starts with. */
        private Integer initial;

        /** The lowest the limit may go. */
        private Integer min;

        /** The highest the limit may go. */
        private Integer max;

        /** A call slower than this counts as a drop for an adaptive limit. */
        private Duration latencyThreshold;

        /** How long a call that finds the limit full waits for a place before it is refused (0: at once). */
        private Duration maxWait;

        public LimitAlgorithm getAlgorithm() {
            return algorithm;
        }

        public void setAlgorithm(LimitAlgorithm algorithm) {
            this.algorithm = algorithm;
        }

        public Integer getInitial() {
            return initial;
        }

        public void setInitial(Integer initial) {
            this.initial = initial;
        }

        public Integer getMin() {
            return min;
        }

        public void setMin(Integer min) {
            this.min = min;
        }

        public Integer getMax() {
            return max;
        }

        public void setMax(Integer max) {
            this.max = max;
        }

        public Duration getLatencyThreshold() {
            return latencyThreshold;
        }

        public void setLatencyThreshold(Duration latencyThreshold) {
            this.latencyThreshold = latencyThreshold;
        }

        public Duration getMaxWait() {
            return maxWait;
        }

        public void setMaxWait(Duration maxWait) {
            this.maxWait = maxWait;
        }
    }

    /** {@code hms.components.<name>.breaker.*}: the guard's circuit breaker. */
    public static class BreakerProperties {

        /** COUNT (the last n calls) or TIME (the last n seconds). */
        private WindowType windowType;

        /** The window's size: calls for COUNT, seconds for TIME. */
        private Integer windowSize;

        /** The failure rate, in percent, at which the breaker opens. */
        private Float failureRateThreshold;

        /** The rate of slow calls, in percent, at which the breaker opens. */
        private Float slowCallRateThreshold;

        /** A call slower than this counts as slow. */
        private Duration slowCallDuration;

        /** Calls the window needs before the rates are judged. */
        private Integer minimumCalls;

        /** How long the breaker stays open before it probes. */
        private Duration openDuration;

        /** How many probe calls a half-open breaker lets through. */
        private Integer halfOpenProbes;

        public WindowType getWindowType() {
            return windowType;
        }

        public void setWindowType(WindowType windowType) {
            this.windowType = windowType;
        }

        public Integer getWindowSize() {
            return windowSize;
        }

        public void setWindowSize(Integer windowSize) {
            this.windowSize = windowSize;
        }

        public Float getFailureRateThreshold() {
            return failureRateThreshold;
        }

        public void setFailureRateThreshold(Float failureRateThreshold) {
            this.failureRateThreshold = failureRateThreshold;
        }

        public Float getSlowCallRateThreshold() {
            return slowCallRateThreshold;
        }

        public void setSlowCallRateThreshold(Float slowCallRateThreshold) {
            this.slowCallRateThreshold = slowCallRateThreshold;
        }

        public Duration getSlowCallDuration() {
            return slowCallDuration;
        }

        public void setSlowCallDuration(Duration slowCallDuration) {
            this.slowCallDuration = slowCallDuration;
        }

        public Integer getMinimumCalls() {
            return minimumCalls;
        }

        public void setMinimumCalls(Integer minimumCalls) {
            this.minimumCalls = minimumCalls;
        }

        public Duration getOpenDuration() {
            return openDuration;
        }

        public void setOpenDuration(Duration openDuration) {
            this.openDuration = openDuration;
        }

        public Integer getHalfOpenProbes() {
            return halfOpenProbes;
        }

        public void setHalfOpenProbes(Integer halfOpenProbes) {
            this.halfOpenProbes = halfOpenProbes;
        }
    }

    /** {@code hms.components.<name>.retry.*}: the guard's retries. */
    public static class RetryProperties {

        /** Attempts in all, the first included; 1 for no retries. */
        private Integer maxAttempts;

        /** The wait before the first retry. */
        private Duration initialBackoff;

        /** How much each wait grows over the last. */
        private Double multiplier;

        /** The longest wait. */
        private Duration maxBackoff;

        /** The share of each wait drawn at random, in [0, 1]. */
        private Double jitter;

        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(Double multiplier) {
            this.multiplier = multiplier;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Double getJitter() {
            return jitter;
        }

        public void setJitter(Double jitter) {
            this.jitter = jitter;
        }
    }
}
