package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sparse policy form is read strictly: a property this version does not know, at any depth, is
 * refused as written by a newer version, and a value of the wrong shape is malformed. Written here as
 * JSON with full names, which the reader accepts as it accepts the codes.
 */
class SparsePolicyReaderStrictnessTest {

    private static final ComponentPolicy BASE = ComponentPolicy.defaults();

    private static ComponentPolicy read(String json) throws IOException {
        try (JsonParser in = new JsonFactory().createParser(json.replace('\'', '"'))) {
            in.nextToken();
            return SparsePolicyReader.read(in, BASE);
        }
    }

    @Test
    void anEmptyFormIsTheBaseline() throws IOException {
        assertThat(read("{}")).isEqualTo(BASE);
    }

    @Test
    void thePlaybookWindowsAreReadInSecondsAndTheStepsInOrder() throws IOException {
        ComponentPolicy policy = read("{'playbook': {'steps': [{'function': 'restart', 'timeout': 1.5}],"
                + " 'reopenWithin': 0, 'callerVerification': 2.25}}");

        assertThat(policy.playbook()).isEqualTo(new Playbook(
                java.util.List.of(new PlaybookStep("restart", Duration.ofMillis(1500))), Duration.ZERO,
                Duration.ofMillis(2250)));
        assertThat(policy.health()).isEqualTo(BASE.health());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{'colour': 1}                                             | policy",
            "{'health': {'jitter': 1}}                                 | health",
            "{'guard': {'bulkhead': 1}}                                | guard",
            "{'guard': {'limit': {'smoothing': 1}}}                    | limit",
            "{'guard': {'retry': {'budget': 1}}}                       | retry",
            "{'playbook': {'order': 1}}                                | playbook",
            "{'playbook': {'steps': [{'function': 'r', 'weight': 1}]}} | playbook step"})
    void aPropertyUnknownAtAnyDepthIsRefusedAsWrittenByANewerVersion(String json, String where) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("of the " + where + " is unknown to this version; the entry was written by a"
                        + " newer one: upgrade this instance");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{'playbook': {'steps': {'function': 'r'}}}       | playbook steps are not an array",
            "{'health': 3}                                    | the health is not an object (VALUE_NUMBER_INT)",
            "{'guard': {'limit': {'algorithm': 2}}}           | expected a string, got VALUE_NUMBER_INT",
            "{'health': {'failuresToDown': 2.5}}              | expected an integer, got VALUE_NUMBER_FLOAT",
            "{'guard': {'retry': {'jitter': 'some'}}}         | expected a number, got VALUE_STRING",
            "{'health': {'interval': '1s'}}                   | expected a duration in seconds, got VALUE_STRING"})
    void aValueOfTheWrongShapeIsMalformed(String json, String message) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(JsonParseException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void aCompareAndSetVersionMustBeAWholeNumber() throws IOException {
        try (JsonParser in = new JsonFactory().createParser("7")) {
            in.nextToken();
            assertThat(SparsePolicyReader.wholeNumber(in)).isEqualTo(7);
        }
        try (JsonParser in = new JsonFactory().createParser("\"7\"")) {
            in.nextToken();
            assertThatThrownBy(() -> SparsePolicyReader.wholeNumber(in))
                    .hasMessageStartingWith("expected an integer, got VALUE_STRING");
        }
    }
}
