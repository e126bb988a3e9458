package io.hms.consensus.linearizability;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a recorded history of a single register (writes of values, reads returning
 * values) is linearizable: whether every operation can be given one instant between its invocation
 * and its completion so that, in the order of those instants, each read returns the latest value
 * written before it (or {@code null} before any write).
 *
 * <pre>{@code
 * Verdict verdict = RegisterChecker.check(List.of(
 *         Operation.write(1, "a", 0, 10),
 *         Operation.read(2, "a", 11, 12)));
 * assert verdict.linearizable();
 * }</pre>
 *
 * <p>The search is Wing and Gong's: walk the history's invocation and completion events in time
 * order; at an invocation, try to place that operation now (if the register allows it) and restart
 * from the earliest open event; at a completion whose operation is not yet placed, undo the last
 * placement and try the next candidate. Lowe's refinement remembers every (set of placed operations,
 * register value) pair already explored, so no configuration is searched twice.
 *
 * <p>Outcomes: a {@link Outcome#FAIL refused} operation did not happen and is left out; an
 * {@link Outcome#UNKNOWN unknown} write may have happened at any time after its invocation, so its
 * completion is placed after everything (a write that never happened is equivalent to one placed
 * last, where nothing reads it); an unknown read tells nothing and is left out. Stateless and
 * thread-safe.
 */
public final class RegisterChecker {

    private static final long STEP_BUDGET = 200_000_000L;

    private RegisterChecker() {
    }

    /** Checks {@code history}; the operations may come in any order. */
    public static Verdict check(List<Operation> history) {
        List<Operation> ops = history.stream()
                .filter(op -> op.outcome() != Outcome.FAIL)
                .filter(op -> !(op.outcome() == Outcome.UNKNOWN && op.kind() == Operation.Kind.READ))
                .toList();
        return new Search(ops).run();
    }

    /** One event of the history, linked in time order. */
    private static final class Event {
        final int op;
        final boolean invocation;
        final long time;
        Event match;
        Event prev;
        Event next;

        Event(int op, boolean invocation, long time) {
            this.op = op;
            this.invocation = invocation;
            this.time = time;
        }
    }

    private record Explored(BitSet placed, String value) {
    }

    private record Placement(Event invocation, String valueBefore) {
    }

    private static final class Search {
        private final List<Operation> ops;
        private final Event head = new Event(-1, false, Long.MIN_VALUE);

        Search(List<Operation> ops) {
            this.ops = ops;
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < ops.size(); i++) {
                Event call = new Event(i, true, ops.get(i).invokedAt());
                Event ret = new Event(i, false, ops.get(i).deadline());
                call.match = ret;
                events.add(call);
                events.add(ret);
            }
            // at equal times invocations come first: the operations then count as concurrent
            events.sort(Comparator.comparingLong((Event e) -> e.time).thenComparing(e -> !e.invocation));
            Event last = head;
            for (Event event : events) {
                last.next = event;
                event.prev = last;
                last = event;
            }
        }

        Verdict run() {
            BitSet placed = new BitSet(ops.size());
            Set<Explored> explored = new HashSet<>();
            Deque<Placement> stack = new ArrayDeque<>();
            List<Operation> longest = List.of();
            String value = null;
            Event event = head.next;
            long steps = 0;
            while (head.next != null) {
                if (++steps > STEP_BUDGET) {
                    throw new IllegalStateException("the search of " + ops.size() + " operations exceeded "
                            + STEP_BUDGET + " steps; check a shorter history");
                }
                if (event.invocation) {
                    Operation op = ops.get(event.op);
                    String after = apply(op, value);
                    boolean legal = op.kind() == Operation.Kind.WRITE || Objects.equals(value, op.value());
                    if (legal) {
                        BitSet next = (BitSet) placed.clone();
                        next.set(event.op);
                        if (explored.add(new Explored(next, after))) {
                            stack.push(new Placement(event, value));
                            placed.set(event.op);
                            value = after;
                            lift(event);
                            event = head.next;
                            continue;
                        }
                    }
                    event = event.next;
                } else {
                    if (stack.size() > longest.size()) {
                        longest = placedInOrder(stack);
                    }
                    if (stack.isEmpty()) {
                        return Verdict.violation(ops.size(), longest, stuckAt(longest));
                    }
                    Placement undone = stack.pop();
                    placed.clear(undone.invocation().op);
                    value = undone.valueBefore();
                    unlift(undone.invocation());
                    event = undone.invocation().next;
                }
            }
            return Verdict.ok(ops.size());
        }

        private static String apply(Operation op, String value) {
            return op.kind() == Operation.Kind.WRITE ? op.value() : value;
        }

        private List<Operation> placedInOrder(Deque<Placement> stack) {
            List<Operation> order = new ArrayList<>();
            stack.descendingIterator().forEachRemaining(p -> order.add(ops.get(p.invocation().op)));
            return order;
        }

        /** The operations that were open right after {@code prefix}: the candidates that all failed. */
        private List<Operation> stuckAt(List<Operation> prefix) {
            Set<Operation> done = new HashSet<>(prefix);
            long firstDeadline = ops.stream().filter(op -> !done.contains(op)).mapToLong(Operation::deadline)
                    .min().orElse(Long.MAX_VALUE);
            return ops.stream().filter(op -> !done.contains(op) && op.invokedAt() <= firstDeadline)
                    .sorted(Comparator.comparingLong(Operation::invokedAt)).limit(10).toList();
        }

        private static void lift(Event call) {
            call.prev.next = call.next;
            if (call.next != null) {
                call.next.prev = call.prev;
            }
            Event ret = call.match;
            ret.prev.next = ret.next;
            if (ret.next != null) {
                ret.next.prev = ret.prev;
            }
        }

        private static void unlift(Event call) {
            Event ret = call.match;
            ret.prev.next = ret;
            if (ret.next != null) {
                ret.next.prev = ret;
            }
            call.prev.next = call;
            if (call.next != null) {
                call.next.prev = call;
            }
        }
    }
}
