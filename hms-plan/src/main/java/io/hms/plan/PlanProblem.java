package io.hms.plan;

/**
 * One problem of a plan, where it is and how to fix it.
 *
 * <pre>{@code
 * checkout.hms.yaml:12:7: components.payments.guard.retry: unknown key 'maxAttempt'; did you mean 'maxAttempts'?
 * }</pre>
 *
 * @param file    the plan file as given
 * @param line    the line, from 1
 * @param column  the column, from 1
 * @param path    where in the plan, dotted ({@code components.payments.guard.timeout}); empty for the whole plan
 * @param message what is wrong
 * @param fix     what to do about it
 */
public record PlanProblem(String file, int line, int column, String path, String message, String fix) {

    /** {@code file:line:column: path: message; fix}, one line. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message
                + (fix.isEmpty() ? "" : "; " + fix);
    }
}
