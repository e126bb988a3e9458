package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.core.time.ManualScheduler;
import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FallbackTest {

    private final ManualScheduler time = new ManualScheduler();
    private final Guards guards = new Guards(time, new EventLog());
    private final AtomicReference<Throwable> seen = new AtomicReference<>();

    @AfterEach
    void close() {
        guards.close();
    }

    private Guard withFallback(Guard guard) {
        guard.fallback(cause -> {
            seen.set(cause);
            return "fallback";
        });
        return guard;
    }

    @Test
    void answersAFailedCall() {
        Guard guard = withFallback(guards.register("db", Policies.plain(), e -> false));
        IllegalStateException down = new IllegalStateException("down");

        String value = guard.call(() -> {
            throw down;
        });

        assertThat(value).isEqualTo("fallback");
        assertThat(seen.get()).isSameAs(down);
        GuardStats.Snapshot stats = guard.stats().snapshot();
        assertThat(stats.failures()).isEqualTo(1);
        assertThat(stats.fallbacks()).isEqualTo(1);
    }

    @Test
    void answersWhenTheBreakerIsOpen() {
        Guard guard = withFallback(guards.register("db", Policies.plain().withBreaker(Policies.countBreaker(1, 1)),
                e -> false));
        guard.call(() -> {
            throw new IllegalStateException("down");
        });

        String value = guard.call(() -> "never runs");

        assertThat(value).isEqualTo("fallback");
        assertThat(seen.get()).isInstanceOf(CallNotPermittedException.class);
        assertThat(guard.stats().snapshot().rejectedByBreaker()).isEqualTo(1);
        assertThat(guard.stats().snapshot().fallbacks()).isEqualTo(2);
    }

    @Test
    void answersWhenTheLimitIsExceeded() {
        Guard guard = withFallback(guards.register("db", Policies.plain().withLimit(ConcurrencyLimitPolicy.fixed(1)),
                e -> false));
        guard.limiter().tryAcquire();

        String value = guard.call(() -> "never runs");

        assertThat(value).isEqualTo("fallback");
        assertThat(seen.get()).isInstanceOf(LimitExceededException.class);
        assertThat(guard.stats().snapshot().rejectedByLimit()).isEqualTo(1);
        assertThat(guard.breaker().bufferedCalls()).as("a refused call is no breaker outcome").isZero();
    }

    @Test
    void fallbackThatThrowsSurfacesWithTheOriginalSuppressed() {
        Guard guard = guards.register("db", Policies.plain(), e -> false);
        IllegalStateException down = new IllegalStateException("down");
        IllegalArgumentException fallbackFailed = new IllegalArgumentException("no cached value");
        guard.fallback(cause -> {
            throw fallbackFailed;
        });

        assertThatThrownBy(() -> guard.call(() -> {
            throw down;
        })).isSameAs(fallbackFailed);
        assertThat(fallbackFailed.getSuppressed()).containsExactly(down);
        assertThat(guard.stats().snapshot().fallbacks()).isZero();
    }

    @Test
    void fallbackRethrowingItsCauseSurfacesTheCause() {
        Guard guard = guards.register("db", Policies.plain(), e -> false);
        IllegalStateException down = new IllegalStateException("down");
        guard.fallback(cause -> {
            throw (Exception) cause;
        });

        assertThatThrownBy(() -> guard.call(() -> {
            throw down;
        })).isSameAs(down);
        assertThat(down.getSuppressed()).isEmpty();
    }

    @Test
    void withoutFallbackTheOriginalIsRethrownAsIs() throws Exception {
        Guard guard = guards.register("db", Policies.plain(), e -> false);
        IllegalStateException unchecked = new IllegalStateException("down");
        IOException checked = new IOException("reset");
        StackOverflowError error = new StackOverflowError();

        assertThatThrownBy(() -> guard.call(() -> {
            throw unchecked;
        })).isSameAs(unchecked);
        assertThatThrownBy(() -> guard.callChecked(() -> {
            throw checked;
        })).isSameAs(checked);
        assertThatThrownBy(() -> guard.run(() -> {
            throw error;
        })).isSameAs(error);
    }

    @Test
    void aCheckedExceptionNeverLeavesCallOrRunUndeclared() throws Exception {
        Guard guard = guards.register("db", Policies.plain(), e -> false);
        IOException checked = new IOException("reset");
        guard.fallback(cause -> {
            throw checked;
        });

        assertThatThrownBy(() -> guard.call(() -> {
            throw new IllegalStateException("down");
        })).isInstanceOf(UndeclaredThrowableException.class).hasCause(checked)
                .hasMessageContaining("'db'").hasMessageContaining("callChecked");
        assertThatThrownBy(() -> guard.run(() -> {
            throw new IllegalStateException("down");
        })).isInstanceOf(UndeclaredThrowableException.class).hasCause(checked);
        assertThatThrownBy(() -> guard.callChecked(() -> {
            throw new IllegalStateException("down");
        })).as("callChecked lets it through as is").isSameAs(checked);
    }

    @Test
    void aCheckedExceptionThrownSneakilyByTheCodeIsWrappedToo() {
        Guard guard = guards.register("db", Policies.plain(), e -> false);
        InterruptedException interrupted = new InterruptedException("stop");

        assertThatThrownBy(() -> guard.call(() -> sneakyThrow(interrupted)))
                .isInstanceOf(UndeclaredThrowableException.class).hasCause(interrupted);
        assertThat(Thread.interrupted()).as("an InterruptedException wrapped restores the interrupt").isTrue();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> String sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }

    @Test
    void runIgnoresTheFallbacksValue() {
        Guard guard = withFallback(guards.register("db", Policies.plain(), e -> false));

        guard.run(() -> {
            throw new IllegalStateException("down");
        });

        assertThat(seen.get()).hasMessage("down");
    }

    @Test
    void removedFallbackNoLongerAnswers() {
        Guard guard = withFallback(guards.register("db", Policies.plain(), e -> false));
        guard.fallback(null);

        assertThatThrownBy(() -> guard.call(() -> {
            throw new IllegalStateException("down");
        })).hasMessage("down");
    }

    @Test
    void decoratedSupplierIsGuardedOnEachCall() {
        Guard guard = withFallback(guards.register("db", Policies.plain(), e -> false));
        var decorated = guard.decorate(() -> {
            throw new IllegalStateException("down");
        });

        assertThat(decorated.get()).isEqualTo("fallback");
        assertThat(decorated.get()).isEqualTo("fallback");
        assertThat(guard.stats().snapshot().fallbacks()).isEqualTo(2);
    }
}
