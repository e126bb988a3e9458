package io.hms.ga.playbook;

import static io.hms.api.event.RepairOutcome.FAILED;
import static io.hms.api.event.RepairOutcome.UNVERIFIED;
import static io.hms.api.event.RepairOutcome.VERIFIED;

import io.hms.api.event.RepairOutcome;
import io.hms.api.optimize.IncidentRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A constructed incident history whose best playbook is known: stale caches (5 of 12 incidents) are
 * fixed by {@code flush-cache} in 1 s, exhausted pools (3) by {@code restart-pool} in 5 s, full disks (4)
 * by {@code failover} in 30 s three times out of four; {@code reindex} never fixes anything and takes 20 s.
 * Best: the cheapest fix of the commonest failure first, then the next, then the slow failover, and the
 * useless step last, each with a timeout long enough for its fix.
 */
public final class ConstructedIncidents {

    /** The repairs in level order, the worst order there is. */
    public static final List<String> REPAIRS = List.of("reindex", "failover", "restart-pool", "flush-cache");
    /** The order that recovers fastest on average. */
    public static final List<String> BEST_ORDER = List.of("flush-cache", "restart-pool", "failover", "reindex");

    private ConstructedIncidents() {
    }

    public static List<IncidentRecord> records() {
        List<IncidentRecord> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(incident("stale-cache", step("flush-cache", VERIFIED, 1)));
        }
        for (int i = 0; i < 3; i++) {
            records.add(incident("pool-exhausted", step("flush-cache", UNVERIFIED, 1), step("restart-pool", VERIFIED, 5)));
        }
        for (int i = 0; i < 3; i++) {
            records.add(incident("disk-full", step("flush-cache", UNVERIFIED, 1), step("restart-pool", UNVERIFIED, 5),
                    step("reindex", FAILED, 20), step("failover", VERIFIED, 30)));
        }
        records.add(incident("disk-full", step("failover", UNVERIFIED, 30), step("reindex", FAILED, 20)));
        return records;
    }

    private static IncidentRecord.Step step(String function, RepairOutcome outcome, int seconds) {
        return new IncidentRecord.Step(function, outcome, Duration.ofSeconds(seconds));
    }

    private static IncidentRecord incident(String signature, IncidentRecord.Step... steps) {
        Duration mttr = List.of(steps).stream().map(IncidentRecord.Step::duration).reduce(Duration.ZERO, Duration::plus);
        return new IncidentRecord("inventory", signature, List.of(steps), mttr);
    }
}
