package io.hms.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The duration texts of annotations and plan files. */
class DurationsTest {

    @ParameterizedTest
    @CsvSource({
        "250ms, PT0.25S",
        "2s, PT2S",
        "1m, PT1M",
        "1h, PT1H",
        "1d, PT24H",
        "500us, PT0.0005S",
        "7ns, PT0.000000007S",
        "' 2s ', PT2S",
        "3 s, PT3S",
        "0s, PT0S",
        "PT0.5S, PT0.5S",
        "pt1m, PT1M",
    })
    void parsesShortAndIsoForms(String text, String iso) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 sec", "", "ms", "1.5s", "2S", "1 minute", "--1s", "-ms"})
    void refusesOtherTextNamingItAndTheAcceptedForms(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a duration; write e.g. 250ms, 2s, 1m, 1h or PT0.5S");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1s", "-250ms", " -2 m", "-PT1S", "PT-0.5S"})
    void refusesANegativeDurationSayingItIsNegative(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is negative; a duration is zero or more, e.g. 0s, 250ms or 2s");
    }

    @Test
    void minusZeroIsZero() {
        assertThat(Durations.parse("-0s")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999ms", "9999999999999999d", "9223372036854775807us"})
    void refusesDurationsTooLongToRepresent(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is out of range; write e.g. 250ms, 2s, 1m, 1h or PT0.5S");
    }

    @Test
    void formatsShortDurationsInMillisAndLongerInSeconds() {
        assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0ms");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(Durations.format(Duration.ofMillis(1234))).isEqualTo("1.23s");
        assertThat(Durations.format(Duration.ofSeconds(2))).isEqualTo("2s");
        assertThat(Durations.format(Duration.ofMinutes(2))).isEqualTo("120s");
    }

    @Test
    void formattedWholeValuesParseBack() {
        for (Duration d : new Duration[] {Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofMinutes(3)}) {
            assertThat(Durations.parse(Durations.format(d))).isEqualTo(d);
        }
    }
}
