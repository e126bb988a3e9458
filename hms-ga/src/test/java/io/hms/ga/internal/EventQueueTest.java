package io.hms.ga.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    @Test
    void popsInTimeOrderAndKeepsEachPayloadWithItsTime() {
        EventQueue queue = new EventQueue(4);
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            long time = random.nextLong(1_000_000);
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
}
