package io.hms.ga.workload;

import io.hms.api.optimize.CallRecords;
import java.util.List;

/**
 * Rows of a synthetic trace, {start, latency, kind} with kind 0 success, 1 failure, 2 refused, 3 timed out, as
 * call records.
 */
final class TraceRows {

    private TraceRows() {
    }

    static CallRecords toRecords(List<long[]> rows) {
        long[] starts = new long[rows.size()];
        long[] latencies = new long[rows.size()];
        CallRecords.Outcome[] outcomes = new CallRecords.Outcome[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            starts[i] = rows.get(i)[0];
            latencies[i] = rows.get(i)[1];
            outcomes[i] = switch ((int) rows.get(i)[2]) {
                case 0 -> CallRecords.Outcome.SUCCESS;
                case 1 -> CallRecords.Outcome.FAILURE;
                case 3 -> CallRecords.Outcome.TIMEOUT;
                default -> CallRecords.Outcome.REJECTED;
            };
        }
        return new CallRecords(starts, latencies, outcomes);
    }
}
