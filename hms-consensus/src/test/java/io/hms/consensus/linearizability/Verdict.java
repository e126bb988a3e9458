package io.hms.consensus.linearizability;

import java.util.List;

/**
 * What {@link RegisterChecker} found.
 *
 * @param linearizable whether some order of the operations, each placed between its invocation and
 *                     its completion, is a legal run of a register
 * @param checked      how many operations took part (refused writes and unknown reads do not)
 * @param explanation  for a history that is not linearizable: the longest legal prefix found and the
 *                     operations none of which could come next; empty otherwise
 */
public record Verdict(boolean linearizable, int checked, String explanation) {

    static Verdict ok(int checked) {
        return new Verdict(true, checked, "");
    }

    static Verdict violation(int checked, List<Operation> longestPrefix, List<Operation> stuck) {
        int shown = Math.min(longestPrefix.size(), 10);
        return new Verdict(false, checked, "no linearization of " + checked + " operations; the longest legal"
                + " prefix has " + longestPrefix.size() + " operations, ending "
                + longestPrefix.subList(longestPrefix.size() - shown, longestPrefix.size())
                + "; none of these can come next: " + stuck);
    }
}
