package io.newsroute.app.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The page and its assets, bundled in the jar under {@code io/newsroute/app/web/static/}: only the
 * names listed here are served (no path from the request ever reaches the class loader).
 */
final class StaticAssets {

    private static final String ROOT = "/io/newsroute/app/web/static/";
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("/", "index.html"),
            Map.entry("/index.html", "index.html"),
            Map.entry("/assets/app.js", "app.js"),
            Map.entry("/assets/app.css", "app.css"),
            Map.entry("/assets/countries-110m.json", "vendor/countries-110m.json"),
            Map.entry("/assets/iso-numeric.json", "iso-numeric.json"),
            Map.entry("/assets/topojson-client.min.js", "vendor/topojson-client.min.js"),
            Map.entry("/assets/d3-array.min.js", "vendor/d3-array.min.js"),
            Map.entry("/assets/d3-geo.min.js", "vendor/d3-geo.min.js"),
            Map.entry("/assets/uPlot.iife.min.js", "vendor/uPlot.iife.min.js"),
            Map.entry("/assets/uPlot.min.css", "vendor/uPlot.min.css"));

    private StaticAssets() {}

    static void serve(HttpExchange ex) throws IOException {
        String name = FILES.get(ex.getRequestURI().getPath());
        InputStream in = name == null ? null : StaticAssets.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            WebServer.send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body;
        try (in) {
            body = in.readAllBytes();
        }
        ex.getResponseHeaders().set("Cache-Control", name.startsWith("vendor/") ? "max-age=86400" : "no-cache");
        ex.getResponseHeaders()
                .set(
                        "Content-Security-Policy",
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
        WebServer.send(ex, 200, type(name), body);
    }

    private static String type(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "application/json; charset=utf-8";
    }
}
