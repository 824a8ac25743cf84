package io.newsroute.ingest.sources;

import java.net.URI;
import java.util.Locale;

/** The source name of an ingested article: the host of its URL. Reads and writes nothing. */
final class Articles {

    private Articles() {}

    /** The host of a URL, lower-cased, or {@code null}. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
