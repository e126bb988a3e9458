package io.hms.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class RuntimeMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aClaimShowsItsLiveGaugeAndCloseRemovesEveryMeterItRegistered() {
        RuntimeMeters meters = RuntimeMeters.claim(registry, "checkout");
        meters.register(r -> Counter.builder("hms.example").tags(meters.tags()).register(r))
                .ifPresent(Counter::increment);
        meters.register(r -> Counter.builder("hms.example").tags(meters.tags()).register(r))
                .ifPresent(Counter::increment);

        assertThat(registry.get(RuntimeMeters.LIVE).tag(RuntimeMeters.TAG, "checkout").gauge().value()).isEqualTo(1.0);
        assertThat(registry.get("hms.example").tag(RuntimeMeters.TAG, "checkout").counter().count()).isEqualTo(2.0);

        meters.close();
        meters.close();

        assertThat(registry.getMeters()).isEmpty();
        assertThat(meters.register(r -> Counter.builder("hms.late").tags(meters.tags()).register(r))).isEmpty();
        assertThat(registry.getMeters()).as("nothing registered once closed").isEmpty();
    }

    @Test
    void unnamedClaimsTakeTheFirstFreeDefaultName() {
        RuntimeMeters first = RuntimeMeters.claim(registry, null);
        RuntimeMeters second = RuntimeMeters.claim(registry, null);
        first.close();

        assertThat(first.name()).isEqualTo("hms-1");
        assertThat(second.name()).isEqualTo("hms-2");
        assertThat(RuntimeMeters.claim(registry, null).name()).isEqualTo("hms-1");
    }

    @Test
    void aHeldNameIsRefusedWithTheFix() {
        RuntimeMeters.claim(registry, "checkout");

        assertThatThrownBy(() -> RuntimeMeters.claim(registry, "checkout")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'checkout'").hasMessageContaining("runtimeName(");
        assertThatThrownBy(() -> RuntimeMeters.claim(registry, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
