package io.hms.ga.replay.internal;

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
    void popsInTimeOrderAndKeepsEachKeyAndTagWithItsTime() {
        EventQueue queue = new EventQueue(4, 1_000);
        SplittableRandom random = new SplittableRandom(1);
        long[] dueOf = new long[10_000]; // by key
        for (int key = 0; key < dueOf.length; key++) {
            dueOf[key] = random.nextLong(1_000_000_000L); // most beyond the ring: they wait in the heap
            queue.push(dueOf[key], key, key % 16);
        }
        List<Long> times = new ArrayList<>();
        while (!queue.isEmpty()) {
            assertThat(queue.peekTime()).isEqualTo(dueOf[queue.peekKey()]);
            assertThat(queue.peekTag()).isEqualTo(queue.peekKey() % 16);
            times.add(queue.peekTime());
            queue.pop();
        }
        assertThat(times).hasSize(10_000).isSorted();
    }

    /** A simulation's pattern: each entity waits for one event at a time, and its key comes back once popped. */
    @Test
    void aKeyIsFreeAgainOnceItsEventIsPopped() {
        EventQueue queue = new EventQueue(4, 1_000);
        SplittableRandom random = new SplittableRandom(7);
        long[] dueOf = new long[64];
        for (int key = 0; key < dueOf.length; key++) {
            dueOf[key] = random.nextLong(50_000);
            queue.push(dueOf[key], key, 1);
        }
        long last = 0;
        for (int popped = 0; popped < 100_000; popped++) {
            int key = queue.peekKey();
            assertThat(queue.peekTime()).isEqualTo(dueOf[key]).isGreaterThanOrEqualTo(last);
            last = queue.peekTime();
            queue.pop();
            dueOf[key] = last + random.nextLong(random.nextInt(50) == 0 ? 10_000_000_000L : 50_000);
            queue.push(dueOf[key], key, 1);
            assertThat(queue.size()).isEqualTo(dueOf.length);
        }
    }

    @Test
    void aKeyOrTagOutOfRangeIsRefused() {
        EventQueue queue = new EventQueue(4, 1_000);
        assertThatThrownBy(() -> queue.push(1_000, -1, 0)).hasMessageContaining("key -1 or tag 0 out of range");
        assertThatThrownBy(() -> queue.push(1_000, EventQueue.MAX_KEY + 1, 0)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> queue.push(1_000, 3, 16)).hasMessageContaining("tags in [0, 15]");
        assertThatThrownBy(() -> queue.push(1_000, 3, -1)).hasMessageContaining("out of range");
        assertThat(queue.isEmpty()).isTrue();
        queue.push(1_000, EventQueue.MAX_KEY >>> 8, 15); // a high key grows the arrays
        assertThat(queue.peekKey()).isEqualTo(EventQueue.MAX_KEY >>> 8);
        assertThat(queue.peekTag()).isEqualTo(15);
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
            int key = 0;
            List<Long> dueOf = new ArrayList<>(); // by key
            for (int step = 0; step < 50_000; step++) {
                if (reference.isEmpty() || random.nextInt(3) > 0) {
                    long delay = random.nextInt(10) == 0 ? random.nextLong(100_000_000_000L)
                            : random.nextLong(5_000_000L);
                    long time = now + (random.nextInt(20) == 0 ? 0 : delay);
                    queue.push(time, key, key % 16);
                    dueOf.add(time);
                    reference.add(new long[] {time, key++});
                } else {
                    long[] expected = reference.poll();
                    assertThat(queue.peekTime()).isEqualTo(expected[0]);
                    assertThat(dueOf.get(queue.peekKey())).isEqualTo(expected[0]); // its own key
                    assertThat(queue.peekTag()).isEqualTo(queue.peekKey() % 16);
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
            queue.push(5_000, i, 0);
        }
        List<Integer> keys = new ArrayList<>();
        while (!queue.isEmpty()) {
            assertThat(queue.peekTime()).isEqualTo(5_000);
            keys.add(queue.peekKey());
            queue.pop();
        }
        assertThat(keys).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 100).boxed()
                .toList());
    }

    @Test
    void anEmptyQueueIsDueNever() {
        EventQueue queue = new EventQueue(4, 1_000);
        assertThat(queue.peekTime()).isEqualTo(Long.MAX_VALUE);
        queue.push(3_000, 7, 1);
        queue.push(2_500, 8, 2); // comes first: takes the earliest place at once
        assertThat(queue.peekTime()).isEqualTo(2_500);
        assertThat(queue.peekKey()).isEqualTo(8);
        assertThat(queue.peekTag()).isEqualTo(2);
        queue.pop();
        assertThat(queue.peekTime()).isEqualTo(3_000);
        assertThat(queue.peekKey()).isEqualTo(7);
        assertThat(queue.peekTag()).isEqualTo(1);
        queue.pop();
        assertThat(queue.peekTime()).isEqualTo(Long.MAX_VALUE);
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void anEventDueAtTheEndOfTimeIsKept() {
        EventQueue far = new EventQueue(4, 1_000);
        far.push(Long.MAX_VALUE, 5, 3); // beyond the ring: the heap
        assertThat(far.peekKey()).isEqualTo(5);
        assertThat(far.peekTag()).isEqualTo(3);
        far.pop();
        assertThat(far.isEmpty()).isTrue();

        EventQueue near = new EventQueue(4, 1_000);
        near.push(Long.MAX_VALUE - 10_000, 1, 0);
        near.pop(); // the clock is now within the ring's reach of MAX_VALUE
        near.push(Long.MAX_VALUE, 2, 0);
        assertThat(near.peekTime()).isEqualTo(Long.MAX_VALUE);
        assertThat(near.peekKey()).isEqualTo(2);
        near.pop();
        assertThat(near.isEmpty()).isTrue();
    }

    @Test
    void anEventBeforeTheLastPoppedIsRefused() {
        EventQueue queue = new EventQueue(4, 1_000);
        queue.push(2_000, 1, 0);
        queue.pop();
        assertThatThrownBy(() -> queue.push(1_999, 2, 0))
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
