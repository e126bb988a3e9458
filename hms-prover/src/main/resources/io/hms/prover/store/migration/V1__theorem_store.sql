-- The theorem store: theorems by version, every proof attempt, the best strategy per family.
-- Written for both H2 and PostgreSQL.

CREATE TABLE theorem (
    id          VARCHAR(200)  NOT NULL,
    version     INTEGER       NOT NULL,
    family      VARCHAR(100)  NOT NULL,
    statement   TEXT          NOT NULL,
    source      TEXT          NOT NULL,
    expected    VARCHAR(20)   NOT NULL,
    encoding    TEXT          NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id, version)
);

CREATE TABLE proof_attempt (
    seq              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    theorem_id       VARCHAR(200)  NOT NULL,
    theorem_version  INTEGER       NOT NULL,
    job_id           VARCHAR(200)  NOT NULL,
    verdict          VARCHAR(20)   NOT NULL,
    time_micros      BIGINT        NOT NULL,
    resource_count   BIGINT        NOT NULL,
    backend          VARCHAR(50)   NOT NULL,
    backend_version  VARCHAR(50)   NOT NULL,
    strategy_name    VARCHAR(200)  NOT NULL,
    result_json      TEXT          NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    FOREIGN KEY (theorem_id, theorem_version) REFERENCES theorem (id, version)
);

CREATE INDEX proof_attempt_theorem ON proof_attempt (theorem_id, seq);

CREATE TABLE best_strategy (
    family         VARCHAR(100)  PRIMARY KEY,
    strategy_json  TEXT          NOT NULL,
    score          DOUBLE PRECISION NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
