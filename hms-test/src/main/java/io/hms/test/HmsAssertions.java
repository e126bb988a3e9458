package io.hms.test;

import io.hms.core.Hms;

/** Entry point of the assertions on a runtime: {@code HmsAssertions.assertThat(hms).recoversWithin("db", ...)}. */
public final class HmsAssertions {

    private HmsAssertions() {
    }

    /** Assertions on {@code hms}, whose waits move its manual clock. */
    public static HmsAssert assertThat(Hms hms) {
        return new HmsAssert(hms);
    }
}
