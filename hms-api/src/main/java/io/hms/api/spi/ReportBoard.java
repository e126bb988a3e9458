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
 */
public final class ReportBoard {

    private static final System.Logger LOG = System.getLogger(ReportBoard.class.getName());

    private final Map<Key, SwarmReport> latest = new LinkedHashMap<>();
    private final List<Consumer<SwarmReport>> listeners = new CopyOnWriteArrayList<>();

    /** Keeps {@code report} in place of the last of its kind, instance and subject, and tells the listeners. */
    public synchronized void post(SwarmReport report) {
        Objects.requireNonNull(report, "report");
        latest.put(Key.of(report), report);
        for (Consumer<SwarmReport> listener : listeners) {
            tell(listener, report);
        }
    }

    /** Tells {@code listener} the reports held, then every one posted until the subscription is closed. */
    public synchronized Subscription subscribe(Consumer<SwarmReport> listener) {
        Objects.requireNonNull(listener, "listener");
        latest.values().forEach(report -> tell(listener, report));
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The reports held, oldest subject first. */
    public synchronized List<SwarmReport> reports() {
        return List.copyOf(latest.values());
    }

    private static void tell(Consumer<SwarmReport> listener, SwarmReport report) {
        try {
            listener.accept(report);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "report listener " + listener + " threw on " + report
                    + "; the others are still told", e);
        }
    }

    private record Key(Class<?> kind, String nodeId, String subject) {
        static Key of(SwarmReport report) {
            return new Key(report.getClass(), report.nodeId(), report.subject());
        }
    }
}
