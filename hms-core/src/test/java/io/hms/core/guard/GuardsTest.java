package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.core.time.ManualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuardsTest {

    private final ManualScheduler time = new ManualScheduler();
    private final Guards guards = new Guards(time, new EventLog());

    @AfterEach
    void close() {
        guards.close();
    }

    @Test
    void registersOneGuardPerComponent() {
        Guard db = guards.register("db", Policies.plain(), e -> false);

        assertThat(guards.guard("db")).isSameAs(db);
        assertThat(guards.find("db")).containsSame(db);
        assertThat(guards.find("cache")).isEmpty();
        assertThat(guards.all()).containsExactly(db);
        assertThat(db.component()).isEqualTo("db");
        assertThat(db.policy()).isEqualTo(Policies.plain());
    }

    @Test
    void refusesASecondGuardForAComponent() {
        guards.register("db", Policies.plain(), e -> false);

        assertThatThrownBy(() -> guards.register("db", Policies.plain(), e -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'db' already has a guard");
    }

    @Test
    void unknownComponentNamesTheKnownOnes() {
        guards.register("db", Policies.plain(), e -> false);
        guards.register("cache", Policies.plain(), e -> false);

        assertThatThrownBy(() -> guards.guard("x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown component 'x'; declare it with")
                .hasMessageEndingWith("(known: cache, db)");
    }

    @Test
    void aNullComponentIsNamedAsTheArgument() {
        assertThatThrownBy(() -> guards.guard(null)).isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("component must not be null");
        assertThatThrownBy(() -> guards.find(null)).isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("component must not be null");
    }

    @Test
    void noGuardIsAddedAfterClose() {
        guards.close();

        assertThatThrownBy(() -> guards.register("db", Policies.plain(), e -> false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void refusesAnInvalidName() {
        assertThatThrownBy(() -> guards.register("no spaces", Policies.plain(), e -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'no spaces'");
    }

    @Test
    void closeStopsTheWatchdogTask() {
        int before = time.pendingTasks();

        guards.close();

        assertThat(time.pendingTasks()).isEqualTo(before - 1);
    }
}
