package io.hms.spring.boot.actuate;

import io.hms.core.chaos.ActiveFault;
import io.hms.core.chaos.Chaos;
import io.hms.core.chaos.fault.ErrorFault;
import io.hms.core.chaos.fault.Fault;
import io.hms.core.chaos.fault.FaultKind;
import io.hms.core.chaos.fault.KillFault;
import io.hms.core.chaos.fault.LatencyFault;
import io.hms.core.chaos.fault.LimitExhaustionFault;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/** The {@code hms} endpoint's chaos on one component: a fault injected, or the component's faults reverted. */
final class ComponentFaults {

    private final Chaos chaos;

    ComponentFaults(Chaos chaos) {
        this.chaos = chaos;
    }

    /** A fault asked for. */
    record FaultRequest(String kind, Duration duration, Duration delay, Double fraction, Boolean untilRepaired) {
    }

    /** Injects the fault {@code request} asks for on {@code component}: 201 with its id, or why not. */
    WebEndpointResponse<Object> inject(String component, FaultRequest request) {
        if (!chaos.enabled()) {
            return problem(409, "chaos is off in this runtime; set hms.chaos.enabled=true to inject faults");
        }
        if (request.kind() == null || request.duration() == null) {
            return problem(400, "a fault needs \"fault\" (kill, error, latency or limit_exhaustion) and \"duration\""
                    + " (e.g. \"10s\")");
        }
        try {
            Fault fault = fault(component, request);
            ActiveFault injected = Boolean.TRUE.equals(request.untilRepaired())
                    ? chaos.injectUntilRepaired(fault, request.duration()) : chaos.inject(fault, request.duration());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("faultId", injected.id());
            answer.put("fault", request.kind());
            answer.put("component", component);
            answer.put("until", injected.deadline().toString());
            answer.put("endsOnRepair", injected.endsOnRepair());
            return new WebEndpointResponse<>(answer, 201);
        } catch (IllegalArgumentException e) {
            return problem(400, e.getMessage());
        } catch (IllegalStateException e) {
            return problem(409, e.getMessage());
        }
    }

    /** Reverts the faults active on {@code component}. */
    WebEndpointResponse<Object> revert(String component) {
        List<ActiveFault> onIt = chaos.active().stream().filter(f -> f.fault().target().equals(component)).toList();
        onIt.forEach(f -> f.revert("reverted through Actuator"));
        return new WebEndpointResponse<>(Map.of("component", component, "reverted",
                onIt.stream().map(ActiveFault::id).toList()));
    }

    private static Fault fault(String component, FaultRequest request) {
        double share = request.fraction() == null ? 1.0 : request.fraction();
        return switch (kind(request.kind())) {
            case KILL -> new KillFault(component);
            case ERROR -> new ErrorFault(component, share);
            case LATENCY -> {
                if (request.delay() == null) {
                    throw new IllegalArgumentException("a latency fault needs \"delay\", e.g. \"200ms\"");
                }
                yield new LatencyFault(component, request.delay(), share);
            }
            case LIMIT_EXHAUSTION -> new LimitExhaustionFault(component);
            default -> throw unknown(request.kind());
        };
    }

    /** The kind named by its {@link FaultKind#tag()}, as the admin API reads it. */
    private static FaultKind kind(String tag) {
        try {
            return FaultKind.valueOf(tag.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw unknown(tag);
        }
    }

    private static IllegalArgumentException unknown(String tag) {
        return new IllegalArgumentException("unknown fault '" + tag + "' on a component; give kill, error, latency or"
                + " limit_exhaustion (the admin API injects the others)");
    }

    private static WebEndpointResponse<Object> problem(int status, String detail) {
        return new WebEndpointResponse<>(Map.of("status", status, "detail", detail), status);
    }
}
