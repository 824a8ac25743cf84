package io.newsroute.app.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The query parameters of a request URI, decoded, each name with all its values in order. */
record Query(Map<String, List<String>> params) {

    static Query of(URI uri) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        return new Query(m);
    }

    List<String> all(String name) {
        return params.getOrDefault(name, List.of());
    }

    String first(String name, String fallback) {
        List<String> v = all(name);
        return v.isEmpty() || v.get(0).isBlank() ? fallback : v.get(0);
    }
}
