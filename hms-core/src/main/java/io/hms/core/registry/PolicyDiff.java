package io.hms.core.registry;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The field-by-field difference of two policy values (any records), as readable lines such as
 * {@code guard.breaker.failureRateThreshold: 50.0 -> 30.0}.
 *
 * <pre>{@code
 * PolicyDiff.between(v1.policy(), v2.policy()).forEach(System.out::println);
 * }</pre>
 */
public final class PolicyDiff {

    private PolicyDiff() {
    }

    /** The changed fields between {@code before} and {@code after}, in declaration order; empty when equal. */
    public static List<String> between(Record before, Record after) {
        List<String> changes = new ArrayList<>();
        collect("", before, after, changes);
        return changes;
    }

    private static void collect(String path, Object before, Object after, List<String> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before instanceof Record a && after instanceof Record b && a.getClass() == b.getClass()) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
                collect(child, read(component, a), read(component, b), changes);
            }
            return;
        }
        changes.add(path + ": " + before + " -> " + after);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
