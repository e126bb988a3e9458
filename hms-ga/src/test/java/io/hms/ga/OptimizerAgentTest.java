package io.hms.ga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hms.api.event.AnomalyDetected;
import io.hms.api.event.CandidateJudged;
import io.hms.api.event.FrontFound;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.PatchPromoted;
import io.hms.api.event.PatchRolledBack;
import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.ParameterRange;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.PolicyPatch;
import io.hms.ga.internal.CpuPacer;
import io.hms.ga.internal.ManualCpuClocks;
import io.hms.ga.playbook.ConstructedIncidents;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.LocalSearch;
import io.hms.ga.search.internal.GuardParameters;
import io.hms.ga.workload.InFlightOverload;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class OptimizerAgentTest {

    private static final String COMPONENT = "inventory";
    private static final CallRecords OVERLOAD = InFlightOverload.trace(8, 25, 5L);
    private static final Duration HOUR = Duration.ofHours(1);

    private static OptimizerAgentOptions options(Duration period) {
        return OptimizerAgentOptions.builder()
                .period(period).evaluationBudget(40).maxRunTime(Duration.ofSeconds(2))
                .populationSize(8).localSearch(LocalSearch.of(1, 4)).replaySeeds(1).improvementMargin(0.0)
                .minTraceCalls(100).randomSeed(1).playbookGenerations(40).cpuShare(1.0)
                .capacityDrop(0) // one model and one seed: judged on what the trace shows
                .build();
    }

    private static FakeOptimizerContext context(PolicySpace space, ToggledCoordinator coordinator) {
        return new FakeOptimizerContext(COMPONENT, space, OVERLOAD, coordinator);
    }

    private static OptimizerAgent startedAgent(OptimizerAgentOptions options, FakeOptimizerContext context) {
        return startedAgent(options, context, CpuPacer.Clocks.system());
    }

    private static OptimizerAgent startedAgent(OptimizerAgentOptions options, FakeOptimizerContext context,
                                               CpuPacer.Clocks clocks) {
        OptimizerAgent agent = new OptimizerAgent(options, Runnable::run, clocks);
        agent.start(context);
        return agent;
    }

    @Test
    void runsOnlyWhileThisInstanceLeads() {
        ToggledCoordinator coordinator = new ToggledCoordinator(false);
        FakeOptimizerContext context = context(PolicySpace.defaults(), coordinator);
        OptimizerAgent agent = startedAgent(options(Duration.ofMinutes(5)), context);
        try (agent) {
            context.time.advance(Duration.ofMinutes(11));
            closeIncident(context, "inc-1");
            assertThat(context.published).isEmpty();
            assertThat(context.proposed).isEmpty();

            coordinator.lead(true);
            context.time.advance(Duration.ofMinutes(5));
            assertThat(context.published(GenerationEvaluated.class)).isNotEmpty();
            assertThat(context.proposed).hasSize(1);

            coordinator.lead(false);
            context.published.clear();
            context.proposed.clear();
            context.time.advance(Duration.ofMinutes(20));
            closeIncident(context, "inc-2");
            assertThat(context.published).isEmpty();
            assertThat(context.proposed).isEmpty();
        }
    }

    @Test
    void onBecomingTheLeaderItLooksAtTheTracesAtOnceSoTheRuntimeStartsRecordingThem() {
        ToggledCoordinator coordinator = new ToggledCoordinator(false);
        FakeOptimizerContext context = context(PolicySpace.defaults(), coordinator);
        OptimizerAgent agent = startedAgent(options(HOUR), context);
        try (agent) {
            context.time.advance(Duration.ofMinutes(2));
            assertThat(context.traceAsks).as("a follower asks for no trace").isEmpty();

            coordinator.lead(true);
            assertThat(context.traceAsks).as("before the first anomaly check").containsExactly(COMPONENT);
        }
    }

    @Test
    void proposesOnlyPoliciesInsideTheComponentsSpace() {
        PolicySpace narrow = PolicySpace.empty()
                .with(Parameter.RETRY_MAX_ATTEMPTS, 1, 2)
                .with(Parameter.FAILURE_RATE_THRESHOLD, 40.0, 60.0)
                .with(Parameter.TIMEOUT, Duration.ofMillis(100), Duration.ofSeconds(2));
        FakeOptimizerContext context = context(narrow, new ToggledCoordinator(true));
        OptimizerAgent agent = startedAgent(options(Duration.ofMinutes(5)), context);
        try (agent) {
            context.time.advance(Duration.ofMinutes(5));
        }
        assertThat(context.proposed).isNotEmpty();
        assertThat(context.published(CandidateJudged.class)).as("each proposal follows a verdict")
                .filteredOn(CandidateJudged::proposed).hasSize(context.proposed.size())
                .allSatisfy(j -> assertThat(j.lowerBound()).isGreaterThan(0.01));
        for (PolicyPatch patch : context.proposed) {
            assertThat(patch.source()).isEqualTo("optimizer");
            assertThat(patch.baseVersion()).isEqualTo(1);
            GuardPolicy guard = patch.candidate().guard();
            for (ParameterRange range : narrow.ranges().values()) {
                assertThat(GuardParameters.read(guard, range.parameter())).as(range.parameter().name())
                        .isBetween(range.min(), range.max());
            }
            assertThat(GuardParameters.read(guard, Parameter.HALF_OPEN_PROBES))
                    .isEqualTo(GuardParameters.read(GuardPolicy.defaults(), Parameter.HALF_OPEN_PROBES));
        }
    }

    @Test
    void publishesOneEventPerGenerationWithinTheBudget() {
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        OptimizerAgent agent = startedAgent(options(Duration.ofMinutes(5)), context);
        try (agent) {
            context.time.advance(Duration.ofMinutes(5));
        }
        var generations = context.published(GenerationEvaluated.class);
        assertThat(generations).isNotEmpty().allSatisfy(g -> assertThat(g.component()).isEqualTo(COMPONENT));
        assertThat(generations).extracting(GenerationEvaluated::generation)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, generations.size()).boxed().toList());
        assertThat(generations).extracting(GenerationEvaluated::evaluations).isSorted()
                .allSatisfy(e -> assertThat(e).isLessThanOrEqualTo(40));
        assertThat(generations).extracting(GenerationEvaluated::bestFitness).isSorted();
        assertThat(generations).allSatisfy(g -> assertThat(g.meanFitness()).isLessThanOrEqualTo(g.bestFitness()));
        assertThat(generations.getLast().evaluations()).isEqualTo(40);
    }

    @Test
    void withTheParetoFrontItProposesTheMemberTheWeightsPreferWithinTheBudgetAndSpace() {
        PolicySpace narrow = PolicySpace.empty()
                .with(Parameter.RETRY_MAX_ATTEMPTS, 1, 3)
                .with(Parameter.TIMEOUT, Duration.ofMillis(100), Duration.ofSeconds(2));
        FakeOptimizerContext context = context(narrow, new ToggledCoordinator(true));
        // the trace was recorded under a FIXED 25, not the current defaults: its error rate says nothing of them
        OptimizerAgent agent = startedAgent(options(Duration.ofMinutes(5)).toBuilder().paretoFront(true)
                .maxErrorRise(1).build(), context);
        try (agent) {
            context.time.advance(Duration.ofMinutes(5));
        }
        var generations = context.published(GenerationEvaluated.class);
        assertThat(generations).isNotEmpty();
        assertThat(generations.getLast().evaluations()).isEqualTo(40);
        assertThat(context.proposed).as(context.published(CandidateJudged.class).toString()).isNotEmpty();
        PolicyPatch patch = context.proposed.getFirst();
        assertThat(patch.reason()).contains("NSGA-II front pick");
        GuardPolicy guard = patch.candidate().guard();
        assertThat(guard.retry().maxAttempts()).isBetween(1, 3);
        assertThat(guard.timeout().timeout()).isBetween(Duration.ofMillis(100), Duration.ofSeconds(2));
        TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(OVERLOAD));
        assertThat(replay.score(guard, 1)).isGreaterThan(replay.score(GuardPolicy.defaults(), 1));

        FrontFound front = context.published(FrontFound.class).getFirst();
        assertThat(front.generation()).isEqualTo(generations.getLast().generation());
        assertThat(front.members()).filteredOn(FrontFound.Member::picked).singleElement()
                .satisfies(m -> assertThat(m.guard()).isEqualTo(guard));
        for (FrontFound.Member a : front.members()) {
            assertThat(front.members()).noneMatch(b -> b.goodputPerSecond() >= a.goodputPerSecond()
                    && b.errorRate() <= a.errorRate() && b.p99Latency().compareTo(a.p99Latency()) <= 0
                    && b.loadPerSecond() <= a.loadPerSecond() && (b.goodputPerSecond() > a.goodputPerSecond()
                    || b.errorRate() < a.errorRate() || b.p99Latency().compareTo(a.p99Latency()) < 0
                    || b.loadPerSecond() < a.loadPerSecond()));
        }
    }

    @Test
    void anOperatorsRequestRunsASearchAtOnceWithinItsOwnBudget() {
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        OptimizerAgent agent = startedAgent(options(HOUR), context);
        try (agent) {
            assertThat(agent.requestRun(COMPONENT, 24)).isEmpty();
            assertThat(context.published(GenerationEvaluated.class)).isNotEmpty()
                    .allSatisfy(g -> assertThat(g.evaluations()).isLessThanOrEqualTo(24));
            assertThat(context.published(GenerationEvaluated.class).getLast().evaluations()).isEqualTo(24);

            assertThat(agent.requestRun("nope", 0)).hasValueSatisfying(r -> assertThat(r).contains("'nope'"));
            assertThat(agent.requestRun(COMPONENT, -1)).hasValueSatisfying(r -> assertThat(r).contains("positive"));
        }
        FakeOptimizerContext follower = context(PolicySpace.defaults(), new ToggledCoordinator(false));
        try (OptimizerAgent notLeading = startedAgent(options(HOUR), follower)) {
            assertThat(notLeading.requestRun(COMPONENT, 0)).hasValueSatisfying(r -> assertThat(r).contains("leader"));
            assertThat(follower.published(GenerationEvaluated.class)).isEmpty();
        }
        assertThat(new OptimizerAgent(options(HOUR), Runnable::run, CpuPacer.Clocks.system()).requestRun(COMPONENT, 0))
                .hasValueSatisfying(r -> assertThat(r).contains("not started"));
    }

    @Test
    void anIncidentClosedTriggersARunWithoutWaitingForThePeriod() {
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        OptimizerAgent agent = startedAgent(options(HOUR), context);
        try (agent) {
            assertThat(context.published).isEmpty();
            closeIncident(context, "inc-1");
            assertThat(context.published(GenerationEvaluated.class)).isNotEmpty();
        }
    }

    @Test
    void theMonitorsAnomalyTriggersARunWithoutWaitingForThePeriod() {
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        OptimizerAgent agent = startedAgent(options(HOUR), context);
        try (agent) {
            assertThat(context.published).isEmpty();
            context.deliver(new AnomalyDetected(context.now(), COMPONENT, 0.9, 2.1, 3, List.of()));
            assertThat(context.published(GenerationEvaluated.class)).isNotEmpty();
        }
    }

    @Test
    void anIncidentClosedEvolvesThePlaybookFromTheIncidentHistory() {
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        context.trace(CallRecords.empty());
        context.history(ConstructedIncidents.records(), ConstructedIncidents.REPAIRS.stream()
                .map(f -> new PlaybookStep(f, Duration.ofMinutes(1))).toList());
        OptimizerAgent agent = startedAgent(options(HOUR), context);
        try (agent) {
            context.deliver(new IncidentClosed(context.now(), COMPONENT, "inc-13", Duration.ofSeconds(6), "flush-cache", 1));
        }
        assertThat(context.published(GenerationEvaluated.class)).isEmpty();   // the trace is too short to tune the guard
        assertThat(context.proposed).hasSize(1);
        PolicyPatch patch = context.proposed.getFirst();
        assertThat(patch.candidate().guard()).isEqualTo(GuardPolicy.defaults());
        assertThat(patch.candidate().playbook().steps()).extracting(PlaybookStep::function)
                .filteredOn(f -> !f.equals("reindex"))
                .containsExactly("flush-cache", "restart-pool", "failover");
    }

    @Test
    void aJumpInTheErrorRateTriggersARun() {
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        context.trace(calls(0, 150, CallRecords.Outcome.SUCCESS));
        OptimizerAgent agent = startedAgent(options(HOUR), context);
        try (agent) {
            context.time.advance(Duration.ofSeconds(30));   // the baseline was taken on becoming the leader
            assertThat(context.published).isEmpty();
            context.trace(concat(calls(0, 150, CallRecords.Outcome.SUCCESS), calls(150, 150, CallRecords.Outcome.FAILURE)));
            context.time.advance(Duration.ofSeconds(30));
            assertThat(context.published(GenerationEvaluated.class)).isNotEmpty();
        }
    }

    @Test
    void aComponentWhosePatchIsBeingCanariedIsOptimizedOnceTheCanaryEnds() {
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        context.canaryRunning = () -> true;
        OptimizerAgent agent = startedAgent(options(HOUR), context);
        try (agent) {
            closeIncident(context, "inc-1");
            assertThat(context.published).isEmpty();
            assertThat(context.proposed).isEmpty();

            context.canaryRunning = () -> false;
            context.deliver(new PatchPromoted(context.now(), COMPONENT, "p-1", 2, "canary as good as the baseline"));
            assertThat(context.published(GenerationEvaluated.class)).isNotEmpty();
            assertThat(context.proposed).hasSize(1);

            context.published.clear();
            context.deliver(new PatchRolledBack(context.now(), COMPONENT, "p-2", "canary slower"));
            assertThat(context.published).as("nothing was waiting for that canary").isEmpty();
        }
    }

    @Test
    void aCanaryWhoseEndWasMissedIsFoundOverAtTheNextAnomalyCheck() {
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        context.canaryRunning = () -> true;
        OptimizerAgent agent = startedAgent(options(HOUR), context);
        try (agent) {
            closeIncident(context, "inc-1");
            context.deliver(new PatchRolledBack(context.now(), COMPONENT, "p-1", "canary slower")); // seen still running
            context.canaryRunning = () -> false;
            assertThat(context.published).isEmpty();

            context.time.advance(Duration.ofSeconds(30));
            assertThat(context.published(GenerationEvaluated.class)).isNotEmpty();
            assertThat(context.proposed).hasSize(1);
        }
    }

    @Test
    void aRequestSetAsideIsDoneWithOnceAnotherRequestRunsTheSearch() {
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        context.canaryRunning = () -> true;
        OptimizerAgent agent = startedAgent(options(HOUR), context);
        try (agent) {
            closeIncident(context, "inc-1");
            context.canaryRunning = () -> false; // over without an event
            closeIncident(context, "inc-2");
            assertThat(context.proposed).hasSize(1);

            context.published.clear();
            context.time.advance(Duration.ofSeconds(30)); // the anomaly check finds nothing left waiting
            assertThat(context.published).isEmpty();
            assertThat(context.proposed).hasSize(1);
        }
    }

    @Test
    void aCanaryEndingWhileTheRequestIsSetAsideDoesNotLoseTheRequest() {
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        AtomicInteger asked = new AtomicInteger();
        context.canaryRunning = () -> asked.incrementAndGet() == 1; // running when first asked, over at once after
        OptimizerAgent agent = startedAgent(options(HOUR), context);
        try (agent) {
            closeIncident(context, "inc-1");
            assertThat(context.published(GenerationEvaluated.class)).isNotEmpty();
            assertThat(context.proposed).hasSize(1);
        }
    }

    @Test
    void itsThreadStaysWithinItsShareOfACoreByPausingBetweenGenerations() {
        long step = 20_000_000L; // each generation stands for 20 ms of CPU time
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        ManualCpuClocks cpu = new ManualCpuClocks(step) {
            @Override
            public void pause(long nanos) throws InterruptedException {
                super.pause(nanos);
                context.time.advance(Duration.ofNanos(nanos)); // the run's deadline sees the pauses
            }
        };
        OptimizerAgent agent = startedAgent(options(Duration.ofMinutes(5)).toBuilder().cpuShare(0.25).build(), context, cpu);
        try (agent) {
            context.time.advance(Duration.ofMinutes(5));
        }
        var generations = context.published(GenerationEvaluated.class);
        assertThat(generations).hasSizeGreaterThan(1);
        assertThat(generations.getLast().evaluations()).as("the whole budget, within the 2 s run").isEqualTo(40);
        assertThat(cpu.pauses()).isGreaterThanOrEqualTo(generations.size());
        long used = cpu.cpu() - step; // counted from the first reading, when the request woke the agent
        long passed = cpu.wall() - step;
        assertThat((double) used).isLessThanOrEqualTo(0.25 * passed + 1).isGreaterThan(0.24 * passed);
        assertThat(context.proposed).hasSize(1);
    }

    @Test
    @Timeout(90)
    void closingWakesASearchPausedForItsShareAndItsWinnerIsNotProposed() throws InterruptedException {
        CountDownLatch paused = new CountDownLatch(1);
        AtomicReference<Thread> agentThread = new AtomicReference<>();
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        ManualCpuClocks blocking = new ManualCpuClocks(20_000_000L) {
            @Override
            public void pause(long nanos) throws InterruptedException {
                var generations = context.published(GenerationEvaluated.class);
                if (generations.isEmpty() || generations.getLast().evaluations() < 40) {
                    super.pause(nanos);
                    return;
                }
                agentThread.set(Thread.currentThread()); // the search is over, its winner not yet proposed
                paused.countDown();
                new CountDownLatch(1).await(); // until interrupted
            }
        };
        OptimizerAgent agent = new OptimizerAgent(options(Duration.ofMinutes(5)).toBuilder().cpuShare(0.25).build(), null, blocking);
        try {
            agent.start(context);
            context.time.advance(Duration.ofMinutes(5));
            assertThat(paused.await(30, TimeUnit.SECONDS)).as("the search paused on its own thread").isTrue();
            assertThat(agentThread.get().getName()).startsWith("hms-optimizer-");
        } finally {
            agent.close();
        }
        agentThread.get().join(30_000);
        assertThat(agentThread.get().isAlive()).as("the agent's thread ended").isFalse();
        assertThat(context.proposed).isEmpty();
    }

    @Test
    void byDefaultItUsesAQuarterOfOneCoreAndRunsEveryFiveMinutes() {
        OptimizerAgentOptions defaults = OptimizerAgentOptions.defaults();
        assertThat(defaults.cpuShare()).isEqualTo(0.25);
        assertThat(defaults.period()).isEqualTo(Duration.ofMinutes(5));
        assertThat(OptimizerAgent.create(defaults).options()).isSameAs(defaults);
        assertThatThrownBy(() -> defaults.toBuilder().cpuShare(0.001).build())
                .hasMessageContaining("cpuShare must be in [0.01, 1]");
        assertThatThrownBy(() -> defaults.toBuilder().cpuShare(1.5).build()).hasMessageContaining("got 1.5");
    }

    @Test
    void theOptionsBuilderStartsFromTheDefaultsAndNamesTheSettingAndTheFixOfABadValue() {
        OptimizerAgentOptions defaults = OptimizerAgentOptions.defaults();
        assertThat(OptimizerAgentOptions.builder().build()).isEqualTo(defaults);
        assertThat(defaults.toBuilder().build()).isEqualTo(defaults);
        OptimizerAgentOptions changed = defaults.toBuilder().paretoFront(true).evaluationBudget(100).build();
        assertThat(changed.paretoFront()).isTrue();
        assertThat(changed.evaluationBudget()).isEqualTo(100);
        assertThat(changed.toBuilder().paretoFront(false).evaluationBudget(400).build()).isEqualTo(defaults);

        assertThatThrownBy(() -> OptimizerAgentOptions.builder().populationSize(2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("populationSize must be at least 4, got 2")
                .hasMessageContaining("candidates per generation (16 by default)");
        assertThatThrownBy(() -> OptimizerAgentOptions.builder().period(Duration.ZERO).build())
                .hasMessageContaining("period must be a positive duration, got PT0S")
                .hasMessageContaining("e.g. Duration.ofMinutes(5)");
        assertThatThrownBy(() -> OptimizerAgentOptions.builder().localSearch(null).build())
                .hasMessageContaining("localSearch is not set; give LocalSearch.defaults()");
        assertThat(defaults.plausibleModels()).isEqualTo(4);
        assertThat(defaults.timeoutMargin()).isEqualTo(2.0);
        assertThat(defaults.toBuilder().plausibleModels(8).timeoutMargin(3).build().toBuilder().build().plausibleModels())
                .isEqualTo(8);
        assertThatThrownBy(() -> OptimizerAgentOptions.builder().plausibleModels(0).build())
                .hasMessageContaining("plausibleModels must be in [1, 32], got 0");
        assertThatThrownBy(() -> OptimizerAgentOptions.builder().timeoutMargin(0.5).build())
                .hasMessageContaining("timeoutMargin must be in [1, 100], got 0.5")
                .hasMessageContaining("healthy p99 latency");
    }

    @Test
    void closingStopsTheSchedule() {
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        startedAgent(options(Duration.ofMinutes(5)), context).close();
        context.time.advance(Duration.ofMinutes(30));
        context.deliver(new IncidentClosed(Instant.EPOCH, COMPONENT, "inc-1", Duration.ofSeconds(3), "restart", 1));
        assertThat(context.published).isEmpty();
        assertThat(context.time.pendingTasks()).isZero();
    }

    @Test
    void aSearchThatDiesOfAnErrorLeavesTheAgentRunningTheNextRequest() {
        FakeOptimizerContext context = context(PolicySpace.defaults(), new ToggledCoordinator(true));
        OptimizerAgent agent = startedAgent(options(HOUR), context);
        try (agent) {
            context.failNextTrace(new StackOverflowError("model too deep"));
            Throwable escaped = catchThrowable(() -> closeIncident(context, "inc-1"));
            assertThat(context.published).isEmpty();

            closeIncident(context, "inc-2");

            assertThat(escaped).as("the error is logged, not thrown at whoever asked").isNull();
            assertThat(context.published(GenerationEvaluated.class)).isNotEmpty();
        }
    }

    /** An incident of the component closed by a restart after 3 s, delivered to the agent. */
    private static void closeIncident(FakeOptimizerContext context, String id) {
        context.deliver(new IncidentClosed(context.now(), COMPONENT, id, Duration.ofSeconds(3), "restart", 1));
    }

    private static CallRecords calls(int from, int count, CallRecords.Outcome outcome) {
        long[] starts = new long[count];
        long[] latencies = new long[count];
        CallRecords.Outcome[] outcomes = new CallRecords.Outcome[count];
        for (int i = 0; i < count; i++) {
            starts[i] = (from + i) * 10_000_000L;
            latencies[i] = 5_000_000L;
            outcomes[i] = outcome;
        }
        return new CallRecords(starts, latencies, outcomes);
    }

    private static CallRecords concat(CallRecords a, CallRecords b) {
        long[] starts = Arrays.copyOf(a.startNanos(), a.size() + b.size());
        long[] latencies = Arrays.copyOf(a.latencyNanos(), a.size() + b.size());
        CallRecords.Outcome[] outcomes = Arrays.copyOf(a.outcomes(), a.size() + b.size());
        System.arraycopy(b.startNanos(), 0, starts, a.size(), b.size());
        System.arraycopy(b.latencyNanos(), 0, latencies, a.size(), b.size());
        System.arraycopy(b.outcomes(), 0, outcomes, a.size(), b.size());
        return new CallRecords(starts, latencies, outcomes);
    }
}
