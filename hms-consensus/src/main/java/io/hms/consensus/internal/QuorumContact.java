package io.hms.consensus.internal;

import java.time.Clock;
import java.time.Duration;

/**
 * Whether this replica has really lost its group, as opposed to not having found it yet: it is in
 * contact while it leads or follows a leader it knows, loses contact when it stops, and has lost the
 * group only once it has been out of contact for a whole quiet period after having been in contact since
 * it (re)started. A node that starts, or restarts after a crash, is not in contact until it first hears
 * from a leader, but has not lost anything either: it is catching up.
 *
 * <p>A follower notices that its leader is gone one election timeout after the last heartbeat, and a
 * leader that loses its quorum steps down as late; a leader change inside a healthy group takes one to
 * two and a half election timeouts more. The quiet period, counted from the moment contact was lost,
 * outlasts such an election, so that an ordinary leader change is never taken for a lost quorum.
 * Fed by the state machine's leader callbacks (on jraft's state-machine thread) and by the node's
 * runner; judged on the coordinator's clock. Thread-safe.
 */
public final class QuorumContact {

    private final Clock clock;
    private final long quietMillis;
    private boolean inContact;
    private boolean contactedSinceStart;
    private long lostAtMillis;

    /**
     * @param clock the clock that times the quiet period
     * @param quiet how long contact must have been lost before the group counts as lost; positive
     */
    public QuorumContact(Clock clock, Duration quiet) {
        if (quiet.isNegative() || quiet.isZero()) {
            throw new IllegalArgumentException("the quiet period must be positive, got " + quiet);
        }
        this.clock = clock;
        this.quietMillis = quiet.toMillis();
    }

    /** The node (re)starts: out of contact, but with nothing lost until it has found its group. */
    public synchronized void started() {
        inContact = false;
        contactedSinceStart = false;
    }

    /** The node leads, or follows a leader it has heard from. */
    public synchronized void gained() {
        inContact = true;
        contactedSinceStart = true;
    }

    /** The node stopped leading or following (no leader known), or stopped running. */
    public synchronized void lost() {
        if (inContact) {
            inContact = false;
            lostAtMillis = clock.millis();
        }
    }

    /**
     * Whether the group is lost: in contact since the node started, then out of contact for at least the
     * quiet period.
     */
    public synchronized boolean groupLost() {
        return contactedSinceStart && !inContact && clock.millis() - lostAtMillis >= quietMillis;
    }

    /**
     * Whether the node has lost contact with a group it had found since it started, quiet period over or
     * not; false while it is in contact or still catching up after a start.
     */
    public synchronized boolean contactLost() {
        return contactedSinceStart && !inContact;
    }

    /** How long the quiet period still runs: zero unless contact is lost and the period is not over. */
    public synchronized Duration untilGroupLost() {
        if (!contactLost()) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.max(0, quietMillis - (clock.millis() - lostAtMillis)));
    }
}
