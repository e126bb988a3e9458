package io.hms.consensus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.BreakerState;
import io.hms.api.spi.SwarmReport;
import io.hms.api.spi.SwarmReport.BreakerWindow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two reports of one instance forwarded to the leader at once may enter the log in either order: the replica
 * keeps the one made last, and never tells a listener the older one after the newer.
 */
class ReportOrderTest {

    @Test
    void aReportThatEntersTheLogAfterANewerOneOfItsInstanceIsNotTold() {
        ReplicatedState state = new ReplicatedState();
        List<SwarmReport> heard = new ArrayList<>();
        state.onReport(heard::add);
        BreakerWindow madeFirst = new BreakerWindow("n1", "db", 19, 0, BreakerState.CLOSED, false);
        BreakerWindow madeLater = new BreakerWindow("n1", "db", 11, 11, BreakerState.OPEN, false);

        state.apply(1, Command.of(madeLater, 1_700_000_000_000_002L));
        state.apply(2, Command.of(madeFirst, 1_700_000_000_000_001L));
        state.apply(3, Command.of(new BreakerWindow("n2", "db", 11, 11, BreakerState.OPEN, false), 1L));

        assertThat(heard).containsExactly(madeLater, new BreakerWindow("n2", "db", 11, 11, BreakerState.OPEN, false));
        List<SwarmReport> late = new ArrayList<>();
        state.onReport(late::add);
        assertThat(late).first().isEqualTo(madeLater);
    }
}
