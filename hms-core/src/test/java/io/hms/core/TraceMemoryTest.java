package io.hms.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.optimize.CallRecords;
import io.hms.api.spi.Optimizer;
import io.hms.api.spi.OptimizerContext;
import io.hms.core.guard.CallTrace;
import io.hms.core.guard.Guard;
import io.hms.core.time.ManualScheduler;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A component's call trace costs nothing until an optimizer asks for it: a runtime without an optimizer
 * holds no trace rings, and one whose optimizer reads a trace records it from then on, in rings of the
 * capacity the builder set.
 */
class TraceMemoryTest {

    private static final int COMPONENTS = 1_000;
    /** Heap a component may retain, trace included: a started default trace alone takes about 72 KiB. */
    private static final long BUDGET_PER_COMPONENT = 24 * 1024;

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @Test
    void aThousandComponentsWithoutAnOptimizerRetainLittleHeapAndNoTraceRing() {
        try (Hms warmUp = runtime(10)) {
            callEach(warmUp, 10); // loads the classes the measured runtime would otherwise count
        }
        long before = settledHeapUsed();
        Hms hms = runtime(COMPONENTS);
        try {
            callEach(hms, COMPONENTS);
            long perComponent = (settledHeapUsed() - before) / COMPONENTS;

            assertThat(perComponent).as("bytes of heap each component retains").isLessThan(BUDGET_PER_COMPONENT);
            assertThat(IntStream.range(0, COMPONENTS).mapToObj(i -> hms.guard(name(i)).trace()))
                    .as("traces holding a ring").noneMatch(CallTrace::recording);
        } finally {
            Reference.reachabilityFence(hms);
            hms.close();
        }
    }

    @Test
    void aTraceRecordsOnceTheOptimizerAsksForItInRingsOfTheCapacitySet() {
        AskingOptimizer optimizer = new AskingOptimizer();
        try (Hms hms = base(2).traceCapacity(16).optimizer(optimizer).build().start()) {
            Guard asked = hms.guard(name(0));
            asked.call(() -> "unrecorded");

            assertThat(optimizer.context.trace(name(0)).size()).as("the first look starts the trace").isZero();
            for (int i = 0; i < 20; i++) {
                asked.call(() -> "recorded");
            }

            CallRecords trace = optimizer.context.trace(name(0));
            assertThat(trace.size()).isEqualTo(16);
            assertThat(trace.count(CallRecords.Outcome.SUCCESS)).isEqualTo(16);
            assertThat(asked.trace().capacity()).isEqualTo(16);
            assertThat(hms.guard(name(1)).trace().recording()).as("a trace nobody asked for").isFalse();
        }
    }

    @Test
    void aTraceCapacityOfZeroTurnsTracesOff() {
        AskingOptimizer optimizer = new AskingOptimizer();
        try (Hms hms = base(1).traceCapacity(0).optimizer(optimizer).build().start()) {
            optimizer.context.trace(name(0));
            hms.guard(name(0)).call(() -> "ok");

            assertThat(optimizer.context.trace(name(0)).size()).isZero();
            assertThat(hms.guard(name(0)).trace().recording()).isFalse();
        }
        assertThatThrownBy(() -> Hms.builder().traceCapacity(-1))
                .hasMessageContaining("traceCapacity must be in [0, ").hasMessageContaining("got -1");
    }

    private static Hms runtime(int components) {
        return base(components).build().start();
    }

    private static HmsBuilder base(int components) {
        HmsBuilder builder = Hms.builder().scheduler(new ManualScheduler()).discoverOptimizer(false)
                .discoverPlugins(false);
        for (int i = 0; i < components; i++) {
            builder.component(name(i));
        }
        return builder;
    }

    private static void callEach(Hms hms, int components) {
        for (int i = 0; i < components; i++) {
            hms.guard(name(i)).call(() -> "ok");
        }
    }

    private static String name(int i) {
        return "component-" + i;
    }

    /** Heap in use after full collections. */
    private static long settledHeapUsed() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** An optimizer that only keeps its context, for the test to ask through. */
    private static final class AskingOptimizer implements Optimizer {
        volatile OptimizerContext context;

        @Override
        public String name() {
            return "asking";
        }

        @Override
        public void start(OptimizerContext value) {
            context = value;
        }

        @Override
        public void close() {
        }
    }
}
