package io.hms.core.monitor.anomaly;

/**
 * Turns a detector's grade per tick into anomalies that last: one is raised after {@code sustain} anomalous
 * ticks in a row (grade above 0) and ends after {@code calm} usual ticks in a row, so a lasting anomaly is
 * raised once and a single strange tick never. What the monitor runs per component, and what
 * {@code AnomalyBenchmark} runs offline.
 *
 * <pre>{@code
 * AnomalyEpisode episode = new AnomalyEpisode(3, 30);
 * if (episode.update(reading.grade()) > 0) { raise(); }
 * }</pre>
 *
 * Not thread-safe: one per component, fed by one thread.
 */
public final class AnomalyEpisode {

    private final int sustain;
    private final int calm;
    private int anomalous;
    private int usual;
    private boolean raised;
    private boolean endedNow;

    /**
     * @param sustain anomalous ticks in a row that raise an anomaly, at least 1
     * @param calm    usual ticks in a row that end it, at least 1
     */
    public AnomalyEpisode(int sustain, int calm) {
        if (sustain < 1 || calm < 1) {
            throw new IllegalArgumentException("sustain and calm must be at least 1, got " + sustain + " and " + calm);
        }
        this.sustain = sustain;
        this.calm = calm;
    }

    /**
     * Takes one tick's grade.
     *
     * @return the anomalous ticks in a row when this tick raises an anomaly, else 0
     */
    public int update(double grade) {
        endedNow = false;
        if (grade > 0) {
            anomalous++;
            usual = 0;
            if (!raised && anomalous >= sustain) {
                raised = true;
                return anomalous;
            }
            return 0;
        }
        anomalous = 0;
        if (raised && ++usual >= calm) {
            raised = false;
            endedNow = true;
            usual = 0;
        }
        return 0;
    }

    /** Whether the last {@link #update} ended a raised anomaly. */
    public boolean ended() {
        return endedNow;
    }

    /** Whether an anomaly is raised and not yet over. */
    public boolean raised() {
        return raised;
    }
}
