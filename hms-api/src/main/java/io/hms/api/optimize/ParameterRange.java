package io.hms.api.optimize;

import java.time.Duration;
import java.util.Objects;

/**
 * The closed interval {@code [min, max]} the optimizer may choose a {@link Parameter} from, in the
 * parameter's unit ({@link ParameterKind}: whole numbers, reals, milliseconds, or option indexes). A
 * range with {@code min == max} pins the parameter to that value.
 *
 * <pre>{@code
 * ParameterRange.ofInts(Parameter.RETRY_MAX_ATTEMPTS, 1, 3);
 * ParameterRange.ofDurations(Parameter.TIMEOUT, Duration.ofMillis(50), Duration.ofSeconds(2));
 * ParameterRange.ofChoices(Parameter.LIMIT_ALGORITHM, LimitAlgorithm.AIMD, LimitAlgorithm.GRADIENT);
 * }</pre>
 *
 * <p>Immutable. The constructor refuses a range that is inverted, not finite, outside the parameter's
 * hard limits, or fractional for an integer, duration or choice parameter, with a message naming the
 * parameter, the value and the fix.
 *
 * @param parameter the parameter
 * @param min       the lowest value, inclusive
 * @param max       the highest value, inclusive
 */
public record ParameterRange(Parameter parameter, double min, double max) {

    /** Validates the range. */
    public ParameterRange {
        Objects.requireNonNull(parameter, "parameter");
        check(parameter, "min", min);
        check(parameter, "max", max);
        if (min > max) {
            throw new IllegalArgumentException("range of " + parameter + " is inverted: min " + format(parameter, min)
                    + " > max " + format(parameter, max) + "; swap the bounds");
        }
    }

    private static void check(Parameter parameter, String bound, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("range of " + parameter + ": " + bound + " must be a finite number, got "
                    + value);
        }
        if (parameter.kind() != ParameterKind.DOUBLE && value != Math.rint(value)) {
            throw new IllegalArgumentException("range of " + parameter + ": " + bound + " must be a whole "
                    + switch (parameter.kind()) {
                        case DURATION -> "number of milliseconds";
                        case CHOICE -> "option index";
                        default -> "number";
                    } + ", got " + value + "; round it");
        }
        if (value < parameter.hardMin() || value > parameter.hardMax()) {
            throw new IllegalArgumentException("range of " + parameter + ": " + bound + " " + format(parameter, value)
                    + " is outside the allowed [" + format(parameter, parameter.hardMin()) + ", "
                    + format(parameter, parameter.hardMax()) + "]; choose a " + bound + " within it");
        }
    }

    private static String format(Parameter parameter, double value) {
        return switch (parameter.kind()) {
            case INTEGER -> Long.toString((long) value);
            case DURATION -> Math.rint(value) == value ? (long) value + " ms" : value + " ms";
            case DOUBLE -> Double.toString(value);
            case CHOICE -> Math.rint(value) == value && value >= 0 && value < parameter.options().size()
                    ? parameter.options().get((int) value).name() : Double.toString(value);
        };
    }

    /** An integer range; for {@link ParameterKind#INTEGER} parameters. */
    public static ParameterRange ofInts(Parameter parameter, int min, int max) {
        requireKind(parameter, ParameterKind.INTEGER);
        return new ParameterRange(parameter, min, max);
    }

    /** A real range; for {@link ParameterKind#DOUBLE} parameters. */
    public static ParameterRange ofDoubles(Parameter parameter, double min, double max) {
        requireKind(parameter, ParameterKind.DOUBLE);
        return new ParameterRange(parameter, min, max);
    }

    /** A duration range, to the millisecond; for {@link ParameterKind#DURATION} parameters. */
    public static ParameterRange ofDurations(Parameter parameter, Duration min, Duration max) {
        requireKind(parameter, ParameterKind.DURATION);
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        return new ParameterRange(parameter, millis(parameter, "min", min), millis(parameter, "max", max));
    }

    /**
     * A range of neighbouring options, {@code first} to {@code last} in declaration order; for
     * {@link ParameterKind#CHOICE} parameters.
     */
    public static ParameterRange ofChoices(Parameter parameter, Enum<?> first, Enum<?> last) {
        requireKind(parameter, ParameterKind.CHOICE);
        return new ParameterRange(parameter, index(parameter, "first", first), index(parameter, "last", last));
    }

    private static double index(Parameter parameter, String bound, Enum<?> option) {
        Objects.requireNonNull(option, bound);
        if (!parameter.options().contains(option)) {
            throw new IllegalArgumentException("range of " + parameter + ": " + bound + " " + option + " is not one"
                    + " of its options " + parameter.options() + "; choose one of them");
        }
        return option.ordinal();
    }

    private static double millis(Parameter parameter, String bound, Duration value) {
        if (value.toNanos() % 1_000_000 != 0) {
            throw new IllegalArgumentException("range of " + parameter + ": " + bound + " must be whole milliseconds, got "
                    + value + "; round it to the millisecond");
        }
        return value.toMillis();
    }

    private static void requireKind(Parameter parameter, ParameterKind kind) {
        Objects.requireNonNull(parameter, "parameter");
        if (parameter.kind() != kind) {
            throw new IllegalArgumentException(parameter + " is a " + parameter.kind() + " parameter, not " + kind
                    + "; use the matching ParameterRange.of... factory");
        }
    }

    /** Whether the range pins the parameter to one value. */
    public boolean isFixed() {
        return min == max;
    }

    /** Whether {@code value} lies in the range. */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** {@code value} moved into the range. */
    public double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }
}
