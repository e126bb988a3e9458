package io.hms.api.spi;

/**
 * A policy commit refused because its base is no longer the component's current version: another
 * commit made the version this one asked to make. Versions only grow, so the commit can never be
 * applied as it is: derive the change again from {@link #currentVersion()} and commit that.
 *
 * <p>A {@link RegistryMutation.PolicyCommit} numbered by its caller asks for this compare-and-set; a
 * coordinator decides it in its commit order (the Raft coordinator inside its replicated state
 * machine), so of several commits on the same base exactly one is applied.
 */
public final class PolicyVersionConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String component;
    private final long requestedVersion;
    private final long currentVersion;

    /**
     * @param component        the component
     * @param requestedVersion the version the refused commit asked to make (its base plus one)
     * @param currentVersion   the component's version when the commit was refused
     */
    public PolicyVersionConflictException(String component, long requestedVersion, long currentVersion) {
        super("'" + component + "' is at policy version " + currentVersion + ", not " + (requestedVersion - 1)
                + ": a commit based on version " + (requestedVersion - 1) + " is refused; derive the change again"
                + " from version " + currentVersion);
        this.component = component;
        this.requestedVersion = requestedVersion;
        this.currentVersion = currentVersion;
    }

    /** The component whose policy changed. */
    public String component() {
        return component;
    }

    /** The version the refused commit asked to make. */
    public long requestedVersion() {
        return requestedVersion;
    }

    /** The component's current version, which a new change must be based on. */
    public long currentVersion() {
        return currentVersion;
    }
}
