package io.hms.admin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.hms.api.policy.Playbook;
import io.hms.core.healer.Incident;
import java.time.Duration;
import java.util.Optional;

/**
 * The admin API's JSON: instants and durations as ISO-8601 text, unknown request fields refused, and a policy
 * written with exactly the fields it is read back with (so a policy from a GET can be sent in a POST).
 */
final class Json {

    private Json() {
    }

    /** An incident's time to recover, derived from its opening and closing, written beside them. */
    private interface IncidentFields {
        @JsonProperty("mttr")
        Optional<Duration> mttr();
    }

    /** {@link Playbook#isByLevel()} is derived from the steps, not a field of its own. */
    private interface PlaybookFields {
        @JsonIgnore
        boolean isByLevel();
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(Playbook.class, PlaybookFields.class)
                .addMixIn(Incident.class, IncidentFields.class);
    }
}
