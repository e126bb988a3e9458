package io.hms.api.event;

import java.time.Instant;

/**
 * A request to change the runtime through the admin API, with who asked and how it ended: the audit
 * trail of every mutation a token holder asked for, refused and failed ones included (a request without
 * the token is answered 401 and reaches no handler).
 *
 * <pre>{@code
 * hms.events().subscribe(AdminAction.class,
 *         a -> audit.info("{} {} {} -> {} {}", a.caller(), a.action(), a.target(), a.status(), a.outcome()));
 * }</pre>
 *
 * @param time    when it was answered
 * @param caller  who asked: the id of the token used (never the token), e.g. {@code "token:1f2e3d4c"}
 * @param action  the request's method and path, e.g. {@code "POST /hms/api/patches"}
 * @param target  the component or object it was about, empty when none
 * @param status  the HTTP status it was answered with
 * @param outcome what happened, or why it was refused
 */
public record AdminAction(Instant time, String caller, String action, String target, int status, String outcome)
        implements HmsEvent {
}
