package io.hms.benchmarks.raft;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.spi.RegistryMutation;
import io.hms.consensus.RaftConfig;
import io.hms.consensus.RaftCoordinator;
import io.hms.consensus.internal.AppliedIndex;
import io.hms.consensus.internal.Command;
import io.hms.consensus.internal.CommandCodec;
import io.hms.consensus.internal.CoordinatorStateMachine;
import io.hms.consensus.internal.QuorumContact;
import io.hms.consensus.internal.ReplicatedState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the benchmarks' Raft groups on 127.0.0.1 share: free addresses, the coordinator and state-machine
 * groups they compare, the policy commit they write, waiting for a leader, closed-loop writers, and
 * deleting the groups' data afterwards.
 */
final class LocalGroups {

    private LocalGroups() {
    }

    /** The policy version the benchmarks write: one setting away from the defaults. */
    static RegistryMutation.PolicyCommit policyCommit() {
        ComponentPolicy tuned = ComponentPolicy.defaults().withGuard(ComponentPolicy.defaults().guard()
                .withBreaker(BreakerPolicy.defaults().withOpenDuration(Duration.ofSeconds(3))));
        return new RegistryMutation.PolicyCommit("inventory", tuned, "bench");
    }

    /** {@code commit} as the coordinator writes it into a log entry. */
    static byte[] entryOf(RegistryMutation.PolicyCommit commit) {
        return new CommandCodec().encode(Command.of(commit));
    }

    /** Starts a coordinator on each address, on defaults, with its data under {@code root}. */
    static List<RaftCoordinator> startCoordinators(List<String> addresses, Path root) {
        List<RaftCoordinator> coordinators = new ArrayList<>();
        for (String address : addresses) {
            coordinators.add(RaftCoordinator.start(RaftConfig.builder().address(address).peers(addresses)
                    .dataDirectory(root.resolve(address.replace(':', '_'))).build()));
        }
        return coordinators;
    }

    /** A bare group whose nodes run the coordinator's state machine, without the rest of the coordinator. */
    static BareCluster coordinatorStateMachines(List<String> addresses, Path root) {
        return coordinatorStateMachines(addresses, root, true);
    }

    /** As {@link #coordinatorStateMachines(List, Path)}, with the log synced on every append or not. */
    static BareCluster coordinatorStateMachines(List<String> addresses, Path root, boolean syncLog) {
        return new BareCluster(addresses, root, "fsm", () -> new CoordinatorStateMachine(new CommandCodec(),
                new ReplicatedState(RaftConfig.DEFAULT_RETAINED_POLICY_VERSIONS), new AppliedIndex(), leading -> { },
                new QuorumContact(Clock.systemUTC(), Duration.ofSeconds(1))),
                syncLog);
    }


    /** The member that leads, once one does; fails after 20 s. */
    static <T> T awaitLeader(Collection<T> members, Predicate<T> leads) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            for (T member : members) {
                if (leads.test(member)) {
                    return member;
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        throw new IllegalStateException("no leader elected within 20 s");
    }

    /**
     * Runs {@code writers} platform threads that each repeat {@code write} until {@code millis} have
     * passed; returns how many writes completed.
     */
    static long closedLoopWrites(Runnable write, int writers, long millis) throws InterruptedException {
        LongAdder done = new LongAdder();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            threads.add(Thread.ofPlatform().name("writer-" + i).start(() -> {
                while (System.nanoTime() < end) {
                    write.run();
                    done.increment();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.sum();
    }

    /** Deletes {@code root} and everything under it, as far as it can. */
    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
