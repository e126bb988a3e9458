package io.hms.plan;

import io.hms.api.ComponentSpec;
import io.hms.api.policy.ComponentPolicy;
import io.hms.core.plan.PlanReader;
import java.nio.file.Path;
import java.util.List;

/** The {@link PlanReader} behind {@code Hms.builder().plan(path)}, found with {@link java.util.ServiceLoader}. */
public final class HmsPlanReader implements PlanReader {

    /** For {@link java.util.ServiceLoader}. */
    public HmsPlanReader() {
        // nothing to set up
    }

    @Override
    public List<ComponentSpec> components(Path plan) {
        return Plans.read(plan).components().entrySet().stream()
                .map(c -> ComponentSpec.of(c.getKey()).withPolicy(c.getValue().over(ComponentPolicy.defaults())))
                .toList();
    }
}
