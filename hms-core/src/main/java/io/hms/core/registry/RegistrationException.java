package io.hms.core.registry;

import java.io.Serial;
import java.util.List;

/**
 * A batch of registrations was refused; nothing of it was registered and nothing registered before
 * was lost. The message lists every problem, each naming the place (class and method, or plugin)
 * and the fix.
 */
public final class RegistrationException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String[] problems; // an array, since a List field would not always be serializable

    /** A refusal listing {@code problems}. */
    public RegistrationException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " registration problems:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems).toArray(String[]::new);
    }

    /** Each problem, with its place and fix. */
    public List<String> problems() {
        return List.of(problems);
    }
}
