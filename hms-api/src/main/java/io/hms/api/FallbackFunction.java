package io.hms.api;

/**
 * A fallback in code: the value a guarded call returns in place of the component when it failed or
 * was refused. It must return a value of the type the caller expects.
 */
@FunctionalInterface
public interface FallbackFunction {

    /**
     * Answers for the component.
     *
     * @param cause the final failure: the call's exception, or the guard's refusal
     */
    Object apply(Throwable cause) throws Exception;
}
