package io.hms.consensus.internal;

import io.hms.api.spi.RegistryMutation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry changes a replica has applied, told to the commit listeners in log order, and the
 * part of them kept so that a snapshot can rebuild a registry: every policy commit, and the latest
 * descriptors of each instance.
 *
 * <p>A listener added late is first told the retained changes, so it ends in the same registry state
 * as one that was there from the start. After a snapshot is loaded, the listeners are told the
 * retained changes they have not seen. Not thread-safe; guarded by {@link ReplicatedState}.
 */
final class MutationLog {

    private static final Logger LOG = LoggerFactory.getLogger(MutationLog.class);

    private final List<RetainedMutation> retained = new ArrayList<>();
    private final List<Consumer<RegistryMutation>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Command.CommitPolicy> latestPolicies = new HashMap<>();
    private long appliedCount;

    /**
     * Records {@code command} as the next change and tells the listeners. A policy equal to the
     * component's previous version shares that version's instance, so re-committing an unchanged
     * policy retains no second copy (a follower decodes a fresh one from every entry).
     */
    void append(Command.MutationCommand command) {
        appliedCount++;
        if (command instanceof Command.CommitPolicy commit) {
            Command.CommitPolicy previous = latestPolicies.get(commit.component());
            if (previous != null && previous.policy() != commit.policy() && previous.policy().equals(commit.policy())) {
                command = new Command.CommitPolicy(commit.component(), previous.policy(), commit.source());
            }
            latestPolicies.put(commit.component(), (Command.CommitPolicy) command);
        }
        if (command instanceof Command.PublishDescriptors published) {
            retained.removeIf(r -> r.command() instanceof Command.PublishDescriptors p
                    && p.nodeId().equals(published.nodeId()));
        }
        retained.add(new RetainedMutation(appliedCount, command));
        if (!listeners.isEmpty()) {
            tell(command.toMutation());
        }
    }

    /** Replaces the log with a snapshot's and tells the listeners the changes they have not seen. */
    void restore(long savedCount, List<RetainedMutation> saved) {
        long seen = appliedCount;
        retained.clear();
        retained.addAll(saved);
        latestPolicies.clear();
        for (RetainedMutation mutation : saved) {
            if (mutation.command() instanceof Command.CommitPolicy commit) {
                latestPolicies.put(commit.component(), commit);
            }
        }
        appliedCount = savedCount;
        for (RetainedMutation mutation : saved) {
            if (mutation.seq() > seen) {
                tell(mutation.command().toMutation());
            }
        }
    }

    /** Adds a listener after telling it the retained changes. */
    void addListener(Consumer<RegistryMutation> listener) {
        for (RetainedMutation mutation : retained) {
            tellOne(listener, mutation.command().toMutation());
        }
        listeners.add(listener);
    }

    boolean removeListener(Consumer<RegistryMutation> listener) {
        return listeners.remove(listener);
    }

    long appliedCount() {
        return appliedCount;
    }

    List<RetainedMutation> retained() {
        return List.copyOf(retained);
    }

    private void tell(RegistryMutation mutation) {
        for (Iterator<Consumer<RegistryMutation>> it = listeners.iterator(); it.hasNext(); ) {
            tellOne(it.next(), mutation);
        }
    }

    private static void tellOne(Consumer<RegistryMutation> listener, RegistryMutation mutation) {
        try {
            listener.accept(mutation);
        } catch (RuntimeException e) {
            LOG.warn("commit listener {} threw on {}; the commit stands", listener, mutation, e);
        }
    }
}
