package io.hms.core.monitor.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnomalyEpisodeTest {

    @Test
    void anEpisodeIsRaisedOnceAfterSustainedTicksAndEndsOnceAfterCalmOnes() {
        AnomalyEpisode episode = new AnomalyEpisode(2, 3);

        assertThat(episode.update(0.5)).isZero();
        assertThat(episode.update(0.5)).isEqualTo(2);
        assertThat(episode.raised()).isTrue();
        assertThat(episode.update(0.9)).as("raised once").isZero();
        assertThat(episode.update(0)).isZero();
        assertThat(episode.update(0)).isZero();
        assertThat(episode.ended()).isFalse();
        assertThat(episode.update(0)).isZero();
        assertThat(episode.ended()).isTrue();
        assertThat(episode.raised()).isFalse();
        assertThat(episode.update(0)).isZero();
        assertThat(episode.ended()).as("ended once").isFalse();
        assertThat(episode.update(0.4)).isZero();
        assertThat(episode.update(0.4)).as("a new episode").isEqualTo(2);
    }

    @Test
    void aSingleStrangeTickRaisesNothing() {
        AnomalyEpisode episode = new AnomalyEpisode(3, 1);

        for (int i = 0; i < 10; i++) {
            assertThat(episode.update(i % 2 == 0 ? 1.0 : 0)).isZero();
        }
        assertThat(episode.raised()).isFalse();
        assertThatThrownBy(() -> new AnomalyEpisode(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
