package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Format v3: a policy commit carries only what differs from the frozen baseline. */
class SparsePolicyFormTest {

    final CommandCodec codec = new CommandCodec();

    private Command roundTrip(Command command) {
        return codec.decode(ByteBuffer.wrap(codec.encode(command)));
    }

    private static Command.CommitPolicy commit(ComponentPolicy policy) {
        return new Command.CommitPolicy("inventory", policy, "patch:1");
    }

    @Test
    void theBaselineHoldsTheDefaultsOfWhenV3WasMade() {
        // when the defaults change, keep PolicyBaseline.V3 as it is (entries in logs depend on it) and
        // compare it with the old values here instead
        assertThat(PolicyBaseline.V3)
                .as("the defaults changed: update this test, never PolicyBaseline.V3 (logs already written depend"
                        + " on it); a new baseline needs a new entry format")
                .isEqualTo(ComponentPolicy.defaults());
    }

    @Test
    void aPolicyOneSettingAwayFromTheDefaultsTakesAFewDozenBytes() {
        ComponentPolicy tuned = ComponentPolicy.defaults().withGuard(GuardPolicy.defaults()
                .withBreaker(BreakerPolicy.defaults().withOpenDuration(Duration.ofSeconds(3))));
        Command command = commit(tuned);

        byte[] entry = codec.encode(command);
        byte[] json = codec.write(command);

        assertThat(entry[0]).isEqualTo(CommandCodec.FORMAT_VERSION);
        assertThat(entry.length).as("entry %d B vs JSON %d B", entry.length, json.length).isLessThan(80)
                .isLessThan(json.length / 4);
        assertThat(roundTrip(command)).isEqualTo(command);
        assertThat(roundTrip(commit(ComponentPolicy.defaults()))).isEqualTo(commit(ComponentPolicy.defaults()));
    }

    @Test
    void aPolicyFarFromTheBaselineSurvivesEverySetting() {
        ComponentPolicy far = new ComponentPolicy(
                new HealthPolicy(Duration.ofMillis(250), Duration.ofNanos(123_456_789), 7, 9),
                new GuardPolicy(TimeoutPolicy.none(),
                        new ConcurrencyLimitPolicy(LimitAlgorithm.GRADIENT, 7, 3, 4096, 0.55,
                                Duration.ofSeconds(86_400, 1), 2.75, Duration.ofNanos(2_500_001)),
                        new BreakerPolicy(WindowType.TIME, 3600, 12.345f, 0.001f, Duration.ofMillis(1),
                                1, Duration.ofDays(365), 64),
                        RetryPolicy.none()),
                Playbook.of(new PlaybookStep("flush-cache", Duration.ofMillis(1500)),
                        new PlaybookStep("restart", Duration.ofSeconds(30))));

        assertThat(roundTrip(commit(far))).isEqualTo(commit(far));
        assertThat(codec.encode(commit(far)).length).as("smaller than its JSON")
                .isLessThan(codec.write(commit(far)).length);
    }

    @Test
    void aWaitForAPlaceAddedAfterTheNameTableIsWrittenUnderItsOwnNameOnlyWhenSet() {
        ComponentPolicy waiting = ComponentPolicy.defaults().withGuard(GuardPolicy.defaults().withLimit(
                ConcurrencyLimitPolicy.defaults().withMaxWait(Duration.ofMillis(8))));

        assertThat(new String(codec.encode(commit(waiting)), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("maxWait");
        assertThat(new String(codec.encode(commit(ComponentPolicy.defaults())),
                java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("maxWait");
        assertThat(roundTrip(commit(waiting))).isEqualTo(commit(waiting));
    }

    @Test
    void randomPoliciesSurviveTheirV3Form() {
        Random random = new Random(42);
        List<ComponentPolicy> policies = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            policies.add(randomPolicy(random));
        }

        assertThat(policies).allSatisfy(p -> assertThat(roundTrip(commit(p))).isEqualTo(commit(p)));
    }

    @Test
    void aPlaybookBackToLevelOrderIsWrittenAgainstABaselineWithSteps() throws IOException {
        ComponentPolicy withSteps = PolicyBaseline.V3.withPlaybook(Playbook.of(
                new PlaybookStep("restart", Duration.ofSeconds(1))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SmileFactory smile = new SmileFactory();
        try (JsonGenerator out = smile.createGenerator(bytes)) {
            SparsePolicyWriter.write(out, PolicyBaseline.V3, withSteps);
        }
        try (var in = smile.createParser(bytes.toByteArray())) {
            in.nextToken();
            assertThat(SparsePolicyReader.read(in, withSteps)).isEqualTo(PolicyBaseline.V3);
        }
    }

    @Test
    void theV3FormIsPinnedAndV4WritesItWithTheCompareAndSetVersionAdded() {
        // these bytes are format v3; if this fails, entries already in logs would read differently
        ComponentPolicy tuned = ComponentPolicy.defaults()
                .withGuard(GuardPolicy.defaults().withBreaker(BreakerPolicy.defaults()
                        .withOpenDuration(Duration.ofMillis(3500))))
                .withPlaybook(Playbook.of(new PlaybookStep("restart", Duration.ofMillis(1500))));
        Command.CommitPolicy numbered = new Command.CommitPolicy("inventory", tuned, "patch:1", 7);
        // v4: the v3 form, and for a compare-and-set commit the version (code "45", Smile small int 7)
        String v4Body = PINNED_V3.substring(2, PINNED_V3.length() - 2);

        assertThat(codec.decode(ByteBuffer.wrap(HexFormat.of().parseHex(PINNED_V3)))).isEqualTo(commit(tuned));
        assertThat(HexFormat.of().formatHex(codec.encode(commit(tuned)))).isEqualTo("04" + v4Body + "fb");
        assertThat(HexFormat.of().formatHex(codec.encode(numbered))).isEqualTo("04" + v4Body + "813435ce" + "fb");
        assertThat(roundTrip(numbered)).isEqualTo(numbered);
    }

    private static final String PINNED_V3 = "033a290a00fa83747970654c636f6d6d69742d706f6c696379803048696e76656e746f72798031fa813131fa"
            + "813235fa8133322a82811101fbfb813132fa813430f8fa81343246726573746172748131342a82810701fbf9"
            + "fbfb80324670617463683a31fb";

    @Test
    void aPropertyThisVersionDoesNotKnowIsRefused() throws IOException {
        byte[] entry = v3Entry(out -> {
            out.writeFieldName(EntryNames.serialized("guard").getValue());
            out.writeStartObject();
            out.writeFieldName(EntryNames.serialized("breaker").getValue());
            out.writeStartObject();
            out.writeNumberField("probeSpacing", 3);
            out.writeEndObject();
            out.writeEndObject();
        });

        assertThatThrownBy(() -> codec.decode(ByteBuffer.wrap(entry)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'probeSpacing' of the breaker is unknown")
                .hasMessageContaining("upgrade this instance");
    }

    @Test
    void aValueOfTheWrongKindOrOutOfRangeIsUnreadable() throws IOException {
        byte[] wrongKind = v3Entry(out -> {
            out.writeFieldName(EntryNames.serialized("health").getValue());
            out.writeStartObject();
            out.writeStringField(EntryNames.serialized("failuresToDown").getValue(), "three");
            out.writeEndObject();
        });
        byte[] outOfRange = v3Entry(out -> {
            out.writeFieldName(EntryNames.serialized("health").getValue());
            out.writeStartObject();
            out.writeNumberField(EntryNames.serialized("failuresToDown").getValue(), 0);
            out.writeEndObject();
        });

        assertThatThrownBy(() -> codec.decode(ByteBuffer.wrap(wrongKind)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("format v3 is unreadable")
                .hasMessageContaining("expected an integer");
        assertThatThrownBy(() -> codec.decode(ByteBuffer.wrap(outOfRange)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("format v3 is unreadable")
                .hasMessageContaining("failuresToDown");
    }

    @Test
    void aTruncatedV3EntryIsUnreadable() {
        byte[] entry = codec.encode(commit(RandomHolder.FAR));
        for (int length = 2; length < entry.length; length += 7) {
            byte[] truncated = java.util.Arrays.copyOf(entry, length);
            assertThatThrownBy(() -> codec.decode(ByteBuffer.wrap(truncated)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("unreadable");
        }
    }

    private interface PolicyBody {
        void write(JsonGenerator out) throws IOException;
    }

    /** A v3 policy commit whose policy object is written by {@code body}. */
    private static byte[] v3Entry(PolicyBody body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(3);
        try (JsonGenerator out = new SmileFactory().createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("type", "commit-policy");
            out.writeStringField(EntryNames.serialized("component").getValue(), "inventory");
            out.writeFieldName(EntryNames.serialized("policy").getValue());
            out.writeStartObject();
            body.write(out);
            out.writeEndObject();
            out.writeStringField(EntryNames.serialized("source").getValue(), "test");
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private static final class RandomHolder {
        static final ComponentPolicy FAR = randomPolicy(new Random(7));
    }

    private static ComponentPolicy randomPolicy(Random random) {
        ComponentPolicy base = ComponentPolicy.defaults();
        HealthPolicy health = random.nextBoolean() ? base.health()
                : new HealthPolicy(duration(random), duration(random), 1 + random.nextInt(10), 1 + random.nextInt(10));
        int min = 1 + random.nextInt(50);
        int max = min + random.nextInt(500);
        ConcurrencyLimitPolicy limit = random.nextBoolean() ? base.guard().limit()
                : new ConcurrencyLimitPolicy(LimitAlgorithm.values()[random.nextInt(3)], min + random.nextInt(max - min + 1),
                min, max, 0.5 + random.nextDouble() * 0.499, duration(random), 1.0 + random.nextDouble() * 99);
        BreakerPolicy breaker = random.nextBoolean() ? base.guard().breaker()
                : new BreakerPolicy(random.nextBoolean() ? WindowType.COUNT : WindowType.TIME, 1 + random.nextInt(3600),
                1 + random.nextFloat() * 99, random.nextBoolean() ? 100f : 0.5f + random.nextFloat() * 99,
                duration(random), 1 + random.nextInt(100), duration(random), 1 + random.nextInt(20));
        Duration initial = random.nextBoolean() ? Duration.ZERO : duration(random);
        RetryPolicy retry = random.nextBoolean() ? base.guard().retry()
                : new RetryPolicy(1 + random.nextInt(10), initial, 1 + random.nextDouble() * 5,
                initial.plus(duration(random)), random.nextDouble());
        TimeoutPolicy timeout = random.nextBoolean() ? base.guard().timeout() : TimeoutPolicy.of(duration(random));
        List<PlaybookStep> steps = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            steps.add(new PlaybookStep("repair-" + random.nextInt(100), duration(random)));
        }
        return new ComponentPolicy(health, new GuardPolicy(timeout, limit, breaker, retry), new Playbook(steps));
    }

    /** A positive duration: whole seconds, whole milliseconds or any nanoseconds. */
    private static Duration duration(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Duration.ofSeconds(1 + random.nextInt(100_000));
            case 1 -> Duration.ofMillis(1 + random.nextInt(100_000));
            default -> Duration.ofNanos(1 + (random.nextLong() & Long.MAX_VALUE) % 1_000_000_000_000L);
        };
    }
}
