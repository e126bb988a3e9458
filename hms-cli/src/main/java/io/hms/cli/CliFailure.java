package io.hms.cli;

/** A command that could not do its work: one line for the person at the terminal, and exit status 1. */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliFailure(String message) {
        super(message, null, false, false);
    }
}
