package io.hms.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** What a host sees when it gets the extension wrong, and when its test fails. */
class HmsExtensionMisuseTest {

    @HmsTest
    static class SetupWithAWrongSignature {
        @HmsSetup
        String setup(HmsBuilder hms) {
            return "no";
        }

        @Test
        void test(Hms hms) {
        }
    }

    @HmsTest
    static class FailingTest {
        @HmsSetup
        static void setup(HmsBuilder hms) {
            hms.component("db");
        }

        @Test
        void fails(Hms hms) {
            throw new AssertionError("on purpose");
        }
    }

    private static Events run(Class<?> type) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(type)).execute().testEvents();
    }

    @Test
    void aSetupMethodOfTheWrongShapeFailsTheTestSayingHowToWriteIt() {
        Events events = run(SetupWithAWrongSignature.class);

        assertThat(events.failed().count()).isEqualTo(1);
        assertThat(events.failed().stream().findFirst().orElseThrow().getPayload(
                TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .hasMessageContaining("must take one HmsBuilder and return void");
    }

    @Test
    void aFailedTestPrintsTheRuntimesTimeline() {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThat(run(FailingTest.class).failed().count()).isEqualTo(1);
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("HMS timeline of fails(Hms)");
    }
}
