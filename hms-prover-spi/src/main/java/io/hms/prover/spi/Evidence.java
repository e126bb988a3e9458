package io.hms.prover.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a backend gives to back its verdict, where it can: the unsat core of a proof (the names of the
 * assertions it needed), a proof object in the backend's own format, or the counter-model of a refutation.
 *
 * @param unsatCore named assertions the proof used; empty when not asked for or not given
 * @param proof     the backend's proof object as text, or empty
 * @param model     a refutation's counter-model, variable to value; empty otherwise
 */
public record Evidence(List<String> unsatCore, String proof, Map<String, String> model) {

    /** Copies the lists; null parts read as empty. */
    public Evidence {
        unsatCore = unsatCore == null ? List.of() : List.copyOf(unsatCore);
        proof = proof == null ? "" : proof;
        model = model == null ? Map.of() : Map.copyOf(model);
    }

    /** No evidence. */
    public static Evidence none() {
        return new Evidence(List.of(), "", Map.of());
    }

    /** The counter-model of a refutation. */
    public static Evidence counterModel(Map<String, String> model) {
        return new Evidence(List.of(), "", Objects.requireNonNull(model, "model"));
    }
}
