package io.hms.core.monitor.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.event.AnomalyDetected;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentOpened;
import io.hms.api.event.PatchPromoted;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.spi.AnomalyDetector;
import io.hms.api.spi.AnomalyDetectorProvider;
import io.hms.core.Hms;
import io.hms.core.time.ManualScheduler;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The monitor's early warning in a runtime on a {@link ManualScheduler}, with scripted detectors: which
 * ticks are anomalous is the script's, so the timeline is exact.
 */
class AnomalyWatchTest {

    private static final Duration TICK = Duration.ofSeconds(1);

    /** Detectors whose grade per component and tick a script gives; they record the values they saw. */
    private static final class Scripted implements AnomalyDetectorProvider {
        private final Map<String, LongToDoubleFunction> grades;
        private final Map<Long, double[]> seen = new ConcurrentHashMap<>();
        private final AtomicInteger created = new AtomicInteger();

        Scripted(Map<String, LongToDoubleFunction> grades) {
            this.grades = grades;
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public AnomalyDetector create(String component, List<String> signals, long seed) {
            created.incrementAndGet();
            LongToDoubleFunction grade = grades.get(component);
            return (tick, values) -> {
                seen.put(tick, values.clone());
                double g = grade.applyAsDouble(tick);
                if (Double.isNaN(g)) {
                    throw new IllegalStateException("the detector broke");
                }
                return g == 0 ? AnomalyDetector.Reading.usual(0.1)
                        : new AnomalyDetector.Reading(g, 2.5, ComponentSignals.scaled(new double[] {20, 0, 0, 0, 0, 0}));
            };
        }
    }

    private static Hms runtime(ManualScheduler clock, Scripted detectors, AnomalyOptions options, AtomicInteger repairs) {
        return Hms.builder().discoverPlugins(false).discoverOptimizer(false).scheduler(clock)
                .anomalies(options).anomalyDetector(detectors)
                .component("db").component("cache")
                .healthCheck("db", "ping", Health::up)
                .healthCheck("cache", "ping", Health::up)
                .repair("db", "flush", 1, Duration.ofSeconds(1), context -> {
                    repairs.incrementAndGet();
                    return true;
                })
                .build().start();
    }

    private static ManualScheduler clock() {
        return new ManualScheduler().settleTimeout(Duration.ofSeconds(10));
    }

    @Test
    void aLastingAnomalyIsRaisedOnceAfterSustainTicksAndAgainAfterItCalmed() {
        // anomalous from tick 10 to 19 and from tick 40 to 49; sustain 3, calm 5
        LongToDoubleFunction db = t -> (t >= 10 && t < 20) || (t >= 40 && t < 50) ? 0.8 : 0;
        Scripted detectors = new Scripted(Map.of("db", db, "cache", t -> 0));
        ManualScheduler clock = clock();
        try (Hms hms = runtime(clock, detectors, AnomalyOptions.defaults().withEpisodes(3, 5), new AtomicInteger())) {
            clock.advance(TICK.multipliedBy(60));

            List<AnomalyDetected> raised = hms.events().history(AnomalyDetected.class);
            assertThat(raised).extracting(AnomalyDetected::component).containsExactly("db", "db");
            assertThat(raised).extracting(AnomalyDetected::ticks).containsExactly(3, 3);
            AnomalyDetected first = raised.getFirst();
            assertThat(first.grade()).isEqualTo(0.8);
            assertThat(first.signals()).hasSize(6);
            assertThat(first.signals().getFirst().name()).isEqualTo("call.latency.ms");
            assertThat(first.signals().getFirst().expected()).isCloseTo(20.0, within(1e-9));
            // ticks 0..59 are numbered from 0; the third anomalous tick is tick 12, at the 13th second
            assertThat(first.time()).isEqualTo(raised.get(1).time().minus(TICK.multipliedBy(30)));
            assertThat(hms.incidents()).as("published only: the default response").isEmpty();
        }
    }

    @Test
    void theDetectorSeesTheComponentsSignalsOnALogScale() {
        Scripted detectors = new Scripted(Map.of("db", t -> 0, "cache", t -> 0));
        ManualScheduler clock = clock();
        try (Hms hms = runtime(clock, detectors, AnomalyOptions.defaults(), new AtomicInteger())) {
            for (int i = 0; i < 5; i++) {
                hms.guard("db").call(() -> "ok");
            }
            clock.advance(TICK.multipliedBy(3));
        }
        assertThat(detectors.seen).isNotEmpty();
        double[] values = detectors.seen.values().iterator().next();
        assertThat(values).hasSize(ComponentSignals.NAMES.size());
        assertThat(Arrays.stream(values).allMatch(Double::isFinite)).as("every value finite").isTrue();
        assertThat(values[0]).as("ln(1 + mean latency in ms) of calls that took no time").isCloseTo(0, within(0.7));
    }

    @Test
    void withRepairEarlyTheHealerWorksTheLadderAndTheIncidentClosesByTheRepair() {
        Scripted detectors = new Scripted(Map.of("db", t -> t >= 10 && t < 15 ? 1.0 : 0, "cache", t -> 0));
        AtomicInteger repairs = new AtomicInteger();
        ManualScheduler clock = clock();
        try (Hms hms = runtime(clock, detectors,
                AnomalyOptions.defaults().withResponse(AnomalyResponse.REPAIR_EARLY), repairs)) {
            clock.advance(TICK.multipliedBy(20));

            assertThat(repairs).hasValue(1);
            assertThat(hms.events().history(IncidentOpened.class)).singleElement()
                    .satisfies(o -> assertThat(o.trigger()).startsWith("anomaly (grade 1.00 for 3 ticks)"));
            assertThat(hms.events().history(IncidentClosed.class)).singleElement()
                    .satisfies(c -> assertThat(c.resolvedBy()).isEqualTo("flush"));
        }
    }

    @Test
    void withATighterGuardTheBreakerTightensAndRetriesStopWhileTheAnomalyLastsAndTheGuardComesBackAfter() {
        Scripted detectors = new Scripted(Map.of("db", t -> t >= 10 && t < 15 ? 1.0 : 0, "cache", t -> 0));
        ManualScheduler clock = clock();
        try (Hms hms = runtime(clock, detectors,
                AnomalyOptions.defaults().withResponse(AnomalyResponse.TIGHTER_GUARD), new AtomicInteger())) {
            GuardPolicy before = hms.guard("db").policy();
            clock.advance(TICK.multipliedBy(20));

            GuardPolicy during = hms.guard("db").policy();
            assertThat(during.breaker().failureRateThreshold()).isEqualTo(before.breaker().failureRateThreshold() / 2);
            assertThat(during.breaker().minimumCalls()).isEqualTo(before.breaker().minimumCalls() / 2);
            assertThat(during.retry().maxAttempts()).isEqualTo(1);
            assertThat(during.timeout()).isEqualTo(before.timeout());
            assertThat(hms.registry().policy("db").source()).startsWith("patch:");
            assertThat(hms.guard("cache").policy()).isEqualTo(before);

            clock.advance(TICK.multipliedBy(40)); // 30 calm ticks end it

            assertThat(hms.guard("db").policy()).isEqualTo(before);
            assertThat(hms.registry().policy("db").version()).isEqualTo(3);
            assertThat(hms.events().history(PatchPromoted.class)).hasSize(2);
        }
    }

    @Test
    void aGuardAnotherInstancesAnomalyTightenedIsNeitherTightenedTwiceNorRestoredHere() throws Exception {
        Scripted detectors = new Scripted(Map.of("db", t -> t >= 10 && t < 15 ? 1.0 : 0, "cache", t -> 0));
        ManualScheduler clock = clock();
        try (Hms hms = runtime(clock, detectors,
                AnomalyOptions.defaults().withResponse(AnomalyResponse.TIGHTER_GUARD), new AtomicInteger())) {
            GuardPolicy before = hms.guard("db").policy();
            GuardPolicy tight = before.withRetry(RetryPolicy.none())
                    .withBreaker(before.breaker().withFailureRateThreshold(before.breaker().failureRateThreshold() / 2));
            hms.configurator().apply(new PolicyPatch("anomaly-on-another-instance", "db", 1,
                    hms.registry().policy("db").policy().withGuard(tight), "anomaly", "told by the cluster")).get();

            clock.advance(TICK.multipliedBy(60)); // raised, then over

            assertThat(hms.guard("db").policy()).isEqualTo(tight);
            assertThat(hms.registry().policy("db").version()).isEqualTo(2);
        }
    }

    @Test
    void anEarlyIncidentWhoseRepairsAllFailClosesAsRecoveredOnItsOwnWhileTheComponentServes() {
        Scripted detectors = new Scripted(Map.of("db", t -> 0, "cache", t -> t >= 10 && t < 15 ? 1.0 : 0));
        ManualScheduler clock = clock();
        try (Hms hms = Hms.builder().discoverPlugins(false).discoverOptimizer(false).scheduler(clock)
                .anomalies(AnomalyOptions.defaults().withResponse(AnomalyResponse.REPAIR_EARLY))
                .anomalyDetector(detectors).component("db").component("cache")
                .healthCheck("db", "ping", Health::up).healthCheck("cache", "ping", Health::up)
                .repair("cache", "warm", 1, Duration.ofSeconds(1), context -> false)
                .build().start()) {
            clock.advance(TICK.multipliedBy(30));

            assertThat(hms.events().history(IncidentClosed.class)).singleElement()
                    .satisfies(c -> assertThat(c.resolvedBy()).isEqualTo(IncidentClosed.SELF));
        }
    }

    @Test
    void aDetectorThatThrowsIsDroppedForItsComponentAndTheOthersGoOn() {
        Scripted detectors = new Scripted(Map.of("db", t -> t == 5 ? Double.NaN : 0,
                "cache", t -> t >= 10 && t < 20 ? 0.9 : 0));
        ManualScheduler clock = clock();
        try (Hms hms = runtime(clock, detectors, AnomalyOptions.defaults(), new AtomicInteger())) {
            clock.advance(TICK.multipliedBy(30));

            assertThat(hms.events().history(AnomalyDetected.class)).extracting(AnomalyDetected::component)
                    .containsExactly("cache");
            assertThat(hms.guard("db").call(() -> "still served")).isEqualTo("still served");
        }
    }

    @Test
    void theLeadOfAnAnomalyBeforeTheHealthTurnedDownIsMetered() {
        Scripted detectors = new Scripted(Map.of("db", t -> t >= 10 && t < 40 ? 0.7 : 0, "cache", t -> 0));
        AtomicBoolean broken = new AtomicBoolean();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ManualScheduler clock = clock();
        try (Hms hms = Hms.builder().discoverPlugins(false).discoverOptimizer(false).scheduler(clock)
                .meterRegistry(registry).anomalyDetector(detectors).component("db").component("cache")
                .healthCheck("db", "ping", () -> broken.get() ? Health.down("refused") : Health.up())
                .healthCheck("cache", "ping", Health::up)
                .build().start()) {
            clock.advance(TICK.multipliedBy(20)); // raised at the third anomalous tick
            broken.set(true);
            clock.advance(TICK.multipliedBy(20)); // DOWN after three failed checks
            assertThat(hms.health("db").status()).isEqualTo(HealthStatus.DOWN);

            assertThat(registry.get("hms.monitor.anomalies").tag("component", "db").counter().count()).isEqualTo(1);
            Timer lead = registry.get("hms.monitor.anomaly.lead.time").tag("component", "db").timer();
            assertThat(lead.count()).isEqualTo(1);
            assertThat(lead.totalTime(TimeUnit.SECONDS)).isBetween(5.0, 15.0);
        }
    }

    @Test
    void disabledCreatesNoDetector() {
        Scripted detectors = new Scripted(Map.of("db", t -> 1.0, "cache", t -> 1.0));
        ManualScheduler clock = clock();
        try (Hms hms = runtime(clock, detectors, AnomalyOptions.disabled(), new AtomicInteger())) {
            clock.advance(TICK.multipliedBy(10));
            assertThat(hms.events().history(AnomalyDetected.class)).isEmpty();
        }
        assertThat(detectors.created).hasValue(0);
    }

    @Test
    void badOptionsNameTheSettingAndTheFix() {
        assertThatThrownBy(() -> AnomalyOptions.defaults().withEpisodes(0, 5))
                .hasMessageContaining("sustain must be at least 1 tick, got 0");
        assertThatThrownBy(() -> AnomalyOptions.defaults().withTick(Duration.ZERO))
                .hasMessageContaining("tick must be a positive duration");
    }

    @Test
    void anEpisodeIsRaisedOnceAndEndsAfterCalmTicks() {
        AnomalyEpisode episode = new AnomalyEpisode(2, 2);
        assertThat(episode.update(0.5)).isZero();
        assertThat(episode.update(0)).as("a single strange tick").isZero();
        assertThat(episode.update(0.5)).isZero();
        assertThat(episode.update(0.5)).isEqualTo(2);
        assertThat(episode.update(0.5)).as("raised once").isZero();
        assertThat(episode.update(0)).isZero();
        assertThat(episode.raised()).isTrue();
        assertThat(episode.update(0)).isZero();
        assertThat(episode.raised()).isFalse();
    }
}
