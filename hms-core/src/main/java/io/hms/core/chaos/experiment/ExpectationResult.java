package io.hms.core.chaos.experiment;

/**
 * One expectation of an experiment run, judged.
 *
 * @param expectation what was expected, e.g. {@code "detected within 1000 ms"}
 * @param passed      whether it was met
 * @param detail      what was seen, e.g. {@code "detected after 143 ms"}
 */
public record ExpectationResult(String expectation, boolean passed, String detail) {

    @Override
    public String toString() {
        return (passed ? "PASS " : "FAIL ") + expectation + ": " + detail;
    }
}
