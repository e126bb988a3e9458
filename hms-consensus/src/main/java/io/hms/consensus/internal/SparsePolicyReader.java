package io.hms.consensus.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a policy written by {@link SparsePolicyWriter}: every property starts at the baseline's
 * value and takes the entry's where the entry has one. Strict: a property it does not know, or a
 * value of the wrong kind, fails the read (an entry written by a newer version is refused, not half
 * read), and so does a value the policy records refuse. Stateless and thread-safe.
 */
final class SparsePolicyReader {

    private SparsePolicyReader() {
    }

    /**
     * Reads the policy object at the parser's current token ({@code START_OBJECT}); leaves the parser
     * on its {@code END_OBJECT}.
     *
     * @throws IOException           when the form is malformed or truncated
     * @throws IllegalStateException when it holds a property this version does not know
     */
    static ComponentPolicy read(JsonParser in, ComponentPolicy base) throws IOException {
        expectObject(in, "policy");
        HealthPolicy health = base.health();
        GuardPolicy guard = base.guard();
        Playbook playbook = base.playbook();
        while (nextProperty(in, "policy")) {
            String name = property(in);
            in.nextToken();
            switch (name) {
                case "health" -> health = health(in, base.health());
                case "guard" -> guard = guard(in, base.guard());
                case "playbook" -> playbook = playbook(in);
                default -> throw unknown(in, "policy");
            }
        }
        return new ComponentPolicy(health, guard, playbook);
    }

    private static HealthPolicy health(JsonParser in, HealthPolicy base) throws IOException {
        expectObject(in, "health");
        Duration interval = base.interval();
        Duration timeout = base.timeout();
        int failuresToDown = base.failuresToDown();
        int successesToUp = base.successesToUp();
        while (nextProperty(in, "health")) {
            String name = property(in);
            in.nextToken();
            switch (name) {
                case "interval" -> interval = duration(in);
                case "timeout" -> timeout = duration(in);
                case "failuresToDown" -> failuresToDown = integer(in);
                case "successesToUp" -> successesToUp = integer(in);
                default -> throw unknown(in, "health");
            }
        }
        return new HealthPolicy(interval, timeout, failuresToDown, successesToUp);
    }

    private static GuardPolicy guard(JsonParser in, GuardPolicy base) throws IOException {
        expectObject(in, "guard");
        TimeoutPolicy timeout = base.timeout();
        ConcurrencyLimitPolicy limit = base.limit();
        BreakerPolicy breaker = base.breaker();
        RetryPolicy retry = base.retry();
        while (nextProperty(in, "guard")) {
            String name = property(in);
            in.nextToken();
            switch (name) {
                case "timeout" -> timeout = TimeoutPolicy.of(duration(in));
                case "limit" -> limit = limit(in, base.limit());
                case "breaker" -> breaker = breaker(in, base.breaker());
                case "retry" -> retry = retry(in, base.retry());
                default -> throw unknown(in, "guard");
            }
        }
        return new GuardPolicy(timeout, limit, breaker, retry);
    }

    private static ConcurrencyLimitPolicy limit(JsonParser in, ConcurrencyLimitPolicy base) throws IOException {
        expectObject(in, "limit");
        LimitAlgorithm algorithm = base.algorithm();
        int initialLimit = base.initialLimit();
        int minLimit = base.minLimit();
        int maxLimit = base.maxLimit();
        double backoffRatio = base.backoffRatio();
        Duration latencyThreshold = base.latencyThreshold();
        double tolerance = base.tolerance();
        Duration maxWait = base.maxWait();
        while (nextProperty(in, "limit")) {
            String name = property(in);
            in.nextToken();
            switch (name) {
                case "algorithm" -> algorithm = LimitAlgorithm.valueOf(text(in));
                case "initialLimit" -> initialLimit = integer(in);
                case "minLimit" -> minLimit = integer(in);
                case "maxLimit" -> maxLimit = integer(in);
                case "backoffRatio" -> backoffRatio = real(in);
                case "latencyThreshold" -> latencyThreshold = duration(in);
                case "tolerance" -> tolerance = real(in);
                case "maxWait" -> maxWait = duration(in);
                default -> throw unknown(in, "limit");
            }
        }
        return new ConcurrencyLimitPolicy(algorithm, initialLimit, minLimit, maxLimit, backoffRatio,
                latencyThreshold, tolerance, maxWait);
    }

    private static BreakerPolicy breaker(JsonParser in, BreakerPolicy base) throws IOException {
        expectObject(in, "breaker");
        WindowType windowType = base.windowType();
        int windowSize = base.windowSize();
        float failureRate = base.failureRateThreshold();
        float slowCallRate = base.slowCallRateThreshold();
        Duration slowCallDuration = base.slowCallDuration();
        int minimumCalls = base.minimumCalls();
        Duration openDuration = base.openDuration();
        int halfOpenProbes = base.halfOpenProbes();
        while (nextProperty(in, "breaker")) {
            String name = property(in);
            in.nextToken();
            switch (name) {
                case "windowType" -> windowType = WindowType.valueOf(text(in));
                case "windowSize" -> windowSize = integer(in);
                case "failureRateThreshold" -> failureRate = (float) real(in);
                case "slowCallRateThreshold" -> slowCallRate = (float) real(in);
                case "slowCallDuration" -> slowCallDuration = duration(in);
                case "minimumCalls" -> minimumCalls = integer(in);
                case "openDuration" -> openDuration = duration(in);
                case "halfOpenProbes" -> halfOpenProbes = integer(in);
                default -> throw unknown(in, "breaker");
            }
        }
        return new BreakerPolicy(windowType, windowSize, failureRate, slowCallRate, slowCallDuration, minimumCalls,
                openDuration, halfOpenProbes);
    }

    private static RetryPolicy retry(JsonParser in, RetryPolicy base) throws IOException {
        expectObject(in, "retry");
        int maxAttempts = base.maxAttempts();
        Duration initialBackoff = base.initialBackoff();
        double multiplier = base.multiplier();
        Duration maxBackoff = base.maxBackoff();
        double jitter = base.jitter();
        while (nextProperty(in, "retry")) {
            String name = property(in);
            in.nextToken();
            switch (name) {
                case "maxAttempts" -> maxAttempts = integer(in);
                case "initialBackoff" -> initialBackoff = duration(in);
                case "multiplier" -> multiplier = real(in);
                case "maxBackoff" -> maxBackoff = duration(in);
                case "jitter" -> jitter = real(in);
                default -> throw unknown(in, "retry");
            }
        }
        return new RetryPolicy(maxAttempts, initialBackoff, multiplier, maxBackoff, jitter);
    }

    private static Playbook playbook(JsonParser in) throws IOException {
        expectObject(in, "playbook");
        Playbook playbook = Playbook.byLevel();
        while (nextProperty(in, "playbook")) {
            String name = property(in);
            in.nextToken();
            playbook = switch (name) {
                case "steps" -> playbook.withSteps(steps(in));
                case "reopenWithin" -> playbook.withReopenWithin(duration(in));
                case "callerVerification" -> playbook.withCallerVerification(duration(in));
                default -> throw unknown(in, "playbook");
            };
        }
        return playbook;
    }

    private static List<PlaybookStep> steps(JsonParser in) throws IOException {
        if (in.currentToken() != JsonToken.START_ARRAY) {
            throw malformed(in, "playbook steps are not an array");
        }
        List<PlaybookStep> steps = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            expectObject(in, "playbook step");
            String function = null;
            Duration timeout = null;
            while (nextProperty(in, "playbook step")) {
                String name = property(in);
                in.nextToken();
                switch (name) {
                    case "function" -> function = text(in);
                    case "timeout" -> timeout = duration(in);
                    default -> throw unknown(in, "playbook step");
                }
            }
            steps.add(new PlaybookStep(function, timeout));
        }
        return steps;
    }

    /** Whether another property follows in the object being read; false at its end. */
    static boolean nextProperty(JsonParser in, String where) throws IOException {
        JsonToken token = in.nextToken();
        if (token == JsonToken.END_OBJECT) {
            return false;
        }
        if (token != JsonToken.FIELD_NAME) {
            throw malformed(in, "the " + where + " ends unexpectedly (" + token + ")");
        }
        return true;
    }

    /** The well-known name of the current property, or its own name when it has no code. */
    static String property(JsonParser in) throws IOException {
        String code = in.currentName();
        String name = EntryNames.nameOf(code);
        return name != null ? name : code;
    }

    static void expectObject(JsonParser in, String what) throws IOException {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw malformed(in, "the " + what + " is not an object (" + in.currentToken() + ")");
        }
    }

    static String text(JsonParser in) throws IOException {
        if (in.currentToken() != JsonToken.VALUE_STRING) {
            throw malformed(in, "expected a string, got " + in.currentToken());
        }
        return in.getText();
    }

    static long wholeNumber(JsonParser in) throws IOException {
        if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw malformed(in, "expected an integer, got " + in.currentToken());
        }
        return in.getLongValue();
    }

    private static int integer(JsonParser in) throws IOException {
        if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw malformed(in, "expected an integer, got " + in.currentToken());
        }
        return in.getIntValue();
    }

    private static double real(JsonParser in) throws IOException {
        if (!in.currentToken().isNumeric()) {
            throw malformed(in, "expected a number, got " + in.currentToken());
        }
        return in.getDoubleValue();
    }

    /** Whole seconds (an integer) or exact decimal seconds, as {@link SparsePolicyWriter} writes them. */
    private static Duration duration(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return Duration.ofSeconds(in.getLongValue());
        }
        if (token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw malformed(in, "expected a duration in seconds, got " + token);
        }
        BigDecimal seconds = in.getDecimalValue();
        long whole = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
        int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValueExact();
        return Duration.ofSeconds(whole, nanos);
    }

    private static IllegalStateException unknown(JsonParser in, String where) throws IOException {
        return new IllegalStateException("property '" + property(in) + "' of the " + where + " is unknown to this"
                + " version; the entry was written by a newer one: upgrade this instance");
    }

    private static IOException malformed(JsonParser in, String what) {
        return new com.fasterxml.jackson.core.JsonParseException(in, what);
    }
}
