package io.hms.test;

import io.hms.api.HealthStatus;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.IncidentEscalated;
import io.hms.api.event.RepairAttempted;
import io.hms.core.Hms;
import io.hms.core.healer.Incident;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions that read as HMS's promises, on a runtime driven by a {@link ManualScheduler} (as {@link HmsTest}
 * gives): {@link #recoversWithin} moves the clock until the component recovers or the time is up; the others
 * read what happened. A failure says what was expected and prints the runtime's timeline.
 */
public final class HmsAssert extends AbstractAssert<HmsAssert, Hms> {

    /** How far the clock moves between looks while waiting. */
    public static final Duration STEP = Duration.ofMillis(100);

    HmsAssert(Hms actual) {
        super(actual, HmsAssert.class);
    }

    /**
     * Moves the runtime's manual clock, {@link #STEP} at a time, until {@code component} is UP with no open incident,
     * failing if that takes more than {@code within}.
     *
     * @throws IllegalStateException when the runtime is not on a {@link ManualScheduler}: nothing would move time
     */
    public HmsAssert recoversWithin(String component, Duration within) {
        isNotNull();
        if (!(actual.scheduler() instanceof ManualScheduler clock)) {
            throw new IllegalStateException("recoversWithin moves a manual clock; build the runtime on a ManualScheduler"
                    + " (as @HmsTest does), or wait on a real clock yourself");
        }
        Duration waited = Duration.ZERO;
        while (!recovered(component)) {
            if (waited.compareTo(within) >= 0) {
                failWithMessage("expected '%s' to recover within %s, but after %s it is %s%s%nTimeline:%n%s", component,
                        within, waited, actual.health(component).status(),
                        openIncident(component).map(i -> " with incident " + i.id() + " open").orElse(""),
                        Timeline.of(actual));
            }
            clock.advance(STEP);
            waited = waited.plus(STEP);
        }
        return this;
    }

    private boolean recovered(String component) {
        return actual.health(component).status() == HealthStatus.UP && openIncident(component).isEmpty();
    }

    private Optional<Incident> openIncident(String component) {
        return actual.incidents().stream().filter(i -> i.component().equals(component) && i.isOpen()).findFirst();
    }

    /** That {@code component}'s breaker opened at some point. */
    public HmsAssert openedBreaker(String component) {
        isNotNull();
        boolean opened = actual.events().history(BreakerTransition.class).stream()
                .anyMatch(t -> t.component().equals(component) && t.to() == BreakerState.OPEN);
        if (!opened) {
            failWithMessage("expected the breaker of '%s' to have opened, but it never did%nTimeline:%n%s", component,
                    Timeline.of(actual));
        }
        return this;
    }

    /** That a repair of {@code component} at rung {@code level} or higher ran (the ladder climbed that far). */
    public HmsAssert escalatedTo(String component, int level) {
        isNotNull();
        int highest = actual.events().history(RepairAttempted.class).stream()
                .filter(r -> r.component().equals(component)).mapToInt(RepairAttempted::level).max().orElse(0);
        if (highest < level) {
            long escalations = actual.events().history(IncidentEscalated.class).stream()
                    .filter(e -> Objects.equals(e.component(), component)).count();
            failWithMessage("expected the repairs of '%s' to reach level %d, but the highest run was %d (%d escalations)"
                    + "%nTimeline:%n%s", component, level, highest, escalations, Timeline.of(actual));
        }
        return this;
    }
}
