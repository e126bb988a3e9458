package io.hms.core.healer;

import io.hms.api.FunctionKind;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.RegisteredFunction;
import java.util.ArrayList;
import java.util.List;

/** Turns a component's playbook into the steps of one pass, read fresh from the registry for each pass. */
final class Playbooks {

    private Playbooks() {
    }

    /**
     * The steps of the next pass: the playbook's explicit steps in order, each with the step's timeout,
     * or, for an empty playbook, the registered repairs in level order with their own timeouts.
     *
     * @throws IllegalArgumentException if the component is not declared
     */
    static List<PlannedStep> plan(FunctionRegistry registry, String component) {
        List<RegisteredFunction> repairs = registry.functions(component, FunctionKind.REPAIR);
        Playbook playbook = registry.policy(component).policy().playbook();
        List<PlannedStep> steps = new ArrayList<>();
        if (playbook.isByLevel()) {
            for (RegisteredFunction f : repairs) {
                steps.add(new PlannedStep(f.name(), f.descriptor().level(), f.descriptor().timeout(), f.repair()));
            }
            return steps;
        }
        for (PlaybookStep step : playbook.steps()) {
            RegisteredFunction f = repairs.stream()
                    .filter(r -> r.name().equals(step.function()))
                    .findFirst().orElse(null);
            steps.add(new PlannedStep(step.function(), f == null ? 0 : f.descriptor().level(), step.timeout(),
                    f == null ? null : f.repair()));
        }
        return steps;
    }
}
