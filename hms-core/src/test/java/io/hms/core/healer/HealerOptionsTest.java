package io.hms.core.healer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Options are validated at once, naming the field and the value it got. */
class HealerOptionsTest {

    @Test
    void defaultsAreValidAndWithersChangeOneField() {
        HealerOptions options = HealerOptions.defaults().withMaxConcurrentRepairs(2)
                .withEscalationBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8)).withLockLease(Duration.ofSeconds(30));

        assertThat(options).isEqualTo(new HealerOptions(2, Duration.ofSeconds(1), Duration.ofSeconds(8),
                Duration.ofSeconds(30)));
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        HealerOptions d = HealerOptions.defaults();
        assertThatThrownBy(() -> d.withMaxConcurrentRepairs(0)).hasMessage("maxConcurrentRepairs must be at least 1, got 0");
        assertThatThrownBy(() -> d.withEscalationBackoff(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageStartingWith("escalationBackoff must be positive");
        assertThatThrownBy(() -> d.withEscalationBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageStartingWith("maxEscalationBackoff must be at least escalationBackoff");
        assertThatThrownBy(() -> d.withLockLease(Duration.ZERO)).hasMessageStartingWith("lockLease must be positive");
    }
}
