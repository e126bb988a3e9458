package io.hms.api.spi;

import io.hms.api.Subscription;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The {@link SwarmReport}s a coordinator holds, for {@link Coordinator} implementations: the latest of each
 * kind, instance and subject, and the listeners told of each one posted. A listener that throws is logged
 * (through {@link System.Logger}) and the others are still told. Thread-safe; listeners are told in the
 * order reports are posted, on the posting thread.
 *
 * <p>Reports that travel may arrive out of the order they were made in (two forwarded to a leader at once,
 * one retried): a coordinator that carries them posts each with its reporter's sequence number
 * ({@link #post(SwarmReport, long)}), and a report older than the one held is dropped untold.
 */
public final class ReportBoard {

    private static final System.Logger LOG = System.getLogger(ReportBoard.class.getName());

    private final Map<Key, Held> latest = new LinkedHashMap<>();
    private final List<Consumer<SwarmReport>> listeners = new CopyOnWriteArrayList<>();

    /**
     * Keeps {@code report} in place of the last of its kind, instance and subject, and tells the listeners: for a
     * coordinator that delivers each instance's reports in the order they were made.
     */
    public void post(SwarmReport report) {
        post(report, Long.MIN_VALUE);
    }

    /**
     * Keeps {@code report} in place of the last of its kind, instance and subject and tells the listeners, unless
     * the report held was made after it.
     *
     * @param report   the report
     * @param sequence its place among its reporter's reports: larger is newer; a restarted reporter must go on
     *                 from above its last one (a {@link ReportSequence} does)
     * @return whether it was kept; false for a report older than the one held
     */
    public synchronized boolean post(SwarmReport report, long sequence) {
        Objects.requireNonNull(report, "report");
        Key key = Key.of(report);
        Held held = latest.get(key);
        if (held != null && sequence != Long.MIN_VALUE && held.sequence >= sequence) {
            return false;
        }
        latest.put(key, new Held(report, sequence));
        for (Consumer<SwarmReport> listener : listeners) {
            tell(listener, report);
        }
        return true;
    }

    /** Tells {@code listener} the reports held, then every one posted until the subscription is closed. */
    public synchronized Subscription subscribe(Consumer<SwarmReport> listener) {
        Objects.requireNonNull(listener, "listener");
        latest.values().forEach(held -> tell(listener, held.report));
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The reports held, oldest subject first. */
    public synchronized List<SwarmReport> reports() {
        return latest.values().stream().map(Held::report).toList();
    }

    private static void tell(Consumer<SwarmReport> listener, SwarmReport report) {
        try {
            listener.accept(report);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "report listener " + listener + " threw on " + report
                    + "; the others are still told", e);
        }
    }

    private record Held(SwarmReport report, long sequence) {
    }

    private record Key(Class<?> kind, String nodeId, String subject) {
        static Key of(SwarmReport report) {
            return new Key(report.getClass(), report.nodeId(), report.subject());
        }
    }
}
