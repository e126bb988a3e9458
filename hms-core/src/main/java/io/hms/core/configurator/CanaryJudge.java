package io.hms.core.configurator;

import java.util.Locale;
import java.util.Optional;

/** Compares a canary with its baseline; empty means the canary passes, otherwise the reason it fails. */
final class CanaryJudge {

    private final ConfiguratorOptions options;

    CanaryJudge(ConfiguratorOptions options) {
        this.options = options;
    }

    Optional<String> failure(TrafficSample baseline, TrafficSample canary) {
        if (canary.calls() < options.minCanaryCalls()) {
            return Optional.of("the canary saw " + canary.calls() + " calls, fewer than the " + options.minCanaryCalls()
                    + " needed to judge it");
        }
        if (canary.errorRate() > baseline.errorRate() + options.maxErrorRateIncrease()) {
            return Optional.of(String.format(Locale.ROOT, "canary error rate %.1f%% above baseline %.1f%% + %.1f",
                    canary.errorRate() * 100, baseline.errorRate() * 100, options.maxErrorRateIncrease() * 100));
        }
        long base = baseline.meanLatency().toNanos();
        if (baseline.completed() > 0 && canary.meanLatency().toNanos() > base * (1 + options.maxLatencyIncrease())) {
            return Optional.of(String.format(Locale.ROOT, "canary mean latency %.1f ms above baseline %.1f ms + %.0f%%",
                    canary.meanLatency().toNanos() / 1e6, base / 1e6, options.maxLatencyIncrease() * 100));
        }
        return Optional.empty();
    }
}
