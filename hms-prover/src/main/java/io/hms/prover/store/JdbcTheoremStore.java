package io.hms.prover.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hms.prover.spi.ProofMessages;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Theorem;
import io.hms.prover.spi.TheoremStore;
import io.hms.prover.spi.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A {@link TheoremStore} in a SQL database: H2 embedded in a file by default ({@link #h2(Path)}), PostgreSQL for
 * a team ({@link #open(String, String, String)} with a {@code jdbc:postgresql:} URL and the PostgreSQL driver on
 * the class path). Opening migrates the schema with Flyway (the scripts are in
 * {@code io/hms/prover/store/migration}), so a store written by an older version opens in a newer one. Each
 * attempt is kept whole as its versioned JSON ({@link ProofMessages}), beside the columns a query needs.
 * Thread-safe: one connection, one operation at a time.
 *
 * <pre>{@code
 * try (TheoremStore store = JdbcTheoremStore.h2(Path.of("theorems"))) {
 *     store.save(theorem);
 *     store.record(theorem, result);
 * }
 * }</pre>
 */
public final class JdbcTheoremStore implements TheoremStore {
    private static final String MIGRATIONS = "classpath:io/hms/prover/store/migration";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Connection connection;
    private final Clock clock;
    private final String url;

    private JdbcTheoremStore(String url, Connection connection, Clock clock) {
        this.url = url;
        this.connection = connection;
        this.clock = clock;
    }

    /** The embedded store in the H2 database file {@code file} (H2 adds {@code .mv.db}), made when missing. */
    public static JdbcTheoremStore h2(Path file) {
        return open("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
    }

    /** A store in an H2 database in memory, named {@code name}, that lives until this store closes. */
    public static JdbcTheoremStore inMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=0", "sa", "");
    }

    /**
     * The store at a JDBC {@code url}, e.g. {@code jdbc:postgresql://db:5432/theorems}, its schema migrated.
     *
     * @throws IllegalStateException naming the URL and the cause, when the database cannot be reached or migrated
     */
    public static JdbcTheoremStore open(String url, String user, String password) {
        return open(url, user, password, Clock.systemUTC());
    }

    static JdbcTheoremStore open(String url, String user, String password, Clock clock) {
        Objects.requireNonNull(url, "url");
        try {
            Connection connection = DriverManager.getConnection(url, user, password);
            try {
                Flyway.configure().dataSource(url, user, password).locations(MIGRATIONS).load().migrate();
            } catch (FlywayException e) {
                connection.close();
                throw new IllegalStateException("cannot migrate the theorem store at " + url + ": " + e.getMessage(), e);
            }
            return new JdbcTheoremStore(url, connection, clock);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the theorem store at " + url + ": " + e.getMessage()
                    + (url.startsWith("jdbc:postgresql:") ? " (is org.postgresql:postgresql on the class path and the "
                    + "server up?)" : ""), e);
        }
    }

    /** The JDBC URL of this store. */
    public String url() {
        return url;
    }

    @Override
    public synchronized void save(Theorem theorem) {
        Optional<Theorem> existing = version(theorem.id(), theorem.version());
        if (existing.isPresent()) {
            if (!existing.get().equals(theorem)) {
                throw new IllegalArgumentException("theorem '" + theorem.id() + "' version " + theorem.version()
                        + " is stored with other contents; save the change as version " + (theorem.version() + 1));
            }
            return;
        }
        update("INSERT INTO theorem (id, version, family, statement, source, expected, encoding, saved_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", theorem.id(), theorem.version(), theorem.family(),
                theorem.statement(), theorem.source(), theorem.expected().name(), theorem.encoding(), now());
    }

    @Override
    public synchronized Optional<Theorem> theorem(String id) {
        List<Theorem> all = versions(id);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    @Override
    public synchronized List<Theorem> versions(String id) {
        return theorems("SELECT * FROM theorem WHERE id = ? ORDER BY version", id);
    }

    @Override
    public synchronized List<Theorem> theorems() {
        return theorems("SELECT * FROM theorem t WHERE version = (SELECT MAX(version) FROM theorem v WHERE v.id = t.id) "
                + "ORDER BY id");
    }

    @Override
    public synchronized void record(Theorem theorem, ProofResult result) {
        if (!theorem.id().equals(result.theoremId())) {
            throw new IllegalArgumentException("the result of job " + result.jobId() + " is about theorem '"
                    + result.theoremId() + "', not '" + theorem.id() + "'");
        }
        save(theorem);
        update("INSERT INTO proof_attempt (theorem_id, theorem_version, job_id, verdict, time_micros, resource_count, "
                + "backend, backend_version, strategy_name, result_json, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                theorem.id(), theorem.version(), result.jobId(), result.verdict().name(), result.time().toNanos() / 1000,
                result.resourceCount(), nullToEmpty(result.backend()), nullToEmpty(result.backendVersion()),
                result.strategy() == null ? "" : result.strategy().name(), ProofMessages.write(result), now());
    }

    @Override
    public synchronized List<ProofResult> attempts(String id) {
        List<ProofResult> results = new ArrayList<>();
        query("SELECT result_json FROM proof_attempt WHERE theorem_id = ? ORDER BY seq", rs -> {
            results.add((ProofResult) ProofMessages.read(rs.getString(1)));
        }, id);
        return results;
    }

    @Override
    public synchronized void bestStrategy(String family, Strategy strategy, double score) {
        String json = write(strategy);
        if (update("UPDATE best_strategy SET strategy_json = ?, score = ?, updated_at = ? WHERE family = ?", json, score,
                now(), family) == 0) {
            update("INSERT INTO best_strategy (family, strategy_json, score, updated_at) VALUES (?, ?, ?, ?)", family,
                    json, score, now());
        }
    }

    @Override
    public synchronized Optional<Strategy> bestStrategy(String family) {
        List<Strategy> found = new ArrayList<>();
        query("SELECT strategy_json FROM best_strategy WHERE family = ?", rs -> found.add(read(rs.getString(1))), family);
        return found.stream().findFirst();
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the theorem store at " + url + ": " + e.getMessage(), e);
        }
    }

    private Optional<Theorem> version(String id, int version) {
        return theorems("SELECT * FROM theorem WHERE id = ? AND version = ?", id, version).stream().findFirst();
    }

    private List<Theorem> theorems(String sql, Object... args) {
        List<Theorem> found = new ArrayList<>();
        query(sql, rs -> found.add(new Theorem(rs.getString("id"), rs.getInt("version"), rs.getString("family"),
                rs.getString("statement"), rs.getString("source"), Verdict.valueOf(rs.getString("expected")),
                rs.getString("encoding"))), args);
        return found;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row, Object... args) {
        try (PreparedStatement statement = prepare(sql, args); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement statement = prepare(sql, args)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }

    private IllegalStateException failed(String sql, SQLException e) {
        return new IllegalStateException("the theorem store at " + url + " failed on '" + sql.split(" ")[0] + "': "
                + e.getMessage(), e);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String write(Strategy strategy) {
        try {
            return JSON.writeValueAsString(strategy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write strategy " + strategy.name() + " as JSON", e);
        }
    }

    private static Strategy read(String json) {
        try {
            return JSON.readValue(json, Strategy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored strategy does not read: " + e.getOriginalMessage(), e);
        }
    }
}
