package io.hms.consensus.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.RetryPolicy;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * Writes a policy as format v3 does: an object holding only the properties that differ from a
 * baseline ({@link PolicyBaseline#V3} in log entries), each part that equals the baseline's left out
 * whole. A policy a patch or the optimizer derived from the defaults therefore costs a few bytes per
 * changed setting; one far from the baseline costs about what writing every property would.
 *
 * <p>Property names are the codes of {@link EntryNames}. Values: an int or a double as such, a
 * threshold (float) as a 32-bit float, an enum constant by name, a duration as whole seconds (an
 * integer) or exact decimal seconds (a big decimal), a guard's timeout as its duration, playbook steps
 * as an array of objects. {@link SparsePolicyReader} reads it back. Stateless and thread-safe.
 */
final class SparsePolicyWriter {

    static final SerializableString HEALTH = EntryNames.serialized("health");
    static final SerializableString GUARD = EntryNames.serialized("guard");
    static final SerializableString PLAYBOOK = EntryNames.serialized("playbook");
    private static final SerializableString INTERVAL = EntryNames.serialized("interval");
    private static final SerializableString TIMEOUT = EntryNames.serialized("timeout");
    private static final SerializableString FAILURES_TO_DOWN = EntryNames.serialized("failuresToDown");
    private static final SerializableString SUCCESSES_TO_UP = EntryNames.serialized("successesToUp");
    private static final SerializableString LIMIT = EntryNames.serialized("limit");
    private static final SerializableString ALGORITHM = EntryNames.serialized("algorithm");
    private static final SerializableString INITIAL_LIMIT = EntryNames.serialized("initialLimit");
    private static final SerializableString MIN_LIMIT = EntryNames.serialized("minLimit");
    private static final SerializableString MAX_LIMIT = EntryNames.serialized("maxLimit");
    private static final SerializableString BACKOFF_RATIO = EntryNames.serialized("backoffRatio");
    private static final SerializableString LATENCY_THRESHOLD = EntryNames.serialized("latencyThreshold");
    private static final SerializableString TOLERANCE = EntryNames.serialized("tolerance");
    /** Added after the name table was fixed: written under its own name, and only when it is set. */
    private static final SerializableString MAX_WAIT = new SerializedString("maxWait");
    private static final SerializableString BREAKER = EntryNames.serialized("breaker");
    private static final SerializableString WINDOW_TYPE = EntryNames.serialized("windowType");
    private static final SerializableString WINDOW_SIZE = EntryNames.serialized("windowSize");
    private static final SerializableString FAILURE_RATE = EntryNames.serialized("failureRateThreshold");
    private static final SerializableString SLOW_CALL_RATE = EntryNames.serialized("slowCallRateThreshold");
    private static final SerializableString SLOW_CALL_DURATION = EntryNames.serialized("slowCallDuration");
    private static final SerializableString MINIMUM_CALLS = EntryNames.serialized("minimumCalls");
    private static final SerializableString OPEN_DURATION = EntryNames.serialized("openDuration");
    private static final SerializableString HALF_OPEN_PROBES = EntryNames.serialized("halfOpenProbes");
    private static final SerializableString RETRY = EntryNames.serialized("retry");
    private static final SerializableString MAX_ATTEMPTS = EntryNames.serialized("maxAttempts");
    private static final SerializableString INITIAL_BACKOFF = EntryNames.serialized("initialBackoff");
    private static final SerializableString MULTIPLIER = EntryNames.serialized("multiplier");
    private static final SerializableString MAX_BACKOFF = EntryNames.serialized("maxBackoff");
    private static final SerializableString JITTER = EntryNames.serialized("jitter");
    private static final SerializableString STEPS = EntryNames.serialized("steps");
    // not in the name table, so written in full
    private static final SerializableString REOPEN_WITHIN = new SerializedString("reopenWithin");
    private static final SerializableString CALLER_VERIFICATION = new SerializedString("callerVerification");
    private static final SerializableString FUNCTION = EntryNames.serialized("function");

    private SparsePolicyWriter() {
    }

    /** Writes {@code policy} as an object of the properties in which it differs from {@code base}. */
    static void write(JsonGenerator out, ComponentPolicy policy, ComponentPolicy base) throws IOException {
        out.writeStartObject();
        if (!policy.health().equals(base.health())) {
            out.writeFieldName(HEALTH);
            health(out, policy.health(), base.health());
        }
        if (!policy.guard().equals(base.guard())) {
            out.writeFieldName(GUARD);
            guard(out, policy.guard(), base.guard());
        }
        if (!policy.playbook().equals(base.playbook())) {
            out.writeFieldName(PLAYBOOK);
            playbook(out, policy.playbook());
        }
        out.writeEndObject();
    }

    private static void health(JsonGenerator out, HealthPolicy value, HealthPolicy base) throws IOException {
        out.writeStartObject();
        duration(out, INTERVAL, value.interval(), base.interval());
        duration(out, TIMEOUT, value.timeout(), base.timeout());
        integer(out, FAILURES_TO_DOWN, value.failuresToDown(), base.failuresToDown());
        integer(out, SUCCESSES_TO_UP, value.successesToUp(), base.successesToUp());
        out.writeEndObject();
    }

    private static void guard(JsonGenerator out, GuardPolicy value, GuardPolicy base) throws IOException {
        out.writeStartObject();
        duration(out, TIMEOUT, value.timeout().timeout(), base.timeout().timeout());
        if (!value.limit().equals(base.limit())) {
            out.writeFieldName(LIMIT);
            limit(out, value.limit(), base.limit());
        }
        if (!value.breaker().equals(base.breaker())) {
            out.writeFieldName(BREAKER);
            breaker(out, value.breaker(), base.breaker());
        }
        if (!value.retry().equals(base.retry())) {
            out.writeFieldName(RETRY);
            retry(out, value.retry(), base.retry());
        }
        out.writeEndObject();
    }

    private static void limit(JsonGenerator out, ConcurrencyLimitPolicy value, ConcurrencyLimitPolicy base)
            throws IOException {
        out.writeStartObject();
        if (value.algorithm() != base.algorithm()) {
            out.writeFieldName(ALGORITHM);
            out.writeString(value.algorithm().name());
        }
        integer(out, INITIAL_LIMIT, value.initialLimit(), base.initialLimit());
        integer(out, MIN_LIMIT, value.minLimit(), base.minLimit());
        integer(out, MAX_LIMIT, value.maxLimit(), base.maxLimit());
        real(out, BACKOFF_RATIO, value.backoffRatio(), base.backoffRatio());
        duration(out, LATENCY_THRESHOLD, value.latencyThreshold(), base.latencyThreshold());
        real(out, TOLERANCE, value.tolerance(), base.tolerance());
        duration(out, MAX_WAIT, value.maxWait(), base.maxWait());
        out.writeEndObject();
    }

    private static void breaker(JsonGenerator out, BreakerPolicy value, BreakerPolicy base) throws IOException {
        out.writeStartObject();
        if (value.windowType() != base.windowType()) {
            out.writeFieldName(WINDOW_TYPE);
            out.writeString(value.windowType().name());
        }
        integer(out, WINDOW_SIZE, value.windowSize(), base.windowSize());
        threshold(out, FAILURE_RATE, value.failureRateThreshold(), base.failureRateThreshold());
        threshold(out, SLOW_CALL_RATE, value.slowCallRateThreshold(), base.slowCallRateThreshold());
        duration(out, SLOW_CALL_DURATION, value.slowCallDuration(), base.slowCallDuration());
        integer(out, MINIMUM_CALLS, value.minimumCalls(), base.minimumCalls());
        duration(out, OPEN_DURATION, value.openDuration(), base.openDuration());
        integer(out, HALF_OPEN_PROBES, value.halfOpenProbes(), base.halfOpenProbes());
        out.writeEndObject();
    }

    private static void retry(JsonGenerator out, RetryPolicy value, RetryPolicy base) throws IOException {
        out.writeStartObject();
        integer(out, MAX_ATTEMPTS, value.maxAttempts(), base.maxAttempts());
        duration(out, INITIAL_BACKOFF, value.initialBackoff(), base.initialBackoff());
        real(out, MULTIPLIER, value.multiplier(), base.multiplier());
        duration(out, MAX_BACKOFF, value.maxBackoff(), base.maxBackoff());
        real(out, JITTER, value.jitter(), base.jitter());
        out.writeEndObject();
    }

    /**
     * A playbook that differs is written whole: its steps in order (an empty array for level order), then
     * its re-open window and caller verification where they differ from the defaults.
     */
    private static void playbook(JsonGenerator out, Playbook value) throws IOException {
        Playbook defaults = Playbook.byLevel();
        out.writeStartObject();
        out.writeFieldName(STEPS);
        out.writeStartArray();
        for (PlaybookStep step : value.steps()) {
            out.writeStartObject();
            out.writeFieldName(FUNCTION);
            out.writeString(step.function());
            out.writeFieldName(TIMEOUT);
            durationValue(out, step.timeout());
            out.writeEndObject();
        }
        out.writeEndArray();
        duration(out, REOPEN_WITHIN, value.reopenWithin(), defaults.reopenWithin());
        duration(out, CALLER_VERIFICATION, value.callerVerification(), defaults.callerVerification());
        out.writeEndObject();
    }

    private static void integer(JsonGenerator out, SerializableString name, int value, int base) throws IOException {
        if (value != base) {
            out.writeFieldName(name);
            out.writeNumber(value);
        }
    }

    private static void real(JsonGenerator out, SerializableString name, double value, double base)
            throws IOException {
        if (Double.compare(value, base) != 0) {
            out.writeFieldName(name);
            out.writeNumber(value);
        }
    }

    private static void threshold(JsonGenerator out, SerializableString name, float value, float base)
            throws IOException {
        if (Float.compare(value, base) != 0) {
            out.writeFieldName(name);
            out.writeNumber(value);
        }
    }

    private static void duration(JsonGenerator out, SerializableString name, Duration value, Duration base)
            throws IOException {
        if (!Objects.equals(value, base)) {
            out.writeFieldName(name);
            durationValue(out, value);
        }
    }

    /** Whole seconds as an integer, anything else as exact decimal seconds. */
    static void durationValue(JsonGenerator out, Duration value) throws IOException {
        if (value.getNano() == 0) {
            out.writeNumber(value.getSeconds());
        } else {
            out.writeNumber(BigDecimal.valueOf(value.getSeconds()).add(BigDecimal.valueOf(value.getNano(), 9))
                    .stripTrailingZeros());
        }
    }
}
