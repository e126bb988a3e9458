package io.hms.cli;

import io.hms.api.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** Durations on the command line as plans write them: {@code 300ms}, {@code 10s}, {@code 5m}, {@code PT10S}. */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        return Durations.parse(value);
    }
}
