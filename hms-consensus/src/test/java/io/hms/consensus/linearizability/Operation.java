package io.hms.consensus.linearizability;

import java.util.Objects;

/**
 * One operation on a single register, as a client recorded it: a write of {@code value}, or a read
 * that returned {@code value} ({@code null} for the register's initial, never-written state).
 *
 * <p>Times are ticks of one clock shared by every client of the history (a counter or
 * {@code System.nanoTime()}); only their order matters. An {@link Outcome#UNKNOWN} operation has no
 * completion time: it is open until the end.
 *
 * @param id         a number that names the operation in reports
 * @param kind       read or write
 * @param value      the value written, or the value read
 * @param invokedAt  when the client invoked it
 * @param finishedAt when the client saw it complete; ignored for {@link Outcome#UNKNOWN}
 * @param outcome    how it ended
 */
public record Operation(int id, Kind kind, String value, long invokedAt, long finishedAt, Outcome outcome) {

    /** What an operation does to the register. */
    public enum Kind {
        /** Sets the register to the value. */
        WRITE,
        /** Returns the register's value. */
        READ
    }

    /** Validates the fields. */
    public Operation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        if (kind == Kind.WRITE && value == null) {
            throw new IllegalArgumentException("operation " + id + ": a write needs a value");
        }
        if (outcome != Outcome.UNKNOWN && finishedAt < invokedAt) {
            throw new IllegalArgumentException("operation " + id + " finishes at " + finishedAt
                    + " before it is invoked at " + invokedAt);
        }
    }

    /** A write of {@code value} that completed. */
    public static Operation write(int id, String value, long invokedAt, long finishedAt) {
        return new Operation(id, Kind.WRITE, value, invokedAt, finishedAt, Outcome.OK);
    }

    /** A read that completed returning {@code value} ({@code null}: the initial state). */
    public static Operation read(int id, String value, long invokedAt, long finishedAt) {
        return new Operation(id, Kind.READ, value, invokedAt, finishedAt, Outcome.OK);
    }

    /** A write of {@code value} whose effect is unknown. */
    public static Operation unknownWrite(int id, String value, long invokedAt) {
        return new Operation(id, Kind.WRITE, value, invokedAt, Long.MAX_VALUE, Outcome.UNKNOWN);
    }

    /** A write of {@code value} that was refused. */
    public static Operation failedWrite(int id, String value, long invokedAt, long finishedAt) {
        return new Operation(id, Kind.WRITE, value, invokedAt, finishedAt, Outcome.FAIL);
    }

    /** When the operation's effect can have happened at the latest. */
    long deadline() {
        return outcome == Outcome.UNKNOWN ? Long.MAX_VALUE : finishedAt;
    }

    @Override
    public String toString() {
        String what = kind == Kind.WRITE ? "write(" + value + ")" : "read()->" + value;
        String end = outcome == Outcome.UNKNOWN ? "open" : String.valueOf(finishedAt);
        return "#" + id + " " + what + " [" + invokedAt + ", " + end + "] " + outcome;
    }
}
