package io.hms.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.policy.ComponentPolicy;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueRecordsTest {

    @Test
    void healthFactoriesAreStampedWithEpochAndAtRestamps() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(Health.up().isUp()).isTrue();
        assertThat(Health.up().reason()).isEmpty();
        assertThat(Health.down("gone").status()).isEqualTo(HealthStatus.DOWN);
        assertThat(Health.degraded("slow").time()).isEqualTo(Instant.EPOCH);
        assertThat(Health.down("gone").at(t)).isEqualTo(new Health(HealthStatus.DOWN, "gone", t));
    }

    @Test
    void healthRefusesNulls() {
        assertThatThrownBy(() -> Health.down(null)).isInstanceOf(NullPointerException.class).hasMessage("reason");
    }

    @Test
    void worstOfTwoStatusesIsTheWorse() {
        assertThat(HealthStatus.UP.worst(HealthStatus.DOWN)).isEqualTo(HealthStatus.DOWN);
        assertThat(HealthStatus.DOWN.worst(HealthStatus.DEGRADED)).isEqualTo(HealthStatus.DOWN);
        assertThat(HealthStatus.DEGRADED.worst(HealthStatus.UP)).isEqualTo(HealthStatus.DEGRADED);
    }

    @Test
    void unknownIsNoJudgementSoAnyOtherStatusWinsOverIt() {
        for (HealthStatus status : HealthStatus.values()) {
            assertThat(HealthStatus.UNKNOWN.worst(status)).isEqualTo(status);
            assertThat(status.worst(HealthStatus.UNKNOWN)).isEqualTo(status);
        }
        assertThat(Health.unknown("not started").status()).isEqualTo(HealthStatus.UNKNOWN);
    }

    @Test
    void componentSpecDefaultsRetryExceptionsButNotErrors() {
        ComponentSpec spec = ComponentSpec.of("inventory");
        assertThat(spec.policy()).isEqualTo(ComponentPolicy.defaults());
        assertThat(ComponentSpec.RETRY_ON_EXCEPTIONS.test(new IOException())).isTrue();
        assertThat(ComponentSpec.RETRY_ON_EXCEPTIONS.test(new OutOfMemoryError())).isFalse();
    }

    @Test
    void componentSpecValidatesItsName() {
        assertThatThrownBy(() -> ComponentSpec.of("no spaces"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("component name must be");
        assertThatThrownBy(() -> ComponentSpec.of("x").withPolicy(null)).hasMessage("policy");
    }

    @Test
    void lockLeaseRefusesNulls() {
        assertThatThrownBy(() -> new LockLease("l", null, 1, Instant.EPOCH)).hasMessage("holder");
    }

    @Test
    void publishedDescriptorsAreCopied() {
        List<FunctionDescriptor> list = new ArrayList<>(List.of(FunctionDescriptor.healthCheck("db", "ping")));
        var published = new RegistryMutation.DescriptorsPublished("n1", list);
        list.clear();
        assertThat(published.descriptors()).hasSize(1);
        assertThatThrownBy(() -> published.descriptors().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
