package io.hms.admin;

import static io.hms.admin.AdminServer.API;

import io.hms.core.Hms;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The route table: every endpoint with its method and whether it changes the runtime. */
final class Routes {

    private Routes() {
    }

    static List<Route> of(Hms hms, EventStream events, MeterHistory meterHistory) {
        ReadViews views = new ReadViews(hms, meterHistory);
        List<Route> routes = new ArrayList<>();
        List<Route> all = Collections.unmodifiableList(routes); // complete once this method returns
        routes.add(Route.read(API, r -> index(all)));
        routes.add(Route.read(API + "/components", r -> views.components()));
        routes.add(Route.read(API + "/components/{name}", r -> views.component(r.path("name"))));
        routes.add(Route.read(API + "/registry", r -> views.registry()));
        routes.add(Route.read(API + "/agents", r -> views.agents()));
        routes.add(Route.read(API + "/incidents", r -> views.incidents()));
        routes.add(Route.read(API + "/patches", r -> views.patches()));
        routes.add(Route.read(API + "/optimizer", r -> views.optimizer()));
        routes.add(Route.read(API + "/chaos", r -> views.chaos()));
        routes.add(Route.read(API + "/cluster", r -> views.cluster()));
        routes.add(Route.read(API + "/cluster/components/{name}", r -> views.clusterComponent(r.path("name"))));
        routes.add(Route.read(API + "/meters", r -> views.meters(r.query("prefix"), r.query("since").map(
                since -> Request.duration(since, "since")))));
        PrometheusText prometheus = new PrometheusText(hms.meterRegistry());
        routes.add(Route.read(API + "/meters/prometheus", r -> prometheus.scrape(r.header("Accept"))));
        routes.add(Route.read(API + "/diagram", r -> Response.text(200, "text/vnd.mermaid; charset=utf-8",
                Diagram.of(hms))));
        new Mutations(hms, views).addTo(routes);
        routes.add(Route.read(API + "/events", r -> {
            if (r.query("follow").filter("false"::equals).isPresent()) {
                return Response.text(200, "application/json", events.recent(EventStream.lastEventId(r)));
            }
            events.serve(r.exchange(), EventStream.lastEventId(r));
            return Response.SENT;
        }));
        return all;
    }

    private static Map<String, Object> index(List<Route> routes) {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("routes", routes.stream().map(r -> Map.of("method", r.method(), "path", r.template(), "mutating",
                r.mutating())).toList());
        index.put("auth", "Authorization: Bearer <token>");
        return index;
    }
}
