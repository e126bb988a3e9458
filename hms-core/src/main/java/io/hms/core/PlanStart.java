package io.hms.core;

import io.hms.api.ComponentSpec;
import io.hms.core.plan.PlanReader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the {@link PlanReader} on the class path and reads a plan with it. */
final class PlanStart {

    private PlanStart() {
    }

    /** @throws IllegalStateException naming the dependency to add when no reader is on the class path */
    static List<ComponentSpec> components(ClassLoader loader, Path plan) {
        Iterator<PlanReader> readers = ServiceLoader.load(PlanReader.class, loader).iterator();
        if (!readers.hasNext()) {
            throw new IllegalStateException("Hms.builder().plan(" + plan + ") needs a PlanReader on the class path;"
                    + " add the dependency io.hms:hms-plan");
        }
        return readers.next().components(plan);
    }
}
