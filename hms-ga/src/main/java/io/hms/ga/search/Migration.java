package io.hms.ga.search;

import io.hms.api.policy.GuardPolicy;
import java.util.List;

/**
 * How a run, one island of several, trades candidates with the others: after every {@link #interval()}
 * generations it sends its {@link #emigrants()} best (best first) and takes in what the others sent, which
 * replace its worst candidates and are evaluated in the next generation. An island that hears nothing goes on
 * alone. {@link #none()} for a run on its own.
 *
 * <pre>{@code
 * optimizer.stream(current.guard(), List.of(), migration).takeWhile(...)
 * }</pre>
 */
public interface Migration {

    /** Generations between exchanges, at least 1. */
    int interval();

    /** How many of its best an island sends, at least 1. */
    int emigrants();

    /**
     * Sends {@code emigrants} after {@code generation} and answers the candidates other islands sent since the
     * last exchange (none when nobody did, or they cannot be heard). Called on the run's thread.
     */
    List<GuardPolicy> exchange(long generation, List<GuardPolicy> emigrants);

    /** No exchange: a run on its own. */
    static Migration none() {
        return NoMigration.INSTANCE;
    }

    /** The run on its own. */
    enum NoMigration implements Migration {
        /** The one instance. */
        INSTANCE;

        @Override
        public int interval() {
            return Integer.MAX_VALUE;
        }

        @Override
        public int emigrants() {
            return 1;
        }

        @Override
        public List<GuardPolicy> exchange(long generation, List<GuardPolicy> emigrants) {
            return List.of();
        }
    }
}
