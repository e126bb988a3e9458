package io.hms.admin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The page's files, from this jar's {@code io/hms/admin/page/} (and Mermaid from its webjar): only names
 * made of plain segments are looked up, so no path leaves the folder ({@code /hms/../} finds nothing).
 */
final class StaticFiles {

    private static final String ROOT = "/io/hms/admin/page/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml");

    private StaticFiles() {
    }

    static void serve(HttpExchange exchange, String path) throws IOException {
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            throw new Problem(405, "Method not allowed", exchange.getRequestMethod() + " is not allowed on " + path,
                    null, "use GET");
        }
        if (path.equals("/") || path.equals("/hms")) {
            exchange.getResponseHeaders().set("Location", "/hms/");
            AdminServer.write(exchange, new Response(302, "text/plain; charset=utf-8", new byte[0]));
            return;
        }
        String name = path.equals("/hms/") ? "index.html" : path.startsWith("/hms/") ? path.substring(5) : null;
        if (name == null || !safe(name)) {
            throw Problem.notFound("no file at " + path, "the page is at /hms/ and the API at /hms/api");
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        try (InputStream in = name.startsWith("lib/") ? webjar(name.substring(4))
                : StaticFiles.class.getResourceAsStream(ROOT + name)) {
            if (in == null || !TYPES.containsKey(extension)) {
                throw Problem.notFound("no file at " + path, "the page is at /hms/ and the API at /hms/api");
            }
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; style-src 'self'"
                    + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
                    + " frame-ancestors 'none'");
            AdminServer.write(exchange, new Response(200, TYPES.get(extension), in.readAllBytes()));
        }
    }

    /** The webjars' files the page loads, each from its artifact's {@code dist} folder at the version on the class path. */
    private static final Map<String, String> LIBRARIES = Map.of("mermaid.min.js", "mermaid", "uPlot.iife.min.js",
            "uplot", "uPlot.min.css", "uplot");

    private static InputStream webjar(String file) throws IOException {
        String artifact = LIBRARIES.get(file);
        if (artifact == null) {
            return null;
        }
        java.util.Properties pom = new java.util.Properties();
        try (InputStream in = StaticFiles.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/" + artifact
                + "/pom.properties")) {
            if (in == null) {
                return null;
            }
            pom.load(in);
        }
        return StaticFiles.class.getResourceAsStream("/META-INF/resources/webjars/" + artifact + "/"
                + pom.getProperty("version") + "/dist/" + file);
    }

    /** Plain segments only: letters, digits, '-', '_' and one '.' before an extension; no '..', no empty segment. */
    static boolean safe(String name) {
        if (name.isEmpty() || name.length() > 200) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".") || !segment.matches("[A-Za-z0-9_.-]+")) {
                return false;
            }
        }
        return name.contains(".");
    }
}
