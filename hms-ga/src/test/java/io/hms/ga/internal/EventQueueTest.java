package io.hms.ga.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    @Test
    void popsInTimeOrderAndKeepsEachPayloadWithItsTime() {
        EventQueue queue = new EventQueue(4, 1_000);
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            long time = random.nextLong(1_000_000_000L); // most beyond the ring: they wait in the heap
            queue.push(time, (int) (time % 1_000));
        }
        List<Long> times = new ArrayList<>();
        while (!queue.isEmpty()) {
            assertThat(queue.peekPayload()).isEqualTo((int) (queue.peekTime() % 1_000));
            times.add(queue.peekTime());
            queue.pop();
        }
        assertThat(times).hasSize(10_000).isSorted();
    }

    /** A simulation's pattern: pop the earliest, push a few later ones, near and far; against a heap. */
    @Test
    void interleavedPushesAndPopsMatchAHeap() {
        for (long width : new long[] {1, 1 << 10, 1 << 20, 1L << 30}) {
            EventQueue queue = new EventQueue(4, width);
            PriorityQueue<long[]> reference = new PriorityQueue<>(
                    Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
            SplittableRandom random = new SplittableRandom(width);
            long now = 0;
            int payload = 0;
            List<Long> dueOf = new ArrayList<>(); // by payload
            for (int step = 0; step < 50_000; step++) {
                if (reference.isEmpty() || random.nextInt(3) > 0) {
                    long delay = random.nextInt(10) == 0 ? random.nextLong(100_000_000_000L)
                            : random.nextLong(5_000_000L);
                    long time = now + (random.nextInt(20) == 0 ? 0 : delay);
                    queue.push(time, payload);
                    dueOf.add(time);
                    reference.add(new long[] {time, payload++});
                } else {
                    long[] expected = reference.poll();
                    assertThat(queue.peekTime()).isEqualTo(expected[0]);
                    assertThat(dueOf.get(queue.peekPayload())).isEqualTo(expected[0]); // its own payload
                    now = queue.peekTime();
                    queue.pop();
                }
                assertThat(queue.size()).isEqualTo(reference.size());
            }
        }
    }

    @Test
    void eventsDueAtTheSameTimeAllComeOut() {
        EventQueue queue = new EventQueue(4, 1 << 20);
        for (int i = 0; i < 100; i++) {
            queue.push(5_000, i);
        }
        List<Integer> payloads = new ArrayList<>();
        while (!queue.isEmpty()) {
            assertThat(queue.peekTime()).isEqualTo(5_000);
            payloads.add(queue.peekPayload());
            queue.pop();
        }
        assertThat(payloads).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 100).boxed()
                .toList());
    }

    @Test
    void anEmptyQueueIsDueNever() {
        EventQueue queue = new EventQueue(4, 1_000);
        assertThat(queue.peekTime()).isEqualTo(Long.MAX_VALUE);
        queue.push(3_000, 7);
        queue.push(2_500, 8); // comes first: takes the earliest place at once
        assertThat(queue.peekTime()).isEqualTo(2_500);
        assertThat(queue.peekPayload()).isEqualTo(8);
        queue.pop();
        assertThat(queue.peekTime()).isEqualTo(3_000);
        assertThat(queue.peekPayload()).isEqualTo(7);
        queue.pop();
        assertThat(queue.peekTime()).isEqualTo(Long.MAX_VALUE);
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void anEventDueAtTheEndOfTimeIsKept() {
        EventQueue far = new EventQueue(4, 1_000);
        far.push(Long.MAX_VALUE, 5); // beyond the ring: the heap
        assertThat(far.peekPayload()).isEqualTo(5);
        far.pop();
        assertThat(far.isEmpty()).isTrue();

        EventQueue near = new EventQueue(4, 1_000);
        near.push(Long.MAX_VALUE - 10_000, 1);
        near.pop(); // the clock is now within the ring's reach of MAX_VALUE
        near.push(Long.MAX_VALUE, 2);
        assertThat(near.peekTime()).isEqualTo(Long.MAX_VALUE);
        assertThat(near.peekPayload()).isEqualTo(2);
        near.pop();
        assertThat(near.isEmpty()).isTrue();
    }

    @Test
    void anEventBeforeTheLastPoppedIsRefused() {
        EventQueue queue = new EventQueue(4, 1_000);
        queue.push(2_000, 1);
        queue.pop();
        assertThatThrownBy(() -> queue.push(1_999, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the last one popped");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void widthFollowsThePeakRate() {
        assertThat(EventQueue.widthFor(1_000)).isEqualTo(250_000);
        assertThat(EventQueue.widthFor(1e12)).isEqualTo(1 << 10);
        assertThat(EventQueue.widthFor(0)).isEqualTo(1 << 30);
        assertThatThrownBy(() -> new EventQueue(4, 0)).hasMessageContaining("bucketWidthNanos");
    }
}
