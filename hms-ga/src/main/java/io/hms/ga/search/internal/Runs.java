package io.hms.ga.search.internal;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A run as a lazy, ordered stream of generations: the form every optimizer of this module returns. */
public final class Runs {

    private Runs() {
    }

    /**
     * A sequential stream that asks {@code finished} before each element and takes it from {@code next};
     * each generation is computed only when the stream pulls it, on the pulling thread.
     */
    public static <T> Stream<T> stream(BooleanSupplier finished, Supplier<T> next) {
        Spliterator<T> generations = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                if (finished.getAsBoolean()) {
                    return false;
                }
                action.accept(next.get());
                return true;
            }
        };
        return StreamSupport.stream(generations, false);
    }
}
