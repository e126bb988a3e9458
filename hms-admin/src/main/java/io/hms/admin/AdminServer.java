package io.hms.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hms.api.event.AdminAction;
import io.hms.core.Hms;
import io.hms.core.admin.AdminEndpoint;
import io.hms.core.admin.AdminOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API on the JDK's built-in HTTP server ({@code com.sun.net.httpserver}), each request on a virtual
 * thread of its own: no dependency, no thread pool to size, nothing on the guard's hot path. One handler
 * takes every request: static files under {@code /hms/}, the route table under {@code /hms/api/}.
 */
final class AdminServer implements AdminEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);
    static final String API = "/hms/api";

    private final HttpServer server;
    private final ExecutorService executor;
    private final AdminOptions options;
    private final Tokens tokens;
    private final ObjectMapper json = Json.mapper();
    private final EventStream events;
    private final MeterHistory meterHistory;
    private final List<Route> routes;
    private final URI uri;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Hms hms;

    private AdminServer(Hms hms, AdminOptions options) {
        this.hms = hms;
        this.options = options;
        this.tokens = options.token().map(Tokens::given).orElseGet(() -> Tokens.generated(options.tokenFile()));
        this.events = new EventStream(hms.events(), json, options.eventRing(), options.clientQueue());
        this.meterHistory = new MeterHistory(hms.meterRegistry(), hms.scheduler());
        this.routes = Routes.of(hms, events, meterHistory);
        this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("hms-admin-", 0).factory());
        preferNoDelay();
        try {
            this.server = HttpServer.create(new InetSocketAddress(options.bindAddress(), options.port()), 0);
        } catch (IOException e) {
            events.close();
            meterHistory.close();
            executor.shutdownNow();
            throw new UncheckedIOException("the admin API cannot listen on " + options.bindAddress().getHostAddress()
                    + ":" + options.port() + " (" + e.getMessage() + "); choose another AdminOptions.port or"
                    + " -D" + AdminOptions.PORT_PROPERTY + "=, or 0 for any free one", e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        this.uri = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort()
                + "/hms/");
    }

    /** The JDK server's switch for TCP_NODELAY on the connections it accepts. */
    static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    /**
     * The JDK's server leaves Nagle's algorithm on unless {@value #NO_DELAY_PROPERTY} is true (read once, when
     * the first server in the JVM starts), so the event stream's small frames wait for the client's delayed
     * acknowledgement: a p99 delivery of 10 to 17 ms instead of under 2 ms at 10,000 events/s
     * ({@code EventStreamBenchmark}). This turns TCP_NODELAY on, as Jetty, Tomcat and Netty do by default,
     * unless the host has set the property either way.
     */
    private static void preferNoDelay() {
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    /** Starts serving {@code hms}. */
    static AdminServer start(Hms hms, AdminOptions options) {
        AdminServer server = new AdminServer(hms, options);
        if (!options.loopback()) {
            LOG.warn("HMS admin API on {}: bound to {}, not loopback, so other machines can reach it; every request"
                    + " needs the token", server.uri, options.bindAddress().getHostAddress());
        }
        server.tokens.file().ifPresentOrElse(
                file -> LOG.info("HMS admin API on {} (token in {})", server.uri, file),
                () -> LOG.info("HMS admin API on {} (token given by the host)", server.uri));
        return server;
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public Optional<Path> tokenFile() {
        return tokens.file();
    }

    /** The event stream, for tests. */
    EventStream events() {
        return events;
    }

    /** The route table, for tests that check every route. */
    List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            events.close();
            meterHistory.close();
            server.stop(0);
            executor.shutdownNow();
            tokens.close();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            if (path.equals(API) || path.startsWith(API + "/")) {
                api(exchange, path);
            } else {
                StaticFiles.serve(exchange, path);
            }
        } catch (Problem p) {
            problem(exchange, p);
        } catch (RuntimeException e) {
            LOG.warn("admin API: {} {} failed", exchange.getRequestMethod(), path, e);
            problem(exchange, new Problem(500, "Internal error", e.toString(), null,
                    "see the host's log for the stack trace"));
        } finally {
            exchange.close();
        }
    }

    private void api(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        List<String> allowed = new ArrayList<>();
        for (Route route : routes) {
            Optional<Map<String, String>> values = route.match(path);
            if (values.isEmpty()) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            String caller = authorize(exchange, route);
            Request request = new Request(exchange, values.get(), options.maxBodyBytes(), json, caller);
            if (!route.mutating()) {
                respond(exchange, route.handler().handle(request));
                return;
            }
            String action = method + " " + path;
            String target = values.get().getOrDefault("name", values.get().getOrDefault("id", ""));
            try {
                Object answer = route.handler().handle(request);
                respond(exchange, answer);
                audit(caller, action, target, answer instanceof Mutations.Accepted ? 202 : 200, "done");
            } catch (Problem p) {
                audit(caller, action, target, p.status(), p.getMessage());
                throw p;
            } catch (RuntimeException e) {
                audit(caller, action, target, 500, e.toString());
                throw e;
            }
            return;
        }
        if (!allowed.isEmpty()) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
            throw new Problem(405, "Method not allowed", method + " is not allowed on " + path, null,
                    "use " + String.join(" or ", allowed));
        }
        throw Problem.notFound("no endpoint at " + path, "GET " + API + " lists the endpoints");
    }

    private String authorize(HttpExchange exchange, Route route) {
        if (!route.mutating() && options.anonymousLoopbackReads() && options.loopback()) {
            return "anonymous";
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (!tokens.accepts(header)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"hms\"");
            throw new Problem(401, "Unauthorized", header == null ? "the request has no Authorization header"
                    : "the bearer token is not this host's", "Authorization",
                    "send 'Authorization: Bearer <token>' with the token from " + tokens.file().map(Path::toString)
                            .orElse("the host's AdminOptions"));
        }
        return tokens.id();
    }

    /** The audit trail: every mutation a token holder asked for, with how it ended. */
    private void audit(String caller, String action, String target, int status, String outcome) {
        hms.events().publish(new AdminAction(hms.scheduler().now(), caller, action, target, status, outcome));
    }

    private void respond(HttpExchange exchange, Object body) throws IOException {
        if (body == Response.SENT) {
            return;
        }
        Response response = body instanceof Response r ? r
                : body instanceof Mutations.Accepted a ? new Response(202, "application/json",
                        json.writeValueAsBytes(a.body()))
                : new Response(200, "application/json", json.writeValueAsBytes(body));
        write(exchange, response);
    }

    private void problem(HttpExchange exchange, Problem p) throws IOException {
        write(exchange, new Response(p.status(), "application/problem+json",
                json.writeValueAsBytes(p.body(exchange.getRequestURI().getPath()))));
    }

    static void write(HttpExchange exchange, Response response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), head || response.body().length == 0 ? -1
                : response.body().length);
        if (!head && response.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }
}
