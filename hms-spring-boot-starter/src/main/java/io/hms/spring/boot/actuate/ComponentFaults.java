package io.hms.spring.boot.actuate;

import io.hms.core.chaos.ActiveFault;
import io.hms.core.chaos.Chaos;
import io.hms.core.chaos.fault.ErrorFault;
import io.hms.core.chaos.fault.Fault;
import io.hms.core.chaos.fault.KillFault;
import io.hms.core.chaos.fault.LatencyFault;
import io.hms.core.chaos.fault.LimitExhaustionFault;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
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
        return switch (request.kind()) {
            case "kill" -> new KillFault(component);
            case "error" -> new ErrorFault(component, share);
            case "latency" -> {
                if (request.delay() == null) {
                    throw new IllegalArgumentException("a latency fault needs \"delay\", e.g. \"200ms\"");
                }
                yield new LatencyFault(component, request.delay(), share);
            }
            case "limit_exhaustion" -> new LimitExhaustionFault(component);
            default -> throw new IllegalArgumentException("unknown fault '" + request.kind() + "' on a component;"
                    + " give kill, error, latency or limit_exhaustion (the admin API injects the others)");
        };
    }

    private static WebEndpointResponse<Object> problem(int status, String detail) {
        return new WebEndpointResponse<>(Map.of("status", status, "detail", detail), status);
    }
}
