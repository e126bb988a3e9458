package io.hms.prover.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.prover.spi.TheoremStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

class H2TheoremStoreTest extends TheoremStoreContract {
    JdbcTheoremStore store;

    @BeforeEach
    void open(TestInfo test) {
        store = JdbcTheoremStore.inMemory(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    TheoremStore store() {
        return store;
    }

    @Test
    void aFileStoreKeepsItsRecordsAcrossOpenings(@TempDir Path dir) {
        try (JdbcTheoremStore first = JdbcTheoremStore.h2(dir.resolve("theorems"))) {
            first.record(WALRAS_1, result("j1", io.hms.prover.spi.Verdict.PROVED, SMT, null));
            first.bestStrategy("general-equilibrium", SMT, 1.0);
        }
        try (JdbcTheoremStore again = JdbcTheoremStore.h2(dir.resolve("theorems"))) {
            assertThat(again.attempts("walras")).hasSize(1);
            assertThat(again.bestStrategy("general-equilibrium")).contains(SMT);
            assertThat(again.url()).startsWith("jdbc:h2:file:");
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNamedInTheError() {
        assertThatThrownBy(() -> JdbcTheoremStore.open("jdbc:nothing:here", "u", "p"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("jdbc:nothing:here");
    }
}
