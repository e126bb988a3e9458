package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.spi.RegistryMutation;
import io.hms.consensus.ManualClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The checks a command, its log entry and the bookkeeping around it make before anything is replicated. */
class CommandRulesTest {

    final CommandCodec codec = new CommandCodec();

    @Test
    void aPolicyCommitMakesVersionTwoOrLaterOrTheNext() {
        ComponentPolicy policy = ComponentPolicy.defaults();
        assertThatThrownBy(() -> new Command.CommitPolicy("inventory", policy, "patch:1", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a policy commit makes version 2 or later (or 0: the next), got 1");
        assertThat(new Command.CommitPolicy("inventory", policy, "patch:1", 3).toMutation())
                .isEqualTo(new RegistryMutation.PolicyCommit("inventory", policy, "patch:1", 3));
    }

    @Test
    void aLeaseLastsAtLeastAMillisecond() {
        assertThatThrownBy(() -> new Command.AcquireLock("db", "n1", 0, 0, "r-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a lease must last at least 1 ms, got 0 ms");
    }

    @Test
    void aV3EntryMustOpenWithItsType() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(3);
        try (JsonGenerator out = new SmileFactory().createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField(EntryNames.serialized("component").getValue(), "inventory");
            out.writeEndObject();
        }

        assertThatThrownBy(() -> codec.decode(ByteBuffer.wrap(bytes.toByteArray())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("log entry of format v3 is unreadable: a command must open with its type");
    }

    @Test
    void onlyTableNamesHaveACode() {
        assertThat(EntryNames.serialized("policy").getValue()).isEqualTo("1");
        assertThat(EntryNames.nameOf("1")).isEqualTo("policy");
        assertThat(EntryNames.nameOf("policy")).isNull();
        assertThatThrownBy(() -> EntryNames.serialized("colour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("property colour has no code in the entry name table");
    }

    @Test
    void aMutationLogKeepsAtLeastOneVersion() {
        assertThatThrownBy(() -> new MutationLog(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retainedPolicyVersions must be at least 1, got 0");
    }

    @Test
    void theQuietPeriodIsPositiveAndRunsOnlyOnceContactIsLost() {
        ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
        assertThatThrownBy(() -> new QuorumContact(clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the quiet period must be positive, got PT0S");

        QuorumContact contact = new QuorumContact(clock, Duration.ofSeconds(2));
        contact.gained();
        assertThat(contact.untilGroupLost()).isZero();
        contact.lost();
        clock.advance(Duration.ofMillis(500));
        assertThat(contact.untilGroupLost()).isEqualTo(Duration.ofMillis(1500));
        clock.advance(Duration.ofSeconds(5));
        assertThat(contact.untilGroupLost()).isZero();
        assertThat(contact.groupLost()).isTrue();
    }

    @Test
    void aLeadershipListenerThatThrowsDoesNotStopTheOthers() {
        LeadershipTracker tracker = new LeadershipTracker();
        java.util.List<Boolean> told = new java.util.ArrayList<>();
        tracker.subscribe(leading -> {
            throw new IllegalStateException("listener bug");
        });
        tracker.subscribe(told::add);

        tracker.accept(true);
        tracker.accept(true);

        assertThat(tracker.leading()).isTrue();
        assertThat(told).containsExactly(false, true);
    }
}
