package io.hms.prover.spi;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A message between the prover supervisor and its agents: a {@link ProofJob} out, {@link ProofProgress} and
 * a {@link ProofResult} back. Every message carries the {@link #FORMAT} it was written in, and
 * {@link ProofMessages} writes and reads them as JSON, so a result stored today reads tomorrow.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ProofJob.class, name = "job"),
    @JsonSubTypes.Type(value = ProofProgress.class, name = "progress"),
    @JsonSubTypes.Type(value = ProofResult.class, name = "result")})
public sealed interface ProofMsg permits ProofJob, ProofProgress, ProofResult {

    /** The format this code writes; it reads this one and every older one. */
    int FORMAT = 1;

    /** The format the message was written in. */
    int format();

    /** The job it is about. */
    String jobId();
}
