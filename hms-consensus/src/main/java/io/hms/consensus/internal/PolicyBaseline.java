package io.hms.consensus.internal;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import java.time.Duration;

/**
 * The policy a log entry of format v3 is written against: a v3 entry carries only the properties of
 * its policy that differ from this one, and a replica fills in the rest from it.
 *
 * <p>Its values are those of {@link ComponentPolicy#defaults()} when format v3 was made, written out
 * here rather than read from the defaults: every replica must fill in the same values for as long as
 * the entry stays in a log, even after a later version changes the defaults. Changing a value here
 * would make entries already written read differently, so a different baseline needs a new format
 * version of {@link CommandCodec}.
 */
final class PolicyBaseline {

    /** Format v3's baseline. Never edit; a new baseline is a new format. */
    static final ComponentPolicy V3 = new ComponentPolicy(
            new HealthPolicy(Duration.ofSeconds(1), Duration.ofMillis(500), 3, 2),
            new GuardPolicy(
                    TimeoutPolicy.of(Duration.ofSeconds(2)),
                    new ConcurrencyLimitPolicy(LimitAlgorithm.AIMD, 20, 1, 200, 0.9, Duration.ofSeconds(1), 1.5),
                    new BreakerPolicy(WindowType.COUNT, 50, 50f, 100f, Duration.ofSeconds(2), 20,
                            Duration.ofSeconds(10), 5),
                    new RetryPolicy(3, Duration.ofMillis(50), 2.0, Duration.ofSeconds(1), 0.5)),
            Playbook.byLevel());

    private PolicyBaseline() {
    }
}
