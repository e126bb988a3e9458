package io.hms.core.configurator;

import io.hms.api.policy.VersionedPolicy;
import java.util.Optional;

/**
 * How a patch ended.
 *
 * @param patchId  the patch
 * @param promoted whether it became the policy
 * @param version  the version this patch made when promoted (exactly its base version plus one)
 * @param detail   the canary figures or the reason for the rollback
 */
public record PatchResult(String patchId, boolean promoted, Optional<VersionedPolicy> version, String detail) {
}
