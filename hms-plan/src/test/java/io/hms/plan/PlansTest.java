package io.hms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.LimitAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A valid plan read whole: its components' policies over the defaults, its experiments and runs. */
class PlansTest {

    @TempDir
    Path dir;

    private static String checkout() throws IOException {
        try (InputStream in = PlansTest.class.getResourceAsStream("/plans/valid/checkout.hms.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aValidPlanSetsWhatItNamesAndKeepsTheRestOfThePolicy() throws IOException {
        Path file = dir.resolve("checkout.hms.yaml");
        Files.writeString(file, checkout());

        Plan plan = Plans.read(file);

        assertThat(plan.name()).isEqualTo("checkout");
        assertThat(plan.components()).containsOnlyKeys("payments", "inventory");
        ComponentPolicy defaults = ComponentPolicy.defaults();
        ComponentPolicy payments = plan.components().get("payments").over(defaults);
        assertThat(payments.health().interval()).isEqualTo(Duration.ofMillis(500));
        assertThat(payments.health().failuresToDown()).isEqualTo(2);
        assertThat(payments.health().timeout()).isEqualTo(defaults.health().timeout());
        assertThat(payments.guard().timeout().timeout()).isEqualTo(Duration.ofMillis(800));
        assertThat(payments.guard().limit().algorithm()).isEqualTo(LimitAlgorithm.GRADIENT);
        assertThat(payments.guard().limit().maxLimit()).isEqualTo(64);
        assertThat(payments.guard().limit().maxWait()).isEqualTo(Duration.ofMillis(5));
        assertThat(payments.guard().limit().initialLimit()).isEqualTo(defaults.guard().limit().initialLimit());
        assertThat(payments.guard().breaker().failureRateThreshold()).isEqualTo(40f);
        assertThat(payments.guard().breaker().openDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(payments.guard().retry().maxAttempts()).isEqualTo(2);
        assertThat(payments.guard().retry().maxBackoff()).isEqualTo(defaults.guard().retry().maxBackoff());
        assertThat(payments.playbook().reopenWithin()).isEqualTo(Duration.ofMinutes(1));
        assertThat(plan.components().get("inventory").over(defaults)).isEqualTo(defaults);
        assertThat(plan.experiments()).singleElement().satisfies(e -> {
            assertThat(e.fault().kind()).isEqualTo("latency");
            assertThat(e.fault().delay()).isEqualTo(Duration.ofMillis(300));
            assertThat(e.recoverWithin()).isEqualTo(Duration.ofSeconds(5));
        });
        assertThat(plan.optimizer().runs()).singleElement()
                .isEqualTo(new Plan.Run("payments", 200L));
        assertThat(Plans.check(file)).isEmpty();
    }

    @Test
    void aPlanLaidOverAPolicyInForceKeepsWhatItDoesNotName() throws IOException {
        ComponentPolicy current = ComponentPolicy.defaults().withGuard(ComponentPolicy.defaults().guard()
                .withTimeout(io.hms.api.policy.TimeoutPolicy.of(Duration.ofSeconds(9))));
        Plan plan = Plans.parse("""
                hms-plan: 1
                name: a
                components:
                  p:
                    guard:
                      retry: { maxAttempts: 1 }
                """, "a.yaml");

        ComponentPolicy next = plan.components().get("p").over(current);

        assertThat(next.guard().timeout().timeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(next.guard().retry().maxAttempts()).isEqualTo(1);
    }

    @Test
    void aMissingFileIsOneProblemThatNamesIt() {
        Path missing = dir.resolve("nope.yaml");

        assertThat(Plans.check(missing)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(missing.toString());
            assertThat(p.message()).isEqualTo("there is no such file");
        });
    }

    @Test
    void aFileThatIsNotUtf8IsOneProblem() throws IOException {
        Path binary = dir.resolve("binary.yaml");
        Files.write(binary, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xff, (byte) 0xfe});

        assertThatThrownBy(() -> Plans.read(binary)).isInstanceOf(PlanException.class)
                .hasMessageContaining("the file is not UTF-8 text");
    }

    @Test
    void theSchemaIsPublishedAsJsonSchema2020() throws IOException {
        var schema = new ObjectMapper().readTree(Plans.schema());

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.at("/$defs/guard/properties").has("retry")).isTrue();
    }

    @Test
    void theSchemaPublishedForEditorsIsTheOneInTheJar() throws IOException {
        Path published = Path.of("..", "docs", "hms-plan.schema.json");

        assertThat(Files.readString(published)).as("docs/hms-plan.schema.json: copy it from"
                + " hms-plan/src/main/resources/io/hms/plan/hms-plan.schema.json").isEqualTo(Plans.schema());
    }

    @Test
    void didYouMeanOffersTheNearestNameOnlyWhenItIsNear() {
        assertThat(PlanSchema.didYouMean("timout", java.util.List.of("timeout", "limit"), "keys"))
                .startsWith("did you mean 'timeout'?");
        assertThat(PlanSchema.didYouMean("zzzzzzzz", java.util.List.of("timeout", "limit"), "keys"))
                .isEqualTo("remove it or use one of the keys timeout, limit");
    }
}
