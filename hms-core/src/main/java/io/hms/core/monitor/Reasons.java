package io.hms.core.monitor;

import io.hms.api.Durations;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** The human-readable reasons of failed checks. */
final class Reasons {

    private Reasons() {
    }

    /** The reason of a check that did not finish within {@code timeout}: {@code "timed out after 200ms"}. */
    static String timedOut(Duration timeout) {
        return "timed out after " + Durations.format(timeout);
    }

    /**
     * The reason of a check whose run is past its timeout and has not returned:
     * {@code "health check 'ping' hung: still running 2s after its 200ms timeout; it is not run again until it returns"}.
     */
    static String hung(String check, Duration running, Duration timeout) {
        return "health check '" + check + "' hung: still running " + Durations.format(running) + " after its "
                + Durations.format(timeout) + " timeout; it is not run again until it returns";
    }

    /** The reason of a check that failed with {@code error}: its class's simple name and message. */
    static String failed(Throwable error, Duration timeout) {
        Throwable cause = unwrap(error);
        if (cause instanceof TimeoutException) {
            return timedOut(timeout);
        }
        if (cause instanceof CancellationException || cause instanceof InterruptedException) {
            return "interrupted";
        }
        String type = cause.getClass().getSimpleName().isEmpty() ? cause.getClass().getName()
                : cause.getClass().getSimpleName();
        return cause.getMessage() == null ? type : type + ": " + cause.getMessage();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
